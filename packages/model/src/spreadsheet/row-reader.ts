/**
 * Reads the cells of one spreadsheet row as the feed wants them (yes/no, numbers with a Dutch
 * decimal comma, days and times), and keeps every problem with its row and column.
 */
import type { InitiativeFeed, Schedule } from '../initiative-feed.ts';
import type { LocalisedMessage } from '../messages.ts';
import type { SpreadsheetProblem } from './problem.ts';

/** One row: canonical column name → cell text. */
export type Row = Record<string, string>;

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

/** A list in one cell: "a, b", "a; b" or "a | b" (whichever the file's separator leaves free). */
export function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '').split(/[;|,]/).map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

export class RowReader {
  readonly problems: SpreadsheetProblem[] = [];
  private readonly row: Row;
  readonly rowNumber: number;

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

  status(): InitiativeFeed['services'][number]['status'] {
    return STATUSES[(this.text('status') ?? '').toLowerCase()] ??
      this.problem('status', { nl: 'Onbekende status: gebruik actief, tijdelijk gesloten of gestopt.', en: 'Unknown status: use active, temporarily closed or inactive.' }) ??
      'active';
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
