import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { occursOn, parsePlainDate, scheduleInWords, weekdayOf, weekdaysOf } from '../../src/finder/schedule.ts';
import { dutchCatalogue, translatorFor } from '../../src/catalogue/index.ts';
import type { Schedule } from '../../src/initiative-feed.ts';

const on = (schedule: Schedule, iso: string) => occursOn(schedule, parsePlainDate(iso));

describe('weekdayOf', () => {
  it('knows the weekday of dates across years', () => {
    assert.equal(weekdayOf(parsePlainDate('2026-11-25')), 'WE');
    assert.equal(weekdayOf(parsePlainDate('2024-02-29')), 'TH');
    assert.equal(weekdayOf(parsePlainDate('1969-12-31')), 'WE');
  });
});

describe('occursOn', () => {
  it('every Tuesday', () => {
    const schedule: Schedule = { freq: 'WEEKLY', byday: 'TU' };
    assert.equal(on(schedule, '2026-11-24'), true);
    assert.equal(on(schedule, '2026-11-25'), false);
  });

  it('every other Wednesday counts weeks from dtstart', () => {
    const schedule: Schedule = { freq: 'WEEKLY', interval: 2, byday: 'WE', dtstart: '2026-11-04' };
    assert.equal(on(schedule, '2026-11-04'), true);
    assert.equal(on(schedule, '2026-11-11'), false);
    assert.equal(on(schedule, '2026-11-18'), true);
    assert.equal(on(schedule, '2026-10-21'), false, 'before the first date');
    assert.equal(on({ freq: 'WEEKLY', interval: 2, byday: 'WE' }, '2026-11-18'), false, 'unknowable without dtstart');
  });

  it('first Monday and last Friday of the month', () => {
    const firstMonday: Schedule = { freq: 'MONTHLY', byday: '1MO' };
    assert.equal(on(firstMonday, '2026-12-07'), true);
    assert.equal(on(firstMonday, '2026-12-14'), false);
    const lastFriday: Schedule = { freq: 'MONTHLY', byday: '-1FR' };
    assert.equal(on(lastFriday, '2026-11-27'), true);
    assert.equal(on(lastFriday, '2026-11-20'), false);
  });

  it('a day of the month, and the last day', () => {
    assert.equal(on({ freq: 'MONTHLY', bymonthday: '15' }, '2026-02-15'), true);
    assert.equal(on({ freq: 'MONTHLY', bymonthday: '-1' }, '2026-02-28'), true);
    assert.equal(on({ freq: 'MONTHLY', bymonthday: '-1' }, '2024-02-28'), false, 'leap year');
  });

  it('respects valid_from and valid_to', () => {
    const summer: Schedule = { freq: 'WEEKLY', byday: 'SA', valid_from: '2026-05-01', valid_to: '2026-09-30' };
    assert.equal(on(summer, '2026-06-06'), true);
    assert.equal(on(summer, '2026-11-28'), false);
  });

  it('never claims a date for a description-only schedule', () => {
    assert.equal(on({ description: 'Op afspraak' }, '2026-11-25'), false);
  });
});

describe('weekdaysOf', () => {
  it('lists the weekdays a rule can fall on, and none when it cannot tell', () => {
    assert.deepEqual(weekdaysOf({ freq: 'WEEKLY', byday: 'MO,WE,FR' }), ['MO', 'WE', 'FR']);
    assert.deepEqual(weekdaysOf({ freq: 'MONTHLY', byday: '1MO' }), ['MO']);
    assert.deepEqual(weekdaysOf({ freq: 'MONTHLY', bymonthday: '15' }), []);
    assert.deepEqual(weekdaysOf({ description: 'Op afspraak' }), []);
  });
});

describe('scheduleInWords', () => {
  // A tiny stand-in for the widget's Dutch messages; the real ones are tested in the widget.
  // The real Dutch catalogue: the sentences residents read, not a copy made for the test.
  const t = translatorFor(dutchCatalogue);

  it('says weekly rules with days and hours', () => {
    assert.equal(scheduleInWords({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }, t, 'nl'), 'elke dinsdag, 10:00–12:00');
    assert.equal(scheduleInWords({ freq: 'WEEKLY', byday: 'MO,WE,FR' }, t, 'nl'), 'elke maandag, woensdag en vrijdag');
    assert.equal(scheduleInWords({ freq: 'WEEKLY', interval: 2, byday: 'WE' }, t, 'nl'), 'om de week op woensdag');
  });

  it('says monthly rules', () => {
    assert.equal(scheduleInWords({ freq: 'MONTHLY', byday: '1MO' }, t, 'nl'), 'eerste maandag van de maand');
    assert.equal(scheduleInWords({ freq: 'MONTHLY', byday: '-1FR' }, t, 'nl'), 'laatste vrijdag van de maand');
  });

  it('adds the season and the description', () => {
    const words = scheduleInWords(
      { freq: 'WEEKLY', byday: 'SA', valid_from: '2026-05-01', valid_to: '2026-09-30', description: 'Niet in de vakantie' },
      t,
      'nl',
    );
    assert.equal(words, 'elke zaterdag, van 1 mei 2026 tot 30 september 2026, Niet in de vakantie');
  });
});
