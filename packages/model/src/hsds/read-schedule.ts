/**
 * HSDS schedules (RFC 5545 rules) into the feed's schedules, which the finder puts into words.
 * What words can say is kept; `until` and `count` become the last date (`valid_to`); a schedule
 * that has ended is left out with a warning; a rule words cannot say is rejected with the reason,
 * never shown half ("every , 10:00–18:00").
 */
import * as v from 'valibot';
import { isoDate } from '../common.ts';
import { scheduleSchema, type Schedule } from '../initiative-feed.ts';
import { occursOn, parsePlainDate, WEEKDAY_CODES, weekdayOf, type PlainDate } from '../finder/schedule.ts';
import { Origins, type Path } from './field-use.ts';
import { checkRecord, dateOf, expectRecord, joinSentences, markKnown, notice, reject, take, takeText, warn, type ReadContext } from './context.ts';

const ALL_DAYS = WEEKDAY_CODES.join(',');
/** `count` is followed this many days at most; a longer series is treated as open-ended. */
const COUNT_HORIZON_DAYS = 366 * 20;
const COUNT_SCHEMA = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(1)) });
const UNTIL_SCHEMA = v.object({ until: isoDate() });
const TIME_WITH_ZONE = /^(\d{1,2}):(\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function isoOf(date: PlainDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function nextDay(date: PlainDate): PlainDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** The date of the `count`th occurrence; DTSTART always counts as the first (RFC 5545, 3.3.10). */
function lastOccurrence(schedule: Schedule, count: number): string | undefined {
  const rule: Schedule = { ...schedule, valid_from: undefined, valid_to: undefined };
  let date = parsePlainDate(schedule.dtstart!);
  let seen = 1;
  for (let day = 0; seen < count && day < COUNT_HORIZON_DAYS; day += 1) {
    date = nextDay(date);
    if (occursOn(rule, date)) seen += 1;
  }
  return seen >= count ? isoOf(date) : undefined;
}

/** "9:00", "10:00:00Z", "09:00-05:00" → "09:00", "10:00:00", "09:00"; a dropped zone is reported. */
function readTime(context: ReadContext, value: unknown, path: Path): unknown {
  if (typeof value !== 'string') return value;
  const match = TIME_WITH_ZONE.exec(value);
  if (!match) return value;
  if (match[4]) notice(context, path, 'time_zone_in_time');
  return `${match[1]!.padStart(2, '0')}:${match[2]}${match[3] ?? ''}`.slice(0, 8);
}

const upper = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value);

interface Rule {
  freq: unknown;
  interval: unknown;
  byday: unknown;
  bymonthday: unknown;
  /** Where byday and bymonthday came from: as written, or worked out from dtstart. */
  bydayFrom: Path;
  bymonthdayFrom: Path;
}

/** The recurrence as the finder can say it, or undefined after rejecting what it cannot say. */
function readRule(context: ReadContext, input: Record<string, unknown>, path: Path, start: PlainDate | undefined): Rule | undefined {
  const at = (key: string): Path => [...path, key];
  let freq = upper(take(context, input, path, 'freq'));
  const interval = take(context, input, path, 'interval');
  let byday = upper(take(context, input, path, 'byday'));
  let bymonthday = upper(take(context, input, path, 'bymonthday'));
  let [bydayFrom, bymonthdayFrom] = [at('byday'), at('bymonthday')];
  if (take(context, input, path, 'byweekno') !== undefined) return reject(context, path, at('byweekno'), 'schedule_byweekno');
  if (take(context, input, path, 'byyearday') !== undefined) return reject(context, path, at('byyearday'), 'schedule_byyearday');
  if (freq === undefined && (byday !== undefined || bymonthday !== undefined)) return reject(context, path, at('freq'), 'schedule_needs_freq');
  if (freq === 'DAILY') {
    if (interval !== undefined && interval !== 1) return reject(context, path, at('interval'), 'schedule_freq');
    freq = 'WEEKLY';
    byday ??= ALL_DAYS;
  } else if (typeof freq === 'string' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    return reject(context, path, at('freq'), 'schedule_freq');
  }
  if (freq === 'WEEKLY') {
    if (bymonthday !== undefined) return reject(context, path, at('bymonthday'), 'schedule_weekly_bymonthday');
    if (typeof byday === 'string' && /\d/.test(byday)) return reject(context, path, at('byday'), 'schedule_weekly_ordinal');
    if (byday === undefined && !start) return reject(context, path, at('byday'), 'schedule_weekly_needs_day');
    // RFC 5545: without BYDAY a weekly rule repeats on the weekday of DTSTART.
    if (byday === undefined) [byday, bydayFrom] = [weekdayOf(start!), at('dtstart')];
  }
  if (freq === 'MONTHLY') {
    if (byday !== undefined && bymonthday !== undefined) return reject(context, path, at('bymonthday'), 'schedule_monthly_both');
    if (byday === undefined && bymonthday === undefined && !start) return reject(context, path, at('bymonthday'), 'schedule_monthly_needs_day');
    // RFC 5545: without BYDAY or BYMONTHDAY a monthly rule repeats on the day of the month of DTSTART.
    if (byday === undefined && bymonthday === undefined) [bymonthday, bymonthdayFrom] = [String(start!.day), at('dtstart')];
  }
  // Week start changes which weeks count only for "every n weeks"; the finder counts from Monday.
  const weekStart = upper(take(context, input, path, 'wkst'));
  if (weekStart !== undefined && weekStart !== 'MO' && freq === 'WEEKLY' && typeof interval === 'number' && interval > 1) warn(context, at('wkst'), 'schedule_wkst');
  return { freq, interval, byday, bymonthday, bydayFrom, bymonthdayFrom };
}

/** Shortens the schedule to its `count`th occurrence; undefined when that lies in the past or `count` cannot be used. */
function applyCount(context: ReadContext, schedule: Schedule, count: unknown, path: Path, origins: Origins): Schedule | undefined {
  const checked = v.safeParse(COUNT_SCHEMA.entries.count, count);
  if (!checked.success) return void checkRecord(context, COUNT_SCHEMA, { count }, origins);
  if (schedule.freq === undefined) return reject(context, path, [...path, 'freq'], 'schedule_needs_freq');
  if (schedule.dtstart === undefined) return reject(context, path, [...path, 'count'], 'schedule_count_needs_dtstart');
  const last = lastOccurrence(schedule, checked.output);
  if (last === undefined || (schedule.valid_to !== undefined && schedule.valid_to <= last)) return schedule;
  if (last < context.today) return void warn(context, path, 'schedule_ended');
  return { ...schedule, valid_to: last };
}

/** Reads one HSDS schedule; undefined when it has ended or was rejected (both reported). */
export function readSchedule(context: ReadContext, raw: unknown, path: Path): Schedule | undefined {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  const at = (key: string): Path => [...path, key];
  const [until, validTo] = [dateOf(input.until), dateOf(input.valid_to)];
  if ((until !== undefined && until < context.today) || (validTo !== undefined && validTo < context.today)) return void warn(context, path, 'schedule_ended');

  const origins = new Origins(path);
  const out: Record<string, unknown> = {};
  const copy = (key: string, value: unknown, from: Path = at(key)) => {
    if (value === undefined) return;
    out[key] = value;
    origins.set([key], from);
  };
  /** A date field as YYYY-MM-DD when it starts with one, else as written (for validation to explain). */
  const dateField = (key: string) => {
    const value = take(context, input, path, key);
    return dateOf(value) ?? value;
  };
  markKnown(context, input, path, ['service_id', 'location_id', 'service_at_location_id']);
  const dtstart = dateField('dtstart');
  const rule = readRule(context, input, path, typeof dtstart === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dtstart) ? parsePlainDate(dtstart) : undefined);
  if (!rule) return undefined;
  copy('id', take(context, input, path, 'id'));
  copy('freq', rule.freq);
  copy('interval', rule.interval);
  copy('byday', rule.byday, rule.bydayFrom);
  copy('bymonthday', rule.bymonthday, rule.bymonthdayFrom);
  copy('dtstart', dtstart);
  copy('opens_at', readTime(context, take(context, input, path, 'opens_at'), at('opens_at')));
  copy('closes_at', readTime(context, take(context, input, path, 'closes_at'), at('closes_at')));
  copy('valid_from', dateField('valid_from'));
  // The rule's last occurrence (until) and the last valid day say the same thing: the earlier one wins.
  const [validToField, untilField] = [dateField('valid_to'), dateField('until')];
  if (untilField !== undefined && until === undefined) return void checkRecord(context, UNTIL_SCHEMA, { until: untilField }, origins);
  if (untilField !== undefined && (validToField === undefined || (validTo !== undefined && until! < validTo))) copy('valid_to', untilField, at('until'));
  else copy('valid_to', validToField);
  // How to attend is said with the times it applies to.
  const description = take(context, input, path, 'description');
  copy('description', joinSentences([description, takeText(context, input, path, 'attending_type')]) ?? description, at(description === undefined ? 'attending_type' : 'description'));
  if (take(context, input, path, 'timezone') !== undefined) warn(context, at('timezone'), 'schedule_timezone');

  const schedule = checkRecord(context, scheduleSchema, out, origins);
  const count = take(context, input, path, 'count');
  return schedule && count !== undefined ? applyCount(context, schedule, count, path, origins) : schedule;
}
