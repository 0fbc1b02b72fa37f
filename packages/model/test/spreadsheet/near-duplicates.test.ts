import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { areNearDuplicates, nearDuplicatePairs } from '../../src/spreadsheet/near-duplicates.ts';

describe('areNearDuplicates', () => {
  const alike: [string, string][] = [
    ['Café Oost', 'Cafe Oost'],
    ['Buurtwerk Oost', 'buurtwerk  oost'],
    ['Buurt-werk Oost', 'Buurtwerk Oost'],
    ['Stichting Humanitas', 'Stichting Humanitass'],
    ['جمعية الأمل', 'جمعية الامل'],
    ['مركز الجالية', 'مركز الجاليه'],
    ['مركز النور', 'مركـز النور'],
  ];
  for (const [a, b] of alike) it(`"${a}" and "${b}" look alike`, () => assert.equal(areNearDuplicates(a, b), true));

  const apart: [string, string][] = [
    ['Buurthuis 1', 'Buurthuis 2'],
    ['Wijk Oost', 'Wijk West'],
    ['Kook', 'Boek'],
    ['مركز النور', 'جمعية الأمل'],
  ];
  for (const [a, b] of apart) it(`"${a}" and "${b}" are different`, () => assert.equal(areNearDuplicates(a, b), false));

  it('lists each pair once, earlier name first', () => {
    assert.deepEqual(nearDuplicatePairs(['Café Oost', 'Buurtwerk', 'Cafe Oost', 'CAFE OOST']), [
      ['Café Oost', 'Cafe Oost'],
      ['Café Oost', 'CAFE OOST'],
      ['Cafe Oost', 'CAFE OOST'],
    ]);
  });
});
