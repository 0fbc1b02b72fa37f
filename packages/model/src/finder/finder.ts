/**
 * Search and filters over initiatives, shared by the widget, the site and the benchmark.
 * Text search is `SearchIndex` (prefix, typo tolerance, field weights: name matches rank first);
 * filters are AND across facets and OR within one, with live counts per value.
 */
import { distanceInKm, type Coordinates } from './distance.ts';
import type { Initiative } from './initiatives.ts';
import { occursOn, type PlainDate, type WeekdayCode } from './schedule.ts';
import { SearchIndex, termsOf } from './search-index.ts';

export interface FinderFilters {
  query: string;
  themes: string[];
  targetGroups: string[];
  neighbourhoods: string[];
  languages: string[];
  days: WeekdayCode[];
  openToday: boolean;
  freeOnly: boolean;
  wheelchair: boolean;
}

export const EMPTY_FILTERS: FinderFilters = {
  query: '',
  themes: [],
  targetGroups: [],
  neighbourhoods: [],
  languages: [],
  days: [],
  openToday: false,
  freeOnly: false,
  wheelchair: false,
};

export const LIST_FACETS = ['themes', 'targetGroups', 'neighbourhoods', 'languages', 'days'] as const;
export const TOGGLE_FACETS = ['openToday', 'freeOnly', 'wheelchair'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];
export type ToggleFacet = (typeof TOGGLE_FACETS)[number];
type Facet = ListFacet | ToggleFacet;

/** How many results each value would give, with every other filter kept as it is. */
export type FacetCounts = Record<ListFacet, Map<string, number>> & Record<ToggleFacet, number>;

export interface FinderResult {
  initiatives: Initiative[];
  counts: FacetCounts;
  /** Distance in km to the nearest place of each initiative, when sorted by distance. */
  distances: Map<string, number>;
}

type IndexedField = 'name' | 'organization' | 'description' | 'tags';
const FIELD_WEIGHTS: Record<IndexedField, number> = { name: 4, tags: 2, organization: 1.5, description: 1 };

/** The text each initiative is searched by, per field. */
export type SearchableInitiative = Record<IndexedField, string>;

/** A text search over initiatives: the positions of the matches, best first. */
export interface TextSearch {
  search(query: string): number[];
}

/** Builds the text search; the benchmark passes MiniSearch and Fuse.js here to compare. */
export type TextSearchFactory = (documents: SearchableInitiative[], weights: Record<IndexedField, number>) => TextSearch;

const defaultTextSearch: TextSearchFactory = (documents, weights) => {
  const index = new SearchIndex(documents, weights);
  return { search: (query) => index.search(query).map((hit) => hit.index) };
};

const FACETS: Facet[] = [...LIST_FACETS, ...TOGGLE_FACETS];

/** One active filter, and what the results would be without it. */
export type DroppableFilter =
  | { kind: 'value'; facet: ListFacet; value: string; filters: FinderFilters; count: number }
  | { kind: 'toggle'; facet: ToggleFacet; filters: FinderFilters; count: number }
  | { kind: 'query'; filters: FinderFilters; count: number };

export class InitiativeFinder {
  readonly initiatives: readonly Initiative[];
  /** Whether any place has coordinates, so "near me" can mean something. */
  readonly hasCoordinates: boolean;
  private readonly byId: Map<string, Initiative>;
  private readonly index: TextSearch;
  private readonly collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

  constructor(initiatives: readonly Initiative[], createTextSearch: TextSearchFactory = defaultTextSearch) {
    this.initiatives = [...initiatives].sort((a, b) => this.collator.compare(a.name, b.name));
    this.byId = new Map(this.initiatives.map((initiative) => [initiative.id, initiative]));
    this.hasCoordinates = this.initiatives.some((initiative) => initiative.places.some((place) => place.location.latitude !== undefined));
    this.index = createTextSearch(
      this.initiatives.map((initiative) => ({
        name: initiative.name,
        organization: initiative.organization?.name ?? '',
        description: initiative.description ?? '',
        tags: [...initiative.themes, ...initiative.targetGroups, ...initiative.neighbourhoods].join(' '),
      })),
      FIELD_WEIGHTS,
    );
  }

  private openOnCache?: { key: string; open: Set<Initiative> };

  /** The initiatives that take place on `date`, worked out once per date rather than per keystroke. */
  private openOn(date: PlainDate): Set<Initiative> {
    const key = `${date.year}-${date.month}-${date.day}`;
    if (this.openOnCache?.key !== key) {
      const open = new Set(this.initiatives.filter((initiative) => initiative.schedules.some((schedule) => occursOn(schedule, date))));
      this.openOnCache = { key, open };
    }
    return this.openOnCache.open;
  }

  get(id: string): Initiative | undefined {
    return this.byId.get(id);
  }

  private facetValuesCache?: Record<ListFacet, string[]>;

  /** Every value each list facet has in the data, in a stable order, for drawing the filters. */
  facetValues(): Record<ListFacet, string[]> {
    this.facetValuesCache ??= this.collectFacetValues();
    return this.facetValuesCache;
  }

