/**
 * When an activity was last checked, and whether that is too long ago to trust: a social map
 * that shows an activity which stopped a year ago loses residents' trust. HSDS `assured_date`
 * (someone confirmed it) counts first, else `last_modified`.
 */
import type { Initiative } from './initiatives.ts';
import { parsePlainDate, type PlainDate } from './schedule.ts';

/** Months after which an activity is marked "possibly out of date", unless a partner sets otherwise. */
export const DEFAULT_STALE_AFTER_MONTHS = 12;

export interface Freshness {
  /** The day it was last checked (or changed); undefined when the feed does not say. */
  checkedOn: PlainDate | undefined;
  /** Checked longer ago than the limit. An activity that never says when is not called stale. */
  stale: boolean;
}

const monthIndex = (date: PlainDate) => date.year * 12 + (date.month - 1);

export function freshnessOf(initiative: Pick<Initiative, 'checkedOn'>, today: PlainDate, staleAfterMonths = DEFAULT_STALE_AFTER_MONTHS): Freshness {
  const checkedOn = initiative.checkedOn ? parsePlainDate(initiative.checkedOn.slice(0, 10)) : undefined;
  if (!checkedOn) return { checkedOn, stale: false };
  const months = monthIndex(today) - monthIndex(checkedOn) - (today.day < checkedOn.day ? 1 : 0);
  return { checkedOn, stale: months >= staleAfterMonths };
}
