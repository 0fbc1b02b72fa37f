/**
 * CSV text → rows of cells, with the separator found from the header row. Parsing is
 * papaparse's; only the choice of separator is ours, because papaparse guesses from how evenly
 * a separator splits the first rows, and Dutch files with decimal commas ("53,2331") in
 * semicolon-separated rows can fool that.
 */
import Papa from 'papaparse';
import { columnFor } from '../csv-columns.ts';
import type { SpreadsheetProblem } from './problem.ts';

export type Separator = ';' | ',' | '\t';
const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

export interface CsvTable {
  /** Every record, blank ones included, so that index + 1 is the row a spreadsheet shows. */
  rows: string[][];
  separator: Separator;
  problems: SpreadsheetProblem[];
}

/** Excel's own hint line `sep=;` names the separator and is not a row. */
const EXCEL_SEPARATOR_HINT = /^sep=(.)\r?\n/i;

/** The separator under which most header cells are columns we know; ties go to the most cells. */
function separatorOfHeader(text: string): Separator {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const scored = SEPARATORS.map((separator) => {
    const cells = (Papa.parse<string[]>(firstLine, { delimiter: separator }).data[0] ?? []).filter((cell) => cell.trim() !== '');
    return { separator, known: cells.filter((cell) => columnFor(cell) !== undefined).length, cells: cells.length };
  });
  const best = scored.reduce((a, b) => (b.known > a.known || (b.known === a.known && b.cells > a.cells) ? b : a));
  return best.separator;
}

export function readCsvTable(text: string): CsvTable {
  const hint = EXCEL_SEPARATOR_HINT.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const separator = hint && SEPARATORS.includes(hint[1] as Separator) ? (hint[1] as Separator) : separatorOfHeader(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false });
  const problems = parsed.errors.map((error) => ({
    row: (error.row ?? -1) + 1,
    column: undefined,
    message: { nl: `De regel kon niet gelezen worden: ${error.message}`, en: `The line could not be read: ${error.message}` },
  }));
  return { rows: parsed.data, separator, problems };
}
