import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assignStableIds, latinSlug, nameHash, stableId } from '../../src/spreadsheet/ids.ts';

describe('stableId', () => {
  it('transliterates Latin letters with accents and those Unicode does not decompose', () => {
    assert.equal(latinSlug('Café Oost'), 'cafe-oost');
    assert.equal(latinSlug('Straße 12'), 'strasse-12');
    assert.equal(latinSlug('Kadın Derneği'), 'kadin-dernegi');
    assert.equal(latinSlug('Łódź Øresund Æbleskiver'), 'lodz-oresund-aebleskiver');
    assert.equal(latinSlug('ĳsclub ﬁets'), 'ijsclub-fiets');
  });

  it('gives a name with no Latin letters a hash instead of "x"', () => {
    assert.match(stableId('مركز النور', 'org'), /^org-[0-9a-z]{7}$/);
    assert.notEqual(stableId('مركز النور', 'org'), stableId('جمعية الأمل', 'org'));
    assert.match(stableId('Центр Надія', 'org'), /^org-[0-9a-z]{7}$/);
    assert.match(stableId('社区中心', 'org'), /^org-[0-9a-z]{7}$/);
  });

  it('adds a hash when letters outside Latin were left out, so mixed names stay apart', () => {
    const a = stableId('Stichting النور', 'org');
    const b = stableId('Stichting الأمل', 'org');
    assert.match(a, /^stichting-[0-9a-z]{7}$/);
    assert.notEqual(a, b);
  });

  it('is the same on every run: the hash of a name never changes', () => {
    // Pinned: ids in partners' published feeds depend on these values.
    assert.equal(nameHash('مركز النور'), nameHash(' مركز  النور '));
    assert.equal(nameHash('مركز النور'), '0q6og63');
    assert.equal(nameHash('Café Oost'), nameHash('Cafe\u0301 Oost'));
  });
});

describe('assignStableIds', () => {
  const request = (name: string) => ({ key: name, label: name });

  it('gives every name that shares a slug a hash, whatever the order', () => {
    const forward = assignStableIds(['Café Oost', 'Cafe Oost', 'Buurtwerk'].map(request), 'org');
    const backward = assignStableIds(['Buurtwerk', 'Cafe Oost', 'Café Oost'].map(request), 'org');
    assert.deepEqual(Object.fromEntries(forward), Object.fromEntries(backward));
    assert.equal(forward.get('Buurtwerk'), 'buurtwerk');
    assert.match(forward.get('Café Oost')!, /^cafe-oost-[0-9a-z]{7}$/);
    assert.notEqual(forward.get('Café Oost'), forward.get('Cafe Oost'));
  });

  it('keeps ids unique when long names differ only after the slug is cut off', () => {
    const stem = 'Stichting voor buurtwerk, ontmoeting en ondersteuning van bewoners in de wijk ';
    const ids = assignStableIds([`${stem}Oost`, `${stem}West`].map(request), 'org');
    assert.equal(new Set(ids.values()).size, 2);
  });
});
