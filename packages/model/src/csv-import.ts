/**
 * Turns a partner's spreadsheet (CSV in UTF-8 or Windows-1252, comma or semicolon, or an Excel
 * .xlsx; Dutch or English headers) into an initiative feed. Every problem is reported by row and
 * column, in Dutch and English, so a partner can fix the spreadsheet they already keep; what the
 * importer guessed (encoding, separator, sheet) and what looks wrong but was taken (names that
 * look alike, cells that look like formulas) comes back beside it.
 *
 * Bytes in, no file paths and no Node APIs: the CLI and a page that a file is dropped on run
 * the same code.
 */
import type { InitiativeFeed } from './initiative-feed.ts';
import type { LocalisedMessage } from './messages.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { validateInitiativeFeed } from './validate.ts';
import { decodeSpreadsheetText, type TextEncodingName } from './spreadsheet/decode-text.ts';
import { readCsvTable, type Separator } from './spreadsheet/csv-table.ts';
import { readXlsxTable, XlsxReadError } from './spreadsheet/xlsx.ts';
import { namedRows, type NamedRow } from './spreadsheet/table-rows.ts';
import { RowReader, list } from './spreadsheet/row-reader.ts';
import { identify, placeKey, type RowIdentity } from './spreadsheet/identities.ts';
import { normaliseName } from './spreadsheet/ids.ts';
import { fileProblem, type SpreadsheetProblem } from './spreadsheet/problem.ts';

export type CsvProblem = SpreadsheetProblem;
export type { Separator, TextEncodingName };
export { toCsv, neutraliseFormula } from './spreadsheet/formula-cells.ts';

/** What the importer found the file to be. */
export interface SpreadsheetFormat {
  type: 'csv' | 'xlsx';
  /** CSV only; absent when the caller passed text that was already decoded. */
  encoding?: TextEncodingName;
  byteOrderMark?: boolean;
  separator?: Separator;
  /** Excel only: the name of the sheet that was read (the first). */
  sheet?: string;
}

const SEPARATOR_WORDS: Record<Separator, LocalisedMessage> = { ';': { nl: ';', en: ';' }, ',': { nl: ',', en: ',' }, '\t': { nl: 'tab', en: 'tab' } };

/** What was guessed about the file, in words: "encoding: windows-1252, separator: ;". */
export function describeFormat(format: SpreadsheetFormat): LocalisedMessage {
  if (format.type === 'xlsx') return { nl: `Excel-werkmap, werkblad: ${format.sheet ?? '?'}`, en: `Excel workbook, sheet: ${format.sheet ?? '?'}` };
  const encoding = format.encoding ? `${format.encoding}${format.byteOrderMark ? ' (BOM)' : ''}` : undefined;
  const separator = SEPARATOR_WORDS[format.separator ?? ','];
  return {
    nl: [encoding && `tekenset: ${encoding}`, `scheidingsteken: ${separator.nl}`].filter(Boolean).join(', '),
    en: [encoding && `encoding: ${encoding}`, `separator: ${separator.en}`].filter(Boolean).join(', '),
  };
}

export type CsvImportResult = (
  | { ok: true; feed: InitiativeFeed; rows: number }
  | { ok: false; problems: CsvProblem[]; /** Activity rows found, when the file is a table at all. */ rows?: number; /** The file is not a spreadsheet at all. */ unreadable?: true }
) & {
  format: SpreadsheetFormat;
  warnings: CsvProblem[];
  /** Row 1 as written, when the file is a table: for naming a column as the partner sees it. */
  header?: string[];
};

type Location = InitiativeFeed['locations'][number];

/** Where a validation problem in `services[i]` or `locations[j]` came from in the spreadsheet. */
function columnOfPath(path: string): string | undefined {
  const match = /^\$\.(services|locations)\[\d+\]\.?(.*)$/.exec(path);
  if (!match) return undefined;
  const inLocation = match[1] === 'locations';
  const field = match[2]!.replace(/\[\d+\]/g, '');
  const best = CSV_COLUMNS.filter((column) => column.feedPath.startsWith('locations.') === inLocation)
    .filter((column) => field.startsWith(column.feedPath.replace(/^locations\./, '')))
    .sort((a, b) => b.feedPath.length - a.feedPath.length)[0];
  return best?.name;
}

