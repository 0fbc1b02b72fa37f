/**
 * A table of cells (from CSV or Excel) → named rows, with the header checked the same way for
 * both: unknown, repeated and missing columns are problems in row 1.
 */
import { columnFor } from '../csv-columns.ts';
import type { Row } from './row-reader.ts';
import type { SpreadsheetProblem } from './problem.ts';
import { restoreNeutralised } from './formula-cells.ts';

export interface NamedRow {
  /** The row number a spreadsheet program shows (header = 1). */
  rowNumber: number;
  cells: Row;
}

export interface TableRows {
  /** Canonical column names in the order of the header, for sorting problems as the partner reads. */
  headers: string[];
  rows: NamedRow[];
  problems: SpreadsheetProblem[];
  warnings: SpreadsheetProblem[];
}

const REQUIRED_COLUMNS = ['name', 'organization'];
/** A cell a spreadsheet program would run as a formula if it were not text; `+` and `-` start phone numbers and "-1vr". */
const FORMULA_LIKE = /^[=@]/;

export function namedRows(table: readonly (readonly string[])[]): TableRows {
  const problems: SpreadsheetProblem[] = [];
  const warnings: SpreadsheetProblem[] = [];
  const header = (table[0] ?? []).map((cell) => cell.trim());
  const columns = header.map((cell) => (cell === '' ? undefined : columnFor(cell)));
  header.forEach((cell, index) => {
    const column = columns[index];
    if (cell !== '' && column === undefined) problems.push({ row: 1, column: cell, message: { nl: 'Onbekende kolom; zie de lijst met kolommen.', en: 'Unknown column; see the list of columns.' } });
    if (column !== undefined && columns.indexOf(column) !== index) problems.push({ row: 1, column: cell, message: { nl: `Deze kolom staat er twee keer (ook als "${header[columns.indexOf(column)]}").`, en: `This column is there twice (also as "${header[columns.indexOf(column)]}").` } });
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problems.push({ row: 1, column: required, message: { nl: 'Deze kolom ontbreekt.', en: 'This column is missing.' } });
  }

  const rows: NamedRow[] = [];
  table.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: Row = {};
    let unnamed: number | undefined;
    cells.forEach((raw, cellIndex) => {
      if (raw.trim() === '') return;
      const column = columns[cellIndex];
      if (column === undefined) {
        // Under an unknown header the header problem says it all; without a header it needs saying.
        if (header[cellIndex] === undefined || header[cellIndex] === '') unnamed ??= cellIndex;
        return;
      }
      if (FORMULA_LIKE.test(raw.trim())) {
        warnings.push({ row: rowNumber, column, message: { nl: `Deze cel begint met "${raw.trim()[0]}". Ze is als tekst overgenomen, niet als formule.`, en: `This cell starts with "${raw.trim()[0]}". It was taken as text, not as a formula.` } });
      }
      row[column] = restoreNeutralised(raw.trim());
    });
    if (unnamed !== undefined) {
      problems.push({
        row: rowNumber,
        column: undefined,
        message: unnamed >= header.length
          ? { nl: 'Deze regel heeft meer cellen dan er kolommen zijn. Staat er een komma of puntkomma in een tekst zonder aanhalingstekens?', en: 'This row has more cells than there are columns. Is there a comma or semicolon in a text without quotes?' }
          : { nl: `Cel ${unnamed + 1} heeft een waarde, maar die kolom heeft geen naam in regel 1.`, en: `Cell ${unnamed + 1} has a value, but that column has no name in row 1.` },
      });
    }
    rows.push({ rowNumber, cells: row });
  });
  return { headers: columns.filter((column): column is string => column !== undefined), rows, problems, warnings };
}
