import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { neutraliseFormula, restoreNeutralised, toCsv } from '../../src/spreadsheet/formula-cells.ts';

describe('toCsv', () => {
  const dangerous = ['=HYPERLINK("https://evil.example/";"Klik")', '+31 50 000 0111', '-1vr', '@SUM(A1)', '\t=1+1', '\r=1+1'];

  it('puts an apostrophe before every cell a spreadsheet would run as a formula', () => {
    for (const cell of dangerous) assert.equal(neutraliseFormula(cell), `'${cell}`);
    for (const cell of ["'t Hoekje", 'Koffie = gezellig', '2+2']) assert.equal(neutraliseFormula(cell), cell);
  });

  it('quotes what needs quoting and reads back to the same cells', () => {
    const rows = [['naam', 'omschrijving'], ...dangerous.map((cell) => [cell, 'Met "aanhalingstekens"; en\neen regel'])];
    const csv = toCsv(rows);
    assert.ok(!/(^|[;\n])[=+\-@]/.test(csv), csv);
    const parsed = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
    assert.deepEqual(parsed.map((row) => row.map(restoreNeutralised)), rows);
  });

  it('leaves a partner\'s own apostrophe alone on import', () => {
    assert.equal(restoreNeutralised("'t Hoekje"), "'t Hoekje");
    assert.equal(restoreNeutralised("'=1+1"), '=1+1');
  });
});