/** Row by row and left to right, as the partner reads the spreadsheet. */
function asRead<T extends CsvProblem>(items: T[], headers: string[]): T[] {
  const position = (column: string | undefined) => (column === undefined ? -1 : headers.indexOf(column) === -1 ? headers.length : headers.indexOf(column));
  return [...items].sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
}

/** One problem per cell (the first found), as the partner reads the spreadsheet. */
function inSpreadsheetOrder(problems: CsvProblem[], headers: string[]): CsvProblem[] {
  const seen = new Set<string>();
  const firstPerCell = problems.filter((problem) => {
    const cell = `${problem.row}:${problem.column}`;
    if (problem.column !== undefined && seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
  return asRead(firstPerCell, headers);
}

interface DraftRow extends RowIdentity {
  location: Omit<Location, 'id'> | undefined;
  /** The activity without its ids, which are given once all rows are known. */
  service: Record<string, unknown>;
  problems: CsvProblem[];
}

function draftRow({ rowNumber, cells }: NamedRow): DraftRow {
  const read = new RowReader(cells, rowNumber);
  const address = read.text('address');
  const postalCode = read.text('postal_code');
  const latitude = read.number('latitude');
  const longitude = read.number('longitude');
  const hasPlace = address !== undefined || latitude !== undefined;
  const location = hasPlace
    ? ({
        location_type: 'physical',
        ...(read.text('location_name') ? { name: read.text('location_name') } : {}),
        ...(latitude !== undefined ? { latitude } : {}),
        ...(longitude !== undefined ? { longitude } : {}),
        ...(address ? { addresses: [{ address_1: address, postal_code: postalCode ?? '', city: read.text('city') ?? '' }] } : {}),
      } as Omit<Location, 'id'>)
    : undefined;
  const schedule = read.schedule();
  const free = read.yesNo('free');
  const cost = read.text('cost');
  const extension = {
    themes: list(read.text('themes')),
    target_groups: list(read.text('target_groups')),
    neighbourhoods: list(read.text('neighbourhoods')),
    languages: list(read.text('languages')?.toLowerCase()),
    cost: free !== undefined ? { free, ...(cost ? { description: cost } : {}) } : undefined,
    wheelchair_accessible: read.yesNo('wheelchair'),
    how_to_join: read.text('how_to_join'),
  };
  const service = {
    name: read.text('name') ?? '',
    status: read.status(),
    description: read.text('description'),
    url: read.text('url'),
    email: read.text('email'),
    eligibility_description: read.text('eligibility'),
    phones: read.text('phone') ? [{ number: read.text('phone')! }] : undefined,
    schedules: schedule ? [schedule] : undefined,
    wijkwijzer: JSON.parse(JSON.stringify(extension)),
  };
  return {
    rowNumber,
    name: service.name,
    organizationName: normaliseName(read.text('organization') ?? ''),
    explicitId: read.text('id'),
    place: hasPlace ? `${address ?? ''} ${postalCode ?? ''} ${latitude ?? ''} ${longitude ?? ''}` : undefined,
    location,
    service,
    problems: read.problems,
  };
}

/** Rows of cells, from whichever file they came, → a feed, problems and warnings. */
function importTable(table: readonly (readonly string[])[], format: SpreadsheetFormat, readProblems: CsvProblem[], readWarnings: CsvProblem[]): CsvImportResult {
  const { headers, rows, problems: headerProblems, warnings: cellWarnings } = namedRows(table);
  const problems = [...readProblems, ...headerProblems];
  const warnings = [...readWarnings, ...cellWarnings];
  const header = (table[0] ?? []).map((cell) => cell.trim());
  if (problems.some((problem) => problem.row === 1)) return { ok: false, problems: inSpreadsheetOrder(problems, headers), rows: rows.length, format, warnings: asRead(warnings, headers), header };

  const drafts = rows.map(draftRow);
  const ids = identify(drafts);
  warnings.push(...ids.warnings);
  problems.push(...drafts.flatMap((draft) => draft.problems), ...ids.problems);

  const organizations = new Map<string, InitiativeFeed['organizations'][number]>();
  const locations = new Map<string, Location>();
  const rowOfLocation = new Map<string, number>();
  const services = drafts.map((draft, index) => {
    const organizationId = ids.organizationIds.get(draft.organizationName) ?? '';
    if (organizationId && !organizations.has(organizationId)) organizations.set(organizationId, { id: organizationId, name: draft.organizationName });
    const locationId = draft.place ? ids.placeIds.get(placeKey(draft.place)) : undefined;
    if (locationId && draft.location && !locations.has(locationId)) {
      locations.set(locationId, { id: locationId, ...draft.location } as Location);
      rowOfLocation.set(locationId, draft.rowNumber);
    }
    const { wijkwijzer, ...fields } = draft.service;
    const service = { id: ids.serviceIds[index]!, organization_id: organizationId, ...fields, service_at_locations: locationId ? [{ location_id: locationId }] : undefined, wijkwijzer };
    return JSON.parse(JSON.stringify(service)) as InitiativeFeed['services'][number];
  });

  const feed = { organizations: [...organizations.values()], services, locations: [...locations.values()] };
  const validation = validateInitiativeFeed(feed);
  if (!validation.valid) {
    for (const problem of validation.problems) {
      const service = /^\$\.services\[(\d+)\]/.exec(problem.path);
      const location = /^\$\.locations\[(\d+)\]/.exec(problem.path);
      const row = service ? drafts[Number(service[1])]!.rowNumber : location ? (rowOfLocation.get(feed.locations[Number(location[1])]!.id) ?? 0) : 0;
      problems.push({ row, column: columnOfPath(problem.path), message: problem.message });
    }
  }
  const ordered = asRead(warnings, headers);
  if (problems.length > 0) return { ok: false, problems: inSpreadsheetOrder(problems, headers), rows: services.length, format, warnings: ordered, header };
  return { ok: true, feed: validation.valid ? validation.value : (feed as InitiativeFeed), rows: services.length, format, warnings: ordered, header };
}

/** A CSV file's bytes (encoding and separator detected), or text that is already decoded. */
export function importCsv(input: string | Uint8Array): CsvImportResult {
  const decoded = typeof input === 'string'
    ? { text: input.replace(/^\uFEFF/, ''), byteOrderMark: input.startsWith('\uFEFF'), warnings: [] }
    : decodeSpreadsheetText(input);
  const table = readCsvTable(decoded.text);
  const format: SpreadsheetFormat = { type: 'csv', ...('encoding' in decoded ? { encoding: decoded.encoding } : {}), byteOrderMark: decoded.byteOrderMark, separator: table.separator };
  return importTable(table.rows, format, table.problems, decoded.warnings);
}

/** The first sheet of an Excel workbook (.xlsx), with the same column rules as a CSV. */
export async function importXlsx(bytes: Uint8Array): Promise<CsvImportResult> {
  try {
    const table = await readXlsxTable(bytes);
    return importTable(table.rows, { type: 'xlsx', sheet: table.sheet }, [], table.warnings);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    return { ok: false, problems: [error.problem], unreadable: true, format: { type: 'xlsx' }, warnings: [] };
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** Any spreadsheet a partner may have: told apart by its first bytes, not by its file name. */
export async function importSpreadsheet(bytes: Uint8Array): Promise<CsvImportResult> {
  // An .xlsx is a zip archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return importXlsx(bytes);
  // The Excel 97–2003 format (.xls) is a different, binary format.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    const problem = fileProblem({
      nl: 'Dit is een oud Excel-bestand (.xls). Open het in Excel en kies Opslaan als → Excel-werkmap (.xlsx) of CSV UTF-8.',
      en: 'This is an old Excel file (.xls). Open it in Excel and choose Save as → Excel Workbook (.xlsx) or CSV UTF-8.',
    });
    return { ok: false, problems: [problem], unreadable: true, format: { type: 'xlsx' }, warnings: [] };
  }
  return importCsv(bytes);
}
