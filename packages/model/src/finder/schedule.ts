/**
 * When an initiative takes place, from HSDS's iCal-style schedules: whether it happens on a given
 * date, on which weekdays it can happen, and the rule in words ("elke dinsdag 10:00–12:00").
 * Only the subset the feed format allows (WEEKLY / MONTHLY with interval, BYDAY with ordinals,
 * BYMONTHDAY) is needed, so this is a few small functions rather than a full RRULE library,
 * which would cost the widget bundle more than all of this.
 */
import type { Schedule } from '../initiative-feed.ts';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** A calendar date without time or zone: the resident's local "today" is what matters. */
export interface PlainDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const DAY_MS = 86_400_000;

export function plainDateOf(date: Date): PlainDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function parsePlainDate(iso: string): PlainDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

function dayNumber(date: PlainDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

export function weekdayOf(date: PlainDate): WeekdayCode {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return WEEKDAY_CODES[(((dayNumber(date) + 3) % 7) + 7) % 7]!;
}

function daysInMonth(date: PlainDate): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

export interface ByDayRule {
  weekday: WeekdayCode;
  /** 1 = first, 2 = second, …, -1 = last; undefined = every such weekday. */
  ordinal: number | undefined;
}

export function parseByDay(byday: string | undefined): ByDayRule[] {
  if (!byday) return [];
  return byday.split(',').map((part) => {
    const match = /^([+-]?\d)?([A-Z]{2})$/.exec(part.trim());
    return { ordinal: match?.[1] ? Number(match[1]) : undefined, weekday: (match?.[2] ?? 'MO') as WeekdayCode };
  });
}

function parseByMonthDay(bymonthday: string | undefined): number[] {
  return bymonthday ? bymonthday.split(',').map(Number) : [];
}

function withinValidity(schedule: Schedule, date: PlainDate): boolean {
  const day = dayNumber(date);
  if (schedule.valid_from && day < dayNumber(parsePlainDate(schedule.valid_from))) return false;
  if (schedule.valid_to && day > dayNumber(parsePlainDate(schedule.valid_to))) return false;
  return true;
}

function matchesWeekly(schedule: Schedule, date: PlainDate): boolean {
  const start = schedule.dtstart ? parsePlainDate(schedule.dtstart) : undefined;
  const rules = parseByDay(schedule.byday);
  const weekdays = rules.length > 0 ? rules.map((rule) => rule.weekday) : start ? [weekdayOf(start)] : [];
  if (!weekdays.includes(weekdayOf(date))) return false;
  const interval = schedule.interval ?? 1;
  if (interval === 1) return true;
  // Every other week needs a first date to count from; without one we cannot say.
  if (!start || dayNumber(date) < dayNumber(start)) return false;
  const mondayOf = (d: PlainDate) => dayNumber(d) - WEEKDAY_CODES.indexOf(weekdayOf(d));
  return ((mondayOf(date) - mondayOf(start)) / 7) % interval === 0;
}

function matchesMonthly(schedule: Schedule, date: PlainDate): boolean {
  const interval = schedule.interval ?? 1;
  if (interval > 1) {
    if (!schedule.dtstart) return false;
    const start = parsePlainDate(schedule.dtstart);
    const months = (date.year - start.year) * 12 + (date.month - start.month);
    if (months < 0 || months % interval !== 0) return false;
  }
  const monthDays = parseByMonthDay(schedule.bymonthday);
  if (monthDays.length > 0) {
    const length = daysInMonth(date);
    return monthDays.some((day) => (day > 0 ? day : length + 1 + day) === date.day);
  }
  const weekday = weekdayOf(date);
  return parseByDay(schedule.byday).some((rule) => {
    if (rule.weekday !== weekday) return false;
    if (rule.ordinal === undefined) return true;
    if (rule.ordinal > 0) return Math.ceil(date.day / 7) === rule.ordinal;
    return Math.ceil((daysInMonth(date) - date.day + 1) / 7) === -rule.ordinal;
  });
}

/** Whether the schedule's rule puts an occurrence on `date`; a description-only schedule never does. */
export function occursOn(schedule: Schedule, date: PlainDate): boolean {
  if (!withinValidity(schedule, date)) return false;
  if (schedule.freq === 'WEEKLY') return matchesWeekly(schedule, date);
  if (schedule.freq === 'MONTHLY') return matchesMonthly(schedule, date);
  return false;
}

/** Weekdays on which the schedule can take place (for the day filter); empty when unknown. */
export function weekdaysOf(schedule: Schedule): WeekdayCode[] {
  if (schedule.freq === undefined || schedule.bymonthday) return [];
  const rules = parseByDay(schedule.byday);
  if (rules.length > 0) return [...new Set(rules.map((rule) => rule.weekday))];
  return schedule.dtstart ? [weekdayOf(parsePlainDate(schedule.dtstart))] : [];
}

/** Schedule sentences are the catalogue's `schedule.*` keys: the widget passes i18next's `t`, the site `translatorFor`. */
import type { Translate } from '../catalogue/index.ts';

/** Creating Intl formatters is slow next to using them; a list of 50 cards would make hundreds. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter as T;
}

/** The weekday's name in `locale`, e.g. "dinsdag". */
export function weekdayName(code: WeekdayCode, locale: string): string {
  const format = cached(`weekday:${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));
  // 2024-01-01 was a Monday.
  return format.format(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)));
}

/** "maandag, woensdag en vrijdag" */
export function listInWords(items: string[], locale: string): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

function weekdayNames(weekdays: WeekdayCode[], locale: string): string {
  return listInWords(
    weekdays.map((code) => weekdayName(code, locale)),
    locale,
  );
}

function dateInWords(iso: string, locale: string): string {
  const { year, month, day } = parsePlainDate(iso);
  const format = cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(year, month - 1, day));
}

function ruleInWords(schedule: Schedule, t: Translate, locale: string): string | undefined {
  const interval = schedule.interval ?? 1;
  if (schedule.freq === 'WEEKLY') {
    const days = weekdayNames(weekdaysOf(schedule), locale);
    if (interval === 1) return t('schedule.weekly', { days });
    if (interval === 2) return t('schedule.everyOtherWeek', { days });
    return t('schedule.everyNWeeks', { count: interval, days });
  }
  if (schedule.freq === 'MONTHLY') {
    const monthDays = parseByMonthDay(schedule.bymonthday);
    const parts =
      monthDays.length > 0
        ? monthDays.map((day) => (day > 0 ? t('schedule.monthDay', { day }) : t('schedule.lastMonthDay')))
        : parseByDay(schedule.byday).map((rule) =>
            rule.ordinal === undefined
              ? t('schedule.everyWeekdayOfMonth', { day: weekdayNames([rule.weekday], locale) })
              : t('schedule.nthWeekdayOfMonth', {
                  ordinal: t(`schedule.ordinal.${rule.ordinal < 0 ? 'last' : Math.min(rule.ordinal, 5)}`),
                  day: weekdayNames([rule.weekday], locale),
                }),
          );
    const list = listInWords(parts, locale);
    return interval === 1 ? t('schedule.monthly', { when: list }) : t('schedule.everyNMonths', { count: interval, when: list });
  }
  return undefined;
}

/** The schedule in words, e.g. "elke dinsdag, 10:00–12:00" or "eerste maandag van de maand". */
export function scheduleInWords(schedule: Schedule, t: Translate, locale: string): string {
  const parts: string[] = [];
  const rule = ruleInWords(schedule, t, locale);
  if (rule) parts.push(rule);
  if (schedule.opens_at && schedule.closes_at) {
    parts.push(t('schedule.hours', { opens: schedule.opens_at.slice(0, 5), closes: schedule.closes_at.slice(0, 5) }));
  } else if (schedule.opens_at) {
    parts.push(t('schedule.from', { opens: schedule.opens_at.slice(0, 5) }));
  }
  if (schedule.valid_from && schedule.valid_to) {
    parts.push(t('schedule.between', { from: dateInWords(schedule.valid_from, locale), to: dateInWords(schedule.valid_to, locale) }));
  } else if (schedule.valid_from) {
    parts.push(t('schedule.validFrom', { from: dateInWords(schedule.valid_from, locale) }));
  } else if (schedule.valid_to) {
    parts.push(t('schedule.validTo', { to: dateInWords(schedule.valid_to, locale) }));
  }
  if (schedule.description) parts.push(schedule.description);
  return parts.join(t('schedule.separator'));
}
