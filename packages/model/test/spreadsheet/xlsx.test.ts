import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxTable, XlsxReadError } from '../../src/spreadsheet/xlsx.ts';

const WORKBOOK = join(import.meta.dirname, '../fixtures/spreadsheet/activiteiten.xlsx');

describe('readXlsxTable', () => {
  it('gives the first sheet as text: times, dates, numbers as written, stored formula results', async () => {
    const table = await readXlsxTable(new Uint8Array(readFileSync(WORKBOOK)));
    assert.equal(table.sheet, 'Activiteiten');
    const [header, coffee, language] = table.rows;
    const cell = (row: string[] | undefined, column: string) => row![header!.indexOf(column)];
    assert.equal(cell(coffee, 'van'), '10:00');
    assert.equal(cell(language, 'van'), '09:30');
    assert.equal(cell(language, 'startdatum'), '2026-01-05');
    assert.equal(cell(coffee, 'breedtegraad'), '53.2331');
    assert.equal(cell(coffee, 'omschrijving'), '=HYPERLINK("https://example.org/";"Klik hier")');
    assert.equal(cell(language, 'omschrijving'), 'Samen Nederlands oefenen.');
    assert.equal(cell(coffee, 'organisatie'), 'مركز النور');
    assert.deepEqual(table.warnings.map((warning) => warning.message.en), ['Only the first sheet ("Activiteiten") was read; not "Uitleg".']);
  });

  it('reads from a Uint8Array that is a view into a larger buffer', async () => {
    const file = readFileSync(WORKBOOK);
    const padded = new Uint8Array(file.length + 16);
    padded.set(file, 8);
    const table = await readXlsxTable(padded.subarray(8, 8 + file.length));
    assert.equal(table.rows.length, 5);
  });

  it('throws a problem for the partner when the bytes are not a workbook', async () => {
    await assert.rejects(readXlsxTable(new TextEncoder().encode('naam;organisatie\n')), (error) => error instanceof XlsxReadError && /could not be read/.test(error.problem.message.en));
  });
});
