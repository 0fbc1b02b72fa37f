/**
 * The finder's search and filters as URL values (names without the widget's prefix, which the
 * base's UrlStateController adds: `wijk-thema`, or `<id>-thema`). Unknown or malformed values
 * are ignored, never fatal.
 */
import { EMPTY_FILTERS, WEEKDAY_CODES, type FinderFilters, type WeekdayCode } from '@wijkwijzer/model';
import type { UrlValues } from '../base/url-state.ts';

const KEYS = {
  query: 'zoek',
  themes: 'thema',
  targetGroups: 'voor',
  neighbourhoods: 'wijk',
  languages: 'taal',
  days: 'dag',
  openToday: 'vandaag',
  freeOnly: 'gratis',
  wheelchair: 'rolstoel',
} as const satisfies Record<keyof FinderFilters, string>;

export const FINDER_URL_KEYS: readonly string[] = Object.values(KEYS);
const LIST_KEYS = ['themes', 'targetGroups', 'neighbourhoods', 'languages'] as const;
const TOGGLE_KEYS = ['openToday', 'freeOnly', 'wheelchair'] as const;

/** Filters from the widget's URL values, or undefined when the URL holds none of them. */
export function filtersFromUrlValues(values: UrlValues): FinderFilters | undefined {
  if (Object.keys(values).length === 0) return undefined;
  const filters: FinderFilters = {
    ...EMPTY_FILTERS,
    query: values[KEYS.query]?.[0] ?? '',
    days: (values[KEYS.days] ?? []).filter((day): day is WeekdayCode => (WEEKDAY_CODES as readonly string[]).includes(day)),
  };
  for (const key of LIST_KEYS) filters[key] = values[KEYS[key]] ?? [];
  for (const key of TOGGLE_KEYS) filters[key] = values[KEYS[key]]?.[0] === '1';
  return filters;
}

export function urlValuesFromFilters(filters: FinderFilters): UrlValues {
  const values: UrlValues = Object.create(null) as UrlValues;
  if (filters.query.trim()) values[KEYS.query] = [filters.query.trim()];
  for (const key of [...LIST_KEYS, 'days'] as const) if (filters[key].length > 0) values[KEYS[key]] = [...filters[key]];
  for (const key of TOGGLE_KEYS) if (filters[key]) values[KEYS[key]] = ['1'];
  return values;
}
