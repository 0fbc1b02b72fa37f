/**
 * An Excel workbook (.xlsx) → the rows of its first sheet as text, read by read-excel-file (a
 * maintained reader that runs in browsers and Node from an ArrayBuffer). Formulas are never
 * evaluated: a formula cell gives the value Excel stored when it saved the file. The reader is
 * imported on first use, so code that only reads CSV never loads it.
 */
import type { SpreadsheetProblem } from './problem.ts';
import { fileProblem } from './problem.ts';

export interface XlsxTable {
  sheet: string;
  rows: string[][];
  warnings: SpreadsheetProblem[];
}

const two = (value: number) => String(value).padStart(2, '0');

/**
 * Excel keeps dates and times as day numbers shown through a format; the reader gives a Date in
 * UTC. A time of day alone is a date on Excel's day 0 (1899-12-30/31): that becomes "10:00".
 */
function dateText(date: Date): string {
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  if (date.getUTCFullYear() < 1900) return time;
  const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  return String(value);
}

/** Throws `XlsxReadError` with a message for the partner when the bytes are not a workbook. */
export class XlsxReadError extends Error {
  readonly problem: SpreadsheetProblem;
  constructor(problem: SpreadsheetProblem) {
    super(problem.message.en);
    this.problem = problem;
  }
}

export async function readXlsxTable(bytes: Uint8Array): Promise<XlsxTable> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets;
  try {
    // Numbers as written ("53.2331"), not re-printed from a float; text untrimmed, as in a CSV.
    sheets = await readXlsxFile<string>(buffer, { trim: false, parseNumber: (text) => text });
  } catch (error) {
    throw new XlsxReadError(fileProblem({
      nl: `Dit Excel-bestand kon niet gelezen worden (${(error as Error).message}). Sla het opnieuw op als .xlsx of als CSV.`,
      en: `This Excel file could not be read (${(error as Error).message}). Save it again as .xlsx or as CSV.`,
    }));
  }
  const [first, ...rest] = sheets;
  // Excel's empty "Blad2" and "Blad3" are not worth a word; a sheet with something on it is.
  const others = rest.filter((sheet) => sheet.data.some((row) => row.some((cell) => cell !== null && String(cell).trim() !== '')));
  if (!first) throw new XlsxReadError(fileProblem({ nl: 'Dit Excel-bestand heeft geen werkblad.', en: 'This Excel file has no sheet.' }));
  const warnings = others.length > 0
    ? [fileProblem({
        nl: `Alleen het eerste werkblad ("${first.sheet}") is gelezen; ${others.map((sheet) => `"${sheet.sheet}"`).join(', ')} niet.`,
        en: `Only the first sheet ("${first.sheet}") was read; not ${others.map((sheet) => `"${sheet.sheet}"`).join(', ')}.`,
      })]
    : [];
  return { sheet: first.sheet, rows: first.data.map((row) => row.map(cellText)), warnings };
}
