import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readCsvTable } from '../../src/spreadsheet/csv-table.ts';

describe('readCsvTable', () => {
  it('finds the separator from the header row', () => {
    assert.equal(readCsvTable('naam;organisatie\nA, B;C\n').separator, ';');
    assert.equal(readCsvTable('name,organization\n"A; B",C\n').separator, ',');
    assert.equal(readCsvTable('naam\torganisatie\nA;B,C\tD\n').separator, '\t');
  });

  it('follows Excel\'s "sep=" line and does not count it as a row', () => {
    const table = readCsvTable('sep=,\r\nnaam,organisatie\r\nKoffie,Org\r\n');
    assert.equal(table.separator, ',');
    assert.deepEqual(table.rows.slice(0, 2), [['naam', 'organisatie'], ['Koffie', 'Org']]);
  });

  it('keeps blank records, so row numbers match the spreadsheet', () => {
    const table = readCsvTable('naam;organisatie\n\nKoffie;"Org\nmet regel"\n');
    assert.deepEqual(table.rows.slice(0, 3), [['naam', 'organisatie'], [''], ['Koffie', 'Org\nmet regel']]);
  });
});
