/**
 * HSDS schedules are RFC 5545 rules; the finder says them in words. What words can say is kept,
 * `until` and `count` become the last date, ended schedules are not shown as current, and a rule
 * words cannot say is rejected with the reason (it used to show as "every , 10:00–18:00").
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dutchCatalogue, englishCatalogue, scheduleInWords, translatorFor, validateContent, type Schedule } from '../../src/index.ts';
import { normalised, TODAY } from './hsds-test-helpers.ts';

const serviceWith = (...schedules: object[]) => ({
  id: 'taalcafe',
  name: 'Taalcafé',
  status: 'active',
  organization: { id: 'buurtwerk', name: 'Buurtwerk' },
  schedules,
});

function readOne(schedule: object) {
  const result = normalised(serviceWith(schedule));
  return { result, schedule: result.feed.services[0]?.schedules?.[0], paths: result.warnings.map((warning) => warning.path) };
}

function assertRejected(schedule: object, path: string, english: RegExp) {
  const { result, schedule: kept } = readOne(schedule);
  assert.equal(kept, undefined, 'the schedule must not be shown');
  assert.deepEqual(result.rejected.map((problem) => problem.path), [path]);
  assert.match(result.rejected[0]!.message.en, english);
  assert.ok(result.rejected[0]!.message.nl.length > 20);
  // The service itself is still shown; only the schedule is left out.
  assert.deepEqual(result.feed.services.map((service) => service.id), ['taalcafe']);
}

describe('rules words cannot say are rejected with a message', () => {
  test('WEEKLY with bymonthday (shown before as "every , 10:00–18:00")', () => {
    assertRejected({ freq: 'WEEKLY', bymonthday: '2,3,4', opens_at: '10:00', closes_at: '18:00' }, '$.schedules[0].bymonthday', /weekly schedule \(WEEKLY\) cannot have days of the month/);
  });

  test('byweekno and byyearday, which the finder does not support', () => {
    assertRejected({ freq: 'WEEKLY', byday: 'TH', byweekno: '41,42' }, '$.schedules[0].byweekno', /week numbers \(byweekno\)/);
    assertRejected({ freq: 'MONTHLY', bymonthday: '2', byyearday: '2,3,4' }, '$.schedules[0].byyearday', /days of the year \(byyearday\)/);
  });

  test('a number before a weekday in a weekly rule', () => {
    assertRejected({ freq: 'WEEKLY', byday: '1MO' }, '$.schedules[0].byday', /only works with MONTHLY/);
  });

  test('byday and bymonthday together in a monthly rule', () => {
    assertRejected({ freq: 'MONTHLY', byday: 'FR', bymonthday: '13' }, '$.schedules[0].bymonthday', /together/);
  });

  test('a rule without a day to repeat on', () => {
    assertRejected({ freq: 'WEEKLY', opens_at: '10:00' }, '$.schedules[0].byday', /needs a day/);
    assertRejected({ freq: 'MONTHLY' }, '$.schedules[0].bymonthday', /monthly schedule needs/);
    assertRejected({ byday: 'TU' }, '$.schedules[0].freq', /without freq/);
  });

  test('frequencies other than weekly, monthly and daily', () => {
    assertRejected({ freq: 'YEARLY', byday: 'MO' }, '$.schedules[0].freq', /only WEEKLY, MONTHLY and DAILY/);
    assertRejected({ freq: 'DAILY', interval: 2 }, '$.schedules[0].interval', /only WEEKLY, MONTHLY and DAILY/);
  });

  test('count without a first date, and a count that is not a whole number', () => {
    assertRejected({ freq: 'WEEKLY', byday: 'TU', count: 5 }, '$.schedules[0].count', /first date \(dtstart\)/);
    const { result } = readOne({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-03-03', count: 0 });
    assert.deepEqual(result.rejected.map((problem) => problem.path), ['$.schedules[0].count']);
  });

  test('validation of the document fails on a rejected schedule (the CLI exits 1)', () => {
    const result = validateContent(serviceWith({ freq: 'WEEKLY', bymonthday: '2,3,4' }));
    assert.equal(result.valid, false);
    assert.deepEqual(result.problems.map((problem) => problem.path), ['$.schedules[0].bymonthday']);
  });
});

describe('ended schedules are not shown as current', () => {
  for (const [label, schedule] of [
    ['until in the past', { freq: 'WEEKLY', byday: 'TU', until: '2025-12-31' }],
    ['valid_to in the past', { freq: 'WEEKLY', byday: 'TU', valid_to: '2026-02-28' }],
    ['count reached in the past', { freq: 'WEEKLY', byday: 'TU', dtstart: '2025-01-07', count: 3 }],
    ['until in the past, with a rule that cannot be said', { freq: 'WEEKLY', bymonthday: '2', until: '2005-01-01' }],
  ] as const) {
    test(label, () => {
      const { result, schedule: kept, paths } = readOne(schedule);
      assert.equal(kept, undefined);
      assert.deepEqual(paths, ['$.schedules[0]']);
      assert.match(result.warnings[0]!.message.en, /has ended/);
      assert.deepEqual(result.rejected, [], 'an ended schedule is a warning, not a problem');
    });
  }

  test('the last day itself is still current', () => {
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU', valid_to: TODAY }).schedule?.valid_to, TODAY);
  });
});

describe('until and count become the last date', () => {
  test('until becomes valid_to; the earlier of until and valid_to wins', () => {
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU', until: '2026-12-22' }).schedule?.valid_to, '2026-12-22');
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU', until: '2026-12-22', valid_to: '2026-06-30' }).schedule?.valid_to, '2026-06-30');
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU', until: '2026-05-01T23:59:59Z', valid_to: '2026-06-30' }).schedule?.valid_to, '2026-05-01');
  });

  test('count: the date of the last occurrence, DTSTART counting as the first', () => {
    // Tuesday 3 March, Thursday 5, Tuesday 10, Thursday 12.
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU,TH', dtstart: '2026-03-03', count: 4 }).schedule?.valid_to, '2026-03-12');
    // First Mondays from 5 January 2026: the 12th is 7 December.
    assert.equal(readOne({ freq: 'MONTHLY', byday: '1MO', dtstart: '2026-01-05', count: 12 }).schedule?.valid_to, '2026-12-07');
    // Every other week from Tuesday 3 March: 3, 17 and 31 March.
    assert.equal(readOne({ freq: 'WEEKLY', interval: 2, byday: 'TU', dtstart: '2026-03-03', count: 3 }).schedule?.valid_to, '2026-03-31');
  });

  test('count ending after valid_to leaves valid_to', () => {
    assert.equal(readOne({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-03-03', count: 50, valid_to: '2026-04-30' }).schedule?.valid_to, '2026-04-30');
  });
});

describe('rules that can be said are kept, in the feed\'s terms', () => {
  test('DAILY is every day of the week', () => {
    assert.equal(readOne({ freq: 'daily', opens_at: '09:00' }).schedule?.byday, 'MO,TU,WE,TH,FR,SA,SU');
  });

  test('without byday, weekly repeats on the weekday of dtstart, monthly on its day of the month', () => {
    assert.equal(readOne({ freq: 'WEEKLY', dtstart: '2026-03-04' }).schedule?.byday, 'WE');
    assert.equal(readOne({ freq: 'MONTHLY', dtstart: '2026-01-15' }).schedule?.bymonthday, '15');
  });

  test('attending_type is said with the times it applies to', () => {
    const { schedule } = readOne({ freq: 'WEEKLY', byday: 'TU', description: 'Tijdens schooltijden', attending_type: 'Kom gewoon binnen' });
    assert.equal(schedule?.description, 'Tijdens schooltijden. Kom gewoon binnen');
  });

  test('a time zone is reported, not silently applied or dropped', () => {
    const { schedule, paths } = readOne({ freq: 'WEEKLY', byday: 'TU', opens_at: '9:00', closes_at: '12:00Z', timezone: 1 });
    assert.equal(schedule?.opens_at, '09:00');
    assert.equal(schedule?.closes_at, '12:00');
    assert.deepEqual(paths.sort(), ['$.schedules[0].closes_at', '$.schedules[0].timezone']);
  });

  test('a week start matters (and is reported) only for every n weeks', () => {
    assert.deepEqual(readOne({ freq: 'WEEKLY', byday: 'TU', wkst: 'SU' }).paths, []);
    assert.deepEqual(readOne({ freq: 'WEEKLY', interval: 2, byday: 'TU', dtstart: '2026-03-03', wkst: 'SU' }).paths, ['$.schedules[0].wkst']);
  });

  test('notes and links of a schedule are reported as not used', () => {
    assert.deepEqual(readOne({ freq: 'WEEKLY', byday: 'TU', notes: 'Niet in de vakantie', schedule_link: 'https://example.nl' }).paths, ['$.schedules[0].notes', '$.schedules[0].schedule_link']);
  });
});

describe('every schedule that is kept can be said in words', () => {
  const accepted: object[] = [
    { freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' },
    { freq: 'DAILY' },
    { freq: 'WEEKLY', dtstart: '2026-03-04', interval: 2 },
    { freq: 'MONTHLY', dtstart: '2026-01-15' },
    { freq: 'MONTHLY', byday: '-1FR', until: '2026-12-31' },
    { freq: 'MONTHLY', byday: '1MO', dtstart: '2026-01-05', count: 12 },
    { description: 'Op afspraak' },
  ];
  const dutch = translatorFor(dutchCatalogue);
  const english = translatorFor(englishCatalogue);
  for (const input of accepted) {
    test(JSON.stringify(input), () => {
      const schedule = readOne(input).schedule as Schedule;
      assert.ok(schedule, 'kept');
      for (const [t, locale] of [[dutch, 'nl'], [english, 'en']] as const) {
        const words = scheduleInWords(schedule, t, locale);
        assert.doesNotMatch(words, /(elke|every|op|on) ,|^,|, ,|\{\{/, words);
        assert.ok(words.length > 5, words);
      }
    });
  }
});
