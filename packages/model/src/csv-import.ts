/**
 * Turns a partner's spreadsheet (CSV, comma or semicolon, Dutch or English headers) into an
 * initiative feed. Every problem is reported by row and column, in Dutch and English, so a
 * partner can fix the spreadsheet they already keep. Parsing is papaparse's.
 */
import Papa from 'papaparse';
import type { InitiativeFeed, Schedule } from './initiative-feed.ts';
import type { LocalisedMessage } from './messages.ts';
import { CSV_COLUMNS, columnFor } from './csv-columns.ts';
import { validateInitiativeFeed } from './validate.ts';

export interface CsvProblem {
  /** Spreadsheet row, counting the header as row 1; 0 for the file as a whole. */
  row: number;
  column: string | undefined;
  message: LocalisedMessage;
}

export type CsvImportResult = { ok: true; feed: InitiativeFeed; rows: number } | { ok: false; problems: CsvProblem[] };

type Row = Record<string, string>;

const DAY_CODES: Record<string, string> = {
  ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU',
  mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU',
};
const STATUSES: Record<string, InitiativeFeed['services'][number]['status']> = {
  '': 'active', actief: 'active', active: 'active',
  'tijdelijk gesloten': 'temporarily closed', 'temporarily closed': 'temporarily closed',
  gestopt: 'inactive', inactief: 'inactive', inactive: 'inactive', opgeheven: 'defunct', defunct: 'defunct',
};
const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar']);

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'x';
}

/** A list in one cell: "a, b", "a; b" or "a | b" (whichever the file's separator leaves free). */
function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '').split(/[;|,]/).map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

class RowReader {
  readonly problems: CsvProblem[] = [];
  private readonly row: Row;
  private readonly rowNumber: number;

  constructor(row: Row, rowNumber: number) {
    this.row = row;
    this.rowNumber = rowNumber;
  }

  text(column: string): string | undefined {
    const value = this.row[column]?.trim();
    return value ? value : undefined;
  }

  problem(column: string, message: LocalisedMessage): undefined {
    this.problems.push({ row: this.rowNumber, column, message });
    return undefined;
  }

  yesNo(column: string): boolean | undefined {
    const value = this.text(column)?.toLowerCase();
    if (value === undefined) return undefined;
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    return this.problem(column, { nl: `Schrijf ja of nee (nu: "${value}").`, en: `Write yes or no (now: "${value}").` });
  }

  number(column: string): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    // Dutch spreadsheets write 53,2331.
    const number = Number(value.replace(',', '.'));
    if (Number.isFinite(number)) return number;
    return this.problem(column, { nl: `Dit is geen getal: "${value}".`, en: `This is not a number: "${value}".` });
  }

  schedule(): Schedule | undefined {
    const days = list(this.text('days'));
    const note = this.text('schedule_note');
    if (!days && !note) return undefined;
    const schedule: Schedule = {};
    if (days) {
      const codes = days.map((day) => {
        const match = /^([+-]?[1-5])?\s*([a-z]{2})/i.exec(day.trim());
        const code = match ? DAY_CODES[match[2]!.toLowerCase()] : undefined;
        return code ? `${match![1] ?? ''}${code}` : this.problem('days', { nl: `Onbekende dag "${day}": gebruik ma, di, wo, do, vr, za of zo.`, en: `Unknown day "${day}": use ma, di, wo, do, vr, za or zo (or MO…SU).` });
      });
      if (codes.every((code) => code !== undefined)) {
        schedule.byday = codes.join(',');
        schedule.freq = codes.some((code) => /^[+-]?\d/.test(code)) ? 'MONTHLY' : 'WEEKLY';
      }
    }
    const everyWeeks = this.number('every_weeks');
    if (everyWeeks !== undefined && everyWeeks > 1) schedule.interval = everyWeeks;
    const start = this.text('start_date');
    if (start) schedule.dtstart = start;
    const opens = this.text('opens_at')?.replace('.', ':');
    const closes = this.text('closes_at')?.replace('.', ':');
    // "9:30" is how people write it; the feed wants 09:30.
    if (opens) schedule.opens_at = opens.padStart(5, '0');
    if (closes) schedule.closes_at = closes.padStart(5, '0');
    if (note) schedule.description = note;
    return schedule;
  }
}

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

/** One problem per cell, row by row and left to right, as the partner reads the spreadsheet. */
function inSpreadsheetOrder(problems: CsvProblem[], headers: string[]): CsvProblem[] {
  const seen = new Set<string>();
  const position = (column: string | undefined) => (column === undefined ? -1 : headers.indexOf(column) === -1 ? headers.length : headers.indexOf(column));
  return problems
    .filter((problem) => {
      const cell = `${problem.row}:${problem.column}`;
      if (problem.column !== undefined && seen.has(cell)) return false;
      seen.add(cell);
      return true;
    })
    .sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
}

