/**
 * The finder's search and filters as URL parameters, so a GP can link to a filtered view and the
 * back button works. Names carry a `wijk-` prefix so they never clash with the host page's own.
 */
import { EMPTY_FILTERS, WEEKDAY_CODES, type FinderFilters, type WeekdayCode } from '@wijkwijzer/model';

const PARAMETERS = {
  query: 'wijk-zoek',
  themes: 'wijk-thema',
  targetGroups: 'wijk-voor',
  neighbourhoods: 'wijk-wijk',
  languages: 'wijk-taal',
  days: 'wijk-dag',
  openToday: 'wijk-vandaag',
  freeOnly: 'wijk-gratis',
  wheelchair: 'wijk-rolstoel',
} as const satisfies Record<keyof FinderFilters, string>;

const LIST_KEYS = ['themes', 'targetGroups', 'neighbourhoods', 'languages'] as const;
const TOGGLE_KEYS = ['openToday', 'freeOnly', 'wheelchair'] as const;

/** Reads filters from a query string; unknown or malformed values are ignored, never fatal. */
export function filtersFromSearchParams(params: URLSearchParams): FinderFilters | undefined {
  const present = Object.values(PARAMETERS).some((name) => params.has(name));
  if (!present) return undefined;
  const list = (name: string) => params.getAll(name).filter((value) => value.length > 0 && value.length <= 200);
  const filters: FinderFilters = {
    ...EMPTY_FILTERS,
    query: (params.get(PARAMETERS.query) ?? '').slice(0, 200),
    days: list(PARAMETERS.days).filter((day): day is WeekdayCode => (WEEKDAY_CODES as readonly string[]).includes(day)),
  };
  for (const key of LIST_KEYS) filters[key] = list(PARAMETERS[key]);
  for (const key of TOGGLE_KEYS) filters[key] = params.get(PARAMETERS[key]) === '1';
  return filters;
}

/** Writes filters into a copy of `params`, keeping every parameter that is not the finder's. */
export function withFiltersInSearchParams(params: URLSearchParams, filters: FinderFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(PARAMETERS)) next.delete(name);
  if (filters.query.trim()) next.set(PARAMETERS.query, filters.query.trim());
  for (const key of [...LIST_KEYS, 'days'] as const) for (const value of filters[key]) next.append(PARAMETERS[key], value);
  for (const key of TOGGLE_KEYS) if (filters[key]) next.set(PARAMETERS[key], '1');
  return next;
}
