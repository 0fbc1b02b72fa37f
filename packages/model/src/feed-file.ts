/**
 * Whatever file a partner has with their activities, as bytes: a spreadsheet (CSV or .xlsx, read
 * by the spreadsheet import) or JSON (Wijkwijzer's own feed, or Open Referral HSDS 3, which is
 * read into that feed). One result for all of them, so the learning house's feed studio shows
 * problems the same way whatever was dropped on it. No Node APIs: bytes in, feed out.
 */
import type { InitiativeFeed } from './initiative-feed.ts';
import type { LocalisedMessage } from './messages.ts';
import { describeFormat, importSpreadsheet } from './csv-import.ts';
import { decodeSpreadsheetText } from './spreadsheet/decode-text.ts';
import { fileProblem, type SpreadsheetProblem } from './spreadsheet/problem.ts';
import { validateContent } from './validate-content.ts';
import { isRecord } from './is-record.ts';
import { describeWarningGroup, groupWarnings } from './hsds/group-warnings.ts';
import { columnFor } from './csv-columns.ts';
import { columnLetters } from './spreadsheet/column-letters.ts';

export { spreadsheetTemplate } from './csv-columns.ts';
export { toCsv } from './spreadsheet/formula-cells.ts';
export { columnLetters };

export interface FeedFileProblem extends SpreadsheetProblem {
  /** The column as the partner's spreadsheet shows it, header and letter: "organisatie (C)". */
  columnLabel?: string;
  /** Where in a JSON file (`$.services[2].name`); a spreadsheet's problems have a row and column instead. */
  path?: string;
}

export type FeedFileResult = (
  | { ok: true; feed: InitiativeFeed }
  | { ok: false; problems: FeedFileProblem[]; /** Not a spreadsheet or JSON at all. */ unreadable?: true }
) & {
  /** Activities found (rows, or services in a feed), also when some have problems; undefined when unknown. */
  activities: number | undefined;
  kind: 'spreadsheet' | 'json';
  /** What the file was read as: "tekenset: windows-1252, scheidingsteken: ;", "JSON: Open Referral HSDS 3". */
  format: LocalisedMessage;
  /** What was taken but looks wrong, or was not used; the feed is fine without acting on them. */
  warnings: FeedFileProblem[];
};

/** The feed as the CLI writes it and a partner puts it on their website. */
export function feedAsJson(feed: InitiativeFeed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** JSON starts with an object or a list; no spreadsheet's header row does. */
const JSON_START = /^\s*[[{]/;

function readJson(text: string): FeedFileResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const problem = fileProblem({
      nl: `Dit bestand lijkt JSON, maar kon niet gelezen worden (${reason}). Controleer haakjes, komma's en aanhalingstekens.`,
      en: `This file looks like JSON but could not be read (${reason}). Check brackets, commas and quotes.`,
    });
    return { ok: false, problems: [problem], unreadable: true, activities: undefined, kind: 'json', format: { nl: 'JSON', en: 'JSON' }, warnings: [] };
  }
  const result = validateContent(document, 'initiative-feed');
  const format: LocalisedMessage = result.source && result.source !== 'wijkwijzer-feed'
    ? { nl: 'JSON: Open Referral HSDS 3', en: 'JSON: Open Referral HSDS 3' }
    : { nl: 'JSON: Wijkwijzer-feed', en: 'JSON: Wijkwijzer feed' };
  const warnings = groupWarnings(result.warnings ?? []).map((group) => ({ row: 0, column: undefined, path: group.path, message: describeWarningGroup(group) }));
  if (!result.valid) {
    const problems = result.problems.map((problem) => ({ row: 0, column: undefined, path: problem.path, message: problem.message }));
    const services = isRecord(document) && Array.isArray(document.services) && !result.source ? document.services.length : undefined;
    return { ok: false, problems, activities: services, kind: 'json', format, warnings };
  }
  const feed = result.value as InitiativeFeed;
  return { ok: true, feed, activities: feed.services.length, kind: 'json', format, warnings };
}

/** Each problem's column named as in the file (a missing column has no label: it is not there). */
function labelColumns(items: readonly SpreadsheetProblem[], header: readonly string[]): FeedFileProblem[] {
  return items.map((item) => {
    const index = item.column === undefined ? -1 : header.findIndex((cell) => cell === item.column || columnFor(cell) === item.column);
    return index === -1 ? item : { ...item, columnLabel: `${header[index]} (${columnLetters(index)})` };
  });
}

/** A CSV, an Excel workbook or a JSON feed, told apart by its content, not by its file name. */
export async function readFeedFile(bytes: Uint8Array): Promise<FeedFileResult> {
  const decoded = decodeSpreadsheetText(bytes.subarray(0, 64));
  if (JSON_START.test(decoded.text)) return readJson(decodeSpreadsheetText(bytes).text);
  const result = await importSpreadsheet(bytes);
  const format = describeFormat(result.format);
  const header = result.header ?? [];
  const warnings = labelColumns(result.warnings, header);
  if (!result.ok) return { ok: false, problems: labelColumns(result.problems, header), ...(result.unreadable ? { unreadable: true } : {}), activities: result.rows, kind: 'spreadsheet', format, warnings };
  return { ok: true, feed: result.feed, activities: result.rows, kind: 'spreadsheet', format, warnings };
}