export function importCsv(text: string): CsvImportResult {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => columnFor(header) ?? `unknown:${header.trim()}`,
  });
  const problems: CsvProblem[] = parsed.errors.map((error) => ({
    row: (error.row ?? -1) + 2,
    column: undefined,
    message: { nl: `De regel kon niet gelezen worden: ${error.message}`, en: `The line could not be read: ${error.message}` },
  }));
  const headers = parsed.meta.fields ?? [];
  for (const unknown of headers.filter((header) => header.startsWith('unknown:'))) {
    problems.push({ row: 1, column: unknown.slice(8), message: { nl: 'Onbekende kolom; zie de lijst met kolommen.', en: 'Unknown column; see the list of columns.' } });
  }
  for (const required of ['name', 'organization']) {
    if (!headers.includes(required)) problems.push({ row: 1, column: required, message: { nl: 'Deze kolom ontbreekt.', en: 'This column is missing.' } });
  }
  if (problems.some((problem) => problem.row === 1)) return { ok: false, problems };

  const organizations = new Map<string, InitiativeFeed['organizations'][number]>();
  const locations = new Map<string, InitiativeFeed['locations'][number]>();
  const services: InitiativeFeed['services'] = [];
  const rowOfService: number[] = [];
  const rowOfLocation = new Map<string, number>();
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2;
    const read = new RowReader(row, rowNumber);
    const name = read.text('name') ?? '';
    const organizationName = read.text('organization') ?? '';
    const organizationId = slug(organizationName);
    if (organizationName && !organizations.has(organizationId)) organizations.set(organizationId, { id: organizationId, name: organizationName });
    const status = STATUSES[(read.text('status') ?? '').toLowerCase()] ?? read.problem('status', { nl: 'Onbekende status: gebruik actief, tijdelijk gesloten of gestopt.', en: 'Unknown status: use active, temporarily closed or inactive.' });
    const address = read.text('address');
    const latitude = read.number('latitude');
    const longitude = read.number('longitude');
    let locationId: string | undefined;
    if (address || latitude !== undefined) {
      locationId = slug(`${address ?? ''} ${read.text('postal_code') ?? ''} ${latitude ?? ''} ${longitude ?? ''}`);
      if (!locations.has(locationId)) {
        rowOfLocation.set(locationId, rowNumber);
        locations.set(locationId, {
          id: locationId,
          location_type: 'physical',
          ...(read.text('location_name') ? { name: read.text('location_name') } : {}),
          ...(latitude !== undefined ? { latitude } : {}),
          ...(longitude !== undefined ? { longitude } : {}),
          ...(address ? { addresses: [{ address_1: address, postal_code: read.text('postal_code') ?? '', city: read.text('city') ?? '' }] } : {}),
        } as InitiativeFeed['locations'][number]);
      }
    }
    const schedule = read.schedule();
    const free = read.yesNo('free');
    const wheelchair = read.yesNo('wheelchair');
    const cost = read.text('cost');
    const extension = {
      themes: list(read.text('themes')),
      target_groups: list(read.text('target_groups')),
      neighbourhoods: list(read.text('neighbourhoods')),
      languages: list(read.text('languages')?.toLowerCase()),
      cost: free !== undefined ? { free, ...(cost ? { description: cost } : {}) } : undefined,
      wheelchair_accessible: wheelchair,
      how_to_join: read.text('how_to_join'),
    };
    const service = {
      id: read.text('id') ?? `${slug(name)}-${rowNumber}`,
      organization_id: organizationId,
      name,
      status: status ?? 'active',
      description: read.text('description'),
      url: read.text('url'),
      email: read.text('email'),
      eligibility_description: read.text('eligibility'),
      phones: read.text('phone') ? [{ number: read.text('phone')! }] : undefined,
      schedules: schedule ? [schedule] : undefined,
      service_at_locations: locationId ? [{ location_id: locationId }] : undefined,
      wijkwijzer: JSON.parse(JSON.stringify(extension)),
    };
    problems.push(...read.problems);
    services.push(JSON.parse(JSON.stringify(service)));
    rowOfService.push(rowNumber);
  });

  const feed = { organizations: [...organizations.values()], services, locations: [...locations.values()] };
  const validation = validateInitiativeFeed(feed);
  if (!validation.valid) {
    for (const problem of validation.problems) {
      const service = /^\$\.services\[(\d+)\]/.exec(problem.path);
      const location = /^\$\.locations\[(\d+)\]/.exec(problem.path);
      const row = service ? rowOfService[Number(service[1])]! : location ? (rowOfLocation.get(feed.locations[Number(location[1])]!.id) ?? 0) : 0;
      problems.push({ row, column: columnOfPath(problem.path), message: problem.message });
    }
  }
  if (problems.length > 0) return { ok: false, problems: inSpreadsheetOrder(problems, headers) };
  return { ok: true, feed: validation.valid ? validation.value : (feed as InitiativeFeed), rows: services.length };
}
