import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freshnessOf } from '../../src/finder/freshness.ts';
import { readInitiativeFeed } from '../../src/finder/initiatives.ts';
import { parsePlainDate } from '../../src/finder/schedule.ts';

const today = parsePlainDate('2026-11-25');

describe('freshnessOf: when an activity was last checked', () => {
  it('takes HSDS assured_date before last_modified, and says nothing of an activity without either', () => {
    const read = readInitiativeFeed({
      organizations: [{ id: 'o', name: 'O' }],
      services: [
        { id: 'a', organization_id: 'o', name: 'A', status: 'active', assured_date: '2026-03-10', last_modified: '2024-01-01T10:00:00Z' },
        { id: 'b', organization_id: 'o', name: 'B', status: 'active', last_modified: '2024-05-01T10:00:00Z' },
        { id: 'c', organization_id: 'o', name: 'C', status: 'active' },
      ],
    });
    assert.ok(read.ok);
    assert.deepEqual(
      read.initiatives.map((initiative) => freshnessOf(initiative, today)),
      [
        { checkedOn: { year: 2026, month: 3, day: 10 }, stale: false },
        { checkedOn: { year: 2024, month: 5, day: 1 }, stale: true },
        { checkedOn: undefined, stale: false },
      ],
    );
  });

  it('counts whole months: twelve months to the day is stale, a day less is not; the limit can be set', () => {
    assert.equal(freshnessOf({ checkedOn: '2025-11-25' }, today).stale, true);
    assert.equal(freshnessOf({ checkedOn: '2025-11-26' }, today).stale, false);
    assert.equal(freshnessOf({ checkedOn: '2024-05-01' }, today, 36).stale, false);
    assert.equal(freshnessOf({ checkedOn: '2026-10-01' }, today, 1).stale, true);
  });
});
