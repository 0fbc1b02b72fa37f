/**
 * Cells that a spreadsheet program would take for a formula: `=`, `+`, `-` or `@` first (and a
 * tab or carriage return, which some programs skip before looking). The importer never evaluates
 * anything: every cell is text. Whatever CSV this project writes goes through `toCsv`, which
 * neutralises such cells the way OWASP advises (a leading apostrophe), so a file that a partner
 * opens in Excel cannot run `=HYPERLINK(…)` or `=WEBSERVICE(…)` from a feed.
 */
import type { Separator } from './csv-table.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** The cell as it is safe to put in a CSV: a formula-like start gets an apostrophe before it. */
export function neutraliseFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula` on import, so a file written by `toCsv` reads back the same. */
export function restoreNeutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Rows as CSV text: every cell neutralised, quoted when it holds the separator, a quote or a line break. */
export function toCsv(rows: readonly (readonly string[])[], separator: Separator = ';'): string {
  const quote = (cell: string) => (/["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map((cell) => quote(neutraliseFormula(cell))).join(separator)).join('\r\n') + '\r\n';
}
