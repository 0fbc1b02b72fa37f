/**
 * Filter counts that say what ticking a value gives, under the search's logic: any of the
 * ticked values within a group, all groups at once. Pagefind counts the results as they are,
 * so with "7." ticked every other principle counted only practices that also have 7 (mostly
 * 0), while ticking one adds practices. A group with a choice is counted from one more
 * search, the same one without that group's own filter.
 */
import { noPrototype, pagefindFilters, type FilterCounts, type SelectedFilters } from './practice-search.ts';

type ValueCounts = Record<string, number>;

/** Pagefind's `search()`, as far as counting needs it (the browser API, or a stand-in in tests). */
export interface PagefindSearcher<Hit> {
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Hit[]; filters?: FilterCounts } | null>;
}

export interface CountedSearch<Hit> {
  hits: Hit[];
  /** Per filter and value: how many results the search shows with that value ticked. */
  counts: FilterCounts;
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The groups the resident chose a value in. */
function chosenGroups(selected: SelectedFilters): string[] {
  return Object.keys(selected).filter((name) => (own(selected, name) ?? []).length > 0);
}

function withoutGroup(selected: SelectedFilters, name: string): SelectedFilters {
  const rest = noPrototype<string[]>();
  for (const key of Object.keys(selected)) if (key !== name) rest[key] = own(selected, key)!;
  return rest;
}

/**
 * Per value, the number of results with that value ticked and everything else as it is.
 * In a group without a choice that is Pagefind's own count. In a group with a choice it is
 * the results now, plus those with the value among the results without the group's filter,
 * minus those already counted (the value's count now): for a ticked value, the results now.
 * Every filter and value of the index (`known`) gets a count, so no group goes missing when
 * a search counts only some filters (Pagefind counts those whose chunks it has loaded).
 */
export function tickCounts(
  known: FilterCounts,
  selected: SelectedFilters,
  found: { total: number; counts: FilterCounts },
  countsWithoutOwnGroup: Record<string, ValueCounts>,
): FilterCounts {
  const result = noPrototype<ValueCounts>();
  for (const name of new Set([...Object.keys(known), ...chosenGroups(selected)])) {
    const chosen = own(selected, name) ?? [];
    const now = own(found.counts, name);
    const withoutOwn = chosen.length > 0 ? own(countsWithoutOwnGroup, name) : undefined;
    const values = noPrototype<number>();
    for (const value of new Set([...Object.keys(own(known, name) ?? {}), ...chosen])) {
      const countNow = own(now, value) ?? 0;
      values[value] = withoutOwn ? found.total + (own(withoutOwn, value) ?? 0) - countNow : countNow;
    }
    result[name] = values;
  }
  return result;
}

/**
 * Searches with words and choice (without words: A–Z by title), and counts what ticking each
 * value gives: one Pagefind search, plus one per group with a choice (no result data is read
 * for those, so they cost no fragments).
 */
export async function searchWithTickCounts<Hit>(pagefind: PagefindSearcher<Hit>, query: string, selected: SelectedFilters, known: FilterCounts): Promise<CountedSearch<Hit>> {
  const term = query.trim() || null;
  const groups = chosenGroups(selected);
  const [found, ...withoutOwn] = await Promise.all([
    pagefind.search(term, { filters: pagefindFilters(selected), ...(term ? {} : { sort: { title: 'asc' } }) }),
    ...groups.map((name) => pagefind.search(term, { filters: pagefindFilters(withoutGroup(selected, name)) })),
  ]);
  const hits = found?.results ?? [];
  const countsWithoutOwnGroup = noPrototype<ValueCounts>();
  groups.forEach((name, at) => (countsWithoutOwnGroup[name] = own(withoutOwn[at]?.filters, name) ?? {}));
  return { hits, counts: tickCounts(known, selected, { total: hits.length, counts: found?.filters ?? {} }, countsWithoutOwnGroup) };
}