  private collectFacetValues(): Record<ListFacet, string[]> {
    const values = Object.fromEntries(LIST_FACETS.map((facet) => [facet, new Set<string>()])) as Record<ListFacet, Set<string>>;
    for (const initiative of this.initiatives) {
      for (const facet of LIST_FACETS) for (const value of valuesOf(initiative, facet)) values[facet].add(value);
    }
    const sorted = (set: Set<string>) => [...set].sort((a, b) => this.collator.compare(a, b));
    return {
      themes: sorted(values.themes),
      targetGroups: sorted(values.targetGroups),
      neighbourhoods: sorted(values.neighbourhoods),
      languages: sorted(values.languages),
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((day) => values.days.has(day)),
    };
  }

  /**
   * A way out of an empty result: each active filter (and the query) with the number of results
   * without it, best first, only those that would find something.
   */
  withoutEachFilter(filters: FinderFilters, today: PlainDate, limit = 4): DroppableFilter[] {
    const count = (next: FinderFilters) => this.find(next, today).initiatives.length;
    const options: DroppableFilter[] = [];
    for (const facet of LIST_FACETS) {
      for (const value of filters[facet] as string[]) {
        const next = { ...filters, [facet]: (filters[facet] as string[]).filter((item) => item !== value) };
        options.push({ kind: 'value', facet, value, filters: next, count: count(next) });
      }
    }
    for (const facet of TOGGLE_FACETS) {
      if (!filters[facet]) continue;
      const next = { ...filters, [facet]: false };
      options.push({ kind: 'toggle', facet, filters: next, count: count(next) });
    }
    if (filters.query.trim()) {
      const next = { ...filters, query: '' };
      options.push({ kind: 'query', filters: next, count: count(next) });
    }
    return options.filter((option) => option.count > 0).sort((a, b) => b.count - a.count).slice(0, limit);
  }

  /** Results for the filters, ranked by text match (or by name), or by distance from `near`. */
  find(filters: FinderFilters, today: PlainDate, near?: Coordinates): FinderResult {
    // A query of only small words ("w", "de") narrows nothing yet: show everything.
    const candidates =
      termsOf(filters.query).length > 0 ? this.index.search(filters.query).map((position) => this.initiatives[position]!) : this.initiatives;
    const counts = emptyCounts();
    const initiatives: Initiative[] = [];
    const openToday = this.openOn(today);
    for (const initiative of candidates) {
      // Which facets does it fail? Only 0 or 1 matter for results and counts, so stop at 2.
      let failed: Facet | undefined;
      let failures = 0;
      for (const facet of FACETS) {
        if (matchesFacet(initiative, facet, filters, openToday)) continue;
        failures += 1;
        failed = facet;
        if (failures > 1) break;
      }
      if (failures > 1) continue;
      if (failures === 0) initiatives.push(initiative);
      // Matches all other facets: it counts for every value of the one facet it fails (or of all).
      if (failed) addCounts(counts, failed, initiative, openToday);
      else for (const facet of FACETS) addCounts(counts, facet, initiative, openToday);
    }
    const distances = new Map<string, number>();
    if (near) {
      for (const initiative of initiatives) {
        const nearest = nearestDistance(initiative, near);
        if (nearest !== undefined) distances.set(initiative.id, nearest);
      }
      initiatives.sort((a, b) => (distances.get(a.id) ?? Infinity) - (distances.get(b.id) ?? Infinity));
    }
    return { initiatives, counts, distances };
  }
}

function valuesOf(initiative: Initiative, facet: ListFacet): readonly string[] {
  return facet === 'days' ? initiative.weekdays : initiative[facet];
}

function matchesFacet(initiative: Initiative, facet: Facet, filters: FinderFilters, openToday: Set<Initiative>): boolean {
  switch (facet) {
    case 'openToday':
      return !filters.openToday || openToday.has(initiative);
    case 'freeOnly':
      return !filters.freeOnly || initiative.free === true;
    case 'wheelchair':
      return !filters.wheelchair || initiative.wheelchairAccessible === true;
    default: {
      const wanted: readonly string[] = filters[facet];
      return wanted.length === 0 || valuesOf(initiative, facet).some((value) => wanted.includes(value));
    }
  }
}

function emptyCounts(): FacetCounts {
  return {
    themes: new Map(),
    targetGroups: new Map(),
    neighbourhoods: new Map(),
    languages: new Map(),
    days: new Map(),
    openToday: 0,
    freeOnly: 0,
    wheelchair: 0,
  };
}

function addCounts(counts: FacetCounts, facet: Facet, initiative: Initiative, openToday: Set<Initiative>): void {
  switch (facet) {
    case 'openToday':
      if (openToday.has(initiative)) counts.openToday += 1;
      return;
    case 'freeOnly':
      if (initiative.free === true) counts.freeOnly += 1;
      return;
    case 'wheelchair':
      if (initiative.wheelchairAccessible === true) counts.wheelchair += 1;
      return;
    default:
      for (const value of valuesOf(initiative, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
}

function nearestDistance(initiative: Initiative, near: Coordinates): number | undefined {
  let nearest: number | undefined;
  for (const { location } of initiative.places) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    const distance = distanceInKm(near, { latitude: location.latitude, longitude: location.longitude });
    if (nearest === undefined || distance < nearest) nearest = distance;
  }
  return nearest;
}
