/**
 * Search and filters over initiatives, shared by the widget, the site and the benchmark.
 * Text search is `SearchIndex` (prefix, typo tolerance, field weights: name matches rank first);
 * filters are AND across facets and OR within one, with live counts per value.
 */
import { distanceInKm, type Coordinates } from './distance.ts';
import type { Initiative } from './initiatives.ts';
import { occursOn, type PlainDate, type WeekdayCode } from './schedule.ts';
import { SearchIndex, termsOf } from './search-index.ts';
import { runInSlices, runNow, sortInSteps, type SliceOptions, type Steps } from './steps.ts';

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
  search(query: string): readonly number[];
  /**
   * Optional, to answer keystrokes faster: the matches for `query` found among `previousMatches`
   * (what `previousQuery` matched), or undefined when `query` might match something
   * `previousQuery` did not. May return `previousMatches` itself when nothing changes.
   */
  searchWithin?(query: string, previousQuery: string, previousMatches: readonly number[]): readonly number[] | undefined;
}

/** Builds the text search; the benchmark passes MiniSearch and Fuse.js here to compare. */
export type TextSearchFactory = (documents: SearchableInitiative[], weights: Record<IndexedField, number>) => TextSearch;

function textSearchOver(index: SearchIndex<IndexedField>): TextSearch {
  return {
    search: (query) => index.searchPositions(query),
    searchWithin: (query, previousQuery, previousMatches) => index.searchWithin(query, previousQuery, previousMatches),
  };
}

const defaultTextSearch: TextSearchFactory = (documents, weights) => textSearchOver(new SearchIndex(documents, weights));

const FACETS: Facet[] = [...LIST_FACETS, ...TOGGLE_FACETS];
const OPEN_TODAY = FACETS.indexOf('openToday');
const FREE_ONLY = FACETS.indexOf('freeOnly');
const WHEELCHAIR = FACETS.indexOf('wheelchair');

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The order residents see initiatives in: by name, case and accents aside, "Gym 9" before "Gym 10". */
export function compareInitiativeNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** One list facet's values per initiative as small numbers, so filtering and counting touch no strings. */
interface FacetTable {
  /** Value id → value. */
  values: string[];
  idOf: Map<string, number>;
  /** The value ids of the initiative at position p are `ids[starts[p]]` up to `ids[starts[p + 1]]`. */
  starts: Int32Array;
  ids: Int32Array;
}

/** One active filter: which facet it is (its place in `FACETS`), and whether the initiative at a position passes it. */
interface ActiveFilter {
  facet: number;
  passes: (position: number) => boolean;
}

/** One active filter, and what the results would be without it. */
export type DroppableFilter =
  | { kind: 'value'; facet: ListFacet; value: string; filters: FinderFilters; count: number }
  | { kind: 'toggle'; facet: ToggleFacet; filters: FinderFilters; count: number }
  | { kind: 'query'; filters: FinderFilters; count: number };

export interface FinderBuildOptions {
  /**
   * Leave the text index for later, so results without a query can show before it exists. It is
   * then built by `finishIndex` (in slices), or at once by the first search that needs it.
   */
  indexLater?: boolean | undefined;
  /** Work out which initiatives take place on this date during the build, not in the first search. */
  today?: PlainDate | undefined;
}

export class InitiativeFinder {
  private sorted: Initiative[] = [];
  private coordinates = false;
  private textSearch?: TextSearch;
  /** The index build, begun or not, while there is no index yet. */
  private indexing?: Steps<void>;
  private facetTables: FacetTable[] = [];
  private free = new Uint8Array(0);
  private wheelchairAccessible = new Uint8Array(0);

  constructor(initiatives: readonly Initiative[], createTextSearch: TextSearchFactory = defaultTextSearch) {
    runNow(this.fill(initiatives, createTextSearch));
    runNow(this.indexing!);
  }

  /** Sorts and indexes in small steps, for `runInSlices`; `new InitiativeFinder` runs the same steps at once. */
  static *build(
    initiatives: readonly Initiative[],
    createTextSearch: TextSearchFactory = defaultTextSearch,
    { indexLater = false, today }: FinderBuildOptions = {},
  ): Steps<InitiativeFinder> {
    const finder = new InitiativeFinder([], createTextSearch);
    yield* finder.fill(initiatives, createTextSearch);
    if (today) yield* finder.openOnSteps(today);
    if (!indexLater) yield* finder.indexing!;
    return finder;
  }

  /** Whether the text index exists yet (see `indexLater`). */
  get searchable(): boolean {
    return this.textSearch !== undefined;
  }

  /** The slicing that is building the index, and the signal it was started with. */
  private finishing?: { signal: AbortSignal | undefined; done: Promise<void> };

  /**
   * Builds the text index in slices, when the build left it for later; at once done otherwise.
   * Called again while it runs, it waits for the same run (one run of slices, not one per caller);
   * a run stopped by its starter's signal is taken over by a caller with another signal, or none.
   */
  async finishIndex({ signal, sliceMs }: SliceOptions = {}): Promise<void> {
    while (this.indexing) {
      const indexing = this.indexing;
      const run = (this.finishing ??= {
        signal,
        done: runInSlices(indexing, { signal, sliceMs }).finally(() => (this.finishing = undefined)),
      });
      try {
        await run.done;
      } catch (error) {
        if (run.signal === signal || !run.signal?.aborted) throw error;
      }
    }
  }

  private get index(): TextSearch {
    // A search before the index is done finishes it now: a slower keystroke, never a wrong answer.
    if (!this.textSearch) runNow(this.indexing!);
    return this.textSearch!;
  }

  /** All initiatives, by name. */
  get initiatives(): readonly Initiative[] {
    return this.sorted;
  }

  /** Whether any place has coordinates, so "near me" can mean something. */
  get hasCoordinates(): boolean {
    return this.coordinates;
  }

  private *fill(initiatives: readonly Initiative[], createTextSearch: TextSearchFactory): Steps<void> {
    this.textSearch = undefined;
    this.sorted = yield* sortInSteps(initiatives, (a, b) => compareInitiativeNames(a.name, b.name));
    const count = this.sorted.length;
    const tables = LIST_FACETS.map(() => ({ values: [] as string[], idOf: new Map<string, number>(), starts: new Int32Array(count + 1), ids: [] as number[] }));
    this.free = new Uint8Array(count);
    this.wheelchairAccessible = new Uint8Array(count);
    const documents: SearchableInitiative[] = [];
    for (let position = 0; position < count; position += 1) {
      const initiative = this.sorted[position]!;
      this.coordinates ||= initiative.places.some((place) => place.location.latitude !== undefined);
      LIST_FACETS.forEach((facet, f) => {
        const table = tables[f]!;
        table.starts[position] = table.ids.length;
        for (const value of valuesOf(initiative, facet)) {
          let id = table.idOf.get(value);
          if (id === undefined) table.idOf.set(value, (id = table.values.push(value) - 1));
          table.ids.push(id);
        }
      });
      if (initiative.free === true) this.free[position] = 1;
      if (initiative.wheelchairAccessible === true) this.wheelchairAccessible[position] = 1;
      documents.push({
        name: initiative.name,
        organization: initiative.organization?.name ?? '',
        description: initiative.description ?? '',
        tags: [...initiative.themes, ...initiative.targetGroups, ...initiative.neighbourhoods].join(' '),
      });
      yield;
    }
    this.facetTables = tables.map((table) => {
      table.starts[count] = table.ids.length;
      return { ...table, ids: Int32Array.from(table.ids) };
    });
    this.indexing = this.indexSteps(documents, createTextSearch);
  }

  private *indexSteps(documents: SearchableInitiative[], createTextSearch: TextSearchFactory): Steps<void> {
    this.textSearch =
      createTextSearch === defaultTextSearch
        ? textSearchOver(yield* SearchIndex.build(documents, FIELD_WEIGHTS))
        : createTextSearch(documents, FIELD_WEIGHTS);
    this.indexing = undefined;
  }

  private openOnCache?: { key: string; open: Uint8Array };

  /** Which initiatives (by position) take place on `date`, worked out once per date rather than per keystroke. */
  private openOn(date: PlainDate): Uint8Array {
    if (this.openOnCache?.key !== dateKey(date)) runNow(this.openOnSteps(date));
    return this.openOnCache!.open;
  }

  private *openOnSteps(date: PlainDate): Steps<void> {
    const open = new Uint8Array(this.sorted.length);
    for (let position = 0; position < this.sorted.length; position += 1) {
      if (this.sorted[position]!.schedules.some((schedule) => occursOn(schedule, date))) open[position] = 1;
      yield;
    }
    this.openOnCache = { key: dateKey(date), open };
  }

  private byId?: Map<string, Initiative>;

  get(id: string): Initiative | undefined {
    // Made on first use: few pages look initiatives up by id, and a large map is slow to grow during the build.
    this.byId ??= new Map(this.sorted.map((initiative) => [initiative.id, initiative]));
    return this.byId.get(id);
  }

  private facetValuesCache?: Record<ListFacet, string[]>;

  /** Every value each list facet has in the data, in a stable order, for drawing the filters. */
  facetValues(): Record<ListFacet, string[]> {
    this.facetValuesCache ??= this.collectFacetValues();
    return this.facetValuesCache;
  }

  private collectFacetValues(): Record<ListFacet, string[]> {
    const sorted = (facet: ListFacet) => [...this.facetTables[LIST_FACETS.indexOf(facet)]!.values].sort((a, b) => collator.compare(a, b));
    const days = new Set(this.facetTables[LIST_FACETS.indexOf('days')]!.values);
    return {
      themes: sorted('themes'),
      targetGroups: sorted('targetGroups'),
      neighbourhoods: sorted('neighbourhoods'),
      languages: sorted('languages'),
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((day) => days.has(day)),
    };
  }

  /**
   * A way out of an empty result: each active filter (and the query) with the number of results
   * without it, best first, only those that would find something.
   */
  withoutEachFilter(filters: FinderFilters, today: PlainDate, limit = 4): DroppableFilter[] {
    // Not through `find`: trying each filter should not push the resident's own result out of its cache.
    const count = (next: FinderFilters) => this.resultFor(this.textMatches(next.query), next, today).initiatives.length;
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

  private lastSearch?: { query: string; matches: readonly number[] };
  private lastFind?: { matches: readonly number[] | undefined; key: string; result: FinderResult };
  /** The result without a query is kept apart: typing "e", "ee", "een" or clearing the query returns to it. */
  private everythingFind?: { key: string; result: FinderResult };

  /**
   * Results for the filters, ranked by text match (or by name), or by distance from `near`.
   * Made for a call per keystroke: when the query comes down to the same words and nothing else
   * changed, the previous result object itself is returned (so treat results as read-only); when
   * the query only narrows the previous one, the text search looks among the previous matches only.
   */
  find(filters: FinderFilters, today: PlainDate, near?: Coordinates): FinderResult {
    const matches = this.textMatches(filters.query);
    // The coordinates by name: a browser's GeolocationCoordinates would stringify as {}.
    const place = near ? [near.latitude, near.longitude] : null;
    const key = JSON.stringify([LIST_FACETS.map((facet) => filters[facet]), TOGGLE_FACETS.map((facet) => filters[facet]), dateKey(today), place]);
    if (this.lastFind && this.lastFind.matches === matches && this.lastFind.key === key) return this.lastFind.result;
    const result = !matches && this.everythingFind?.key === key ? this.everythingFind.result : this.resultFor(matches, filters, today, near);
    if (!matches) this.everythingFind = { key, result };
    this.lastFind = { matches, key, result };
    return result;
  }

  /** Positions matching the query, best first; undefined when it has no searchable word yet ("w", "de") and so narrows nothing. */
  private textMatches(query: string): readonly number[] | undefined {
    if (termsOf(query).length === 0) return undefined;
    const last = this.lastSearch;
    if (last?.query === query) return last.matches;
    const matches = (last && this.index.searchWithin?.(query, last.query, last.matches)) ?? this.index.search(query);
    this.lastSearch = { query, matches };
    return matches;
  }

  private resultFor(matches: readonly number[] | undefined, filters: FinderFilters, today: PlainDate, near?: Coordinates): FinderResult {
    const openToday = this.openOn(today);
    const active = this.activeFilters(filters, openToday);
    const tables = this.facetTables;
    const listCounts = tables.map((table) => new Int32Array(table.values.length));
    const toggleCounts = [0, 0, 0];
    const countFacet = (facet: number, position: number) => {
      if (facet < tables.length) {
        const { starts, ids } = tables[facet]!;
        const counts = listCounts[facet]!;
        for (let k = starts[position]!; k < starts[position + 1]!; k += 1) counts[ids[k]!]! += 1;
      } else if (facet === OPEN_TODAY) toggleCounts[0]! += openToday[position]!;
      else if (facet === FREE_ONLY) toggleCounts[1]! += this.free[position]!;
      else toggleCounts[2]! += this.wheelchairAccessible[position]!;
    };
    const positions: number[] = [];
    const candidateCount = matches ? matches.length : this.sorted.length;
    for (let i = 0; i < candidateCount; i += 1) {
      const position = matches ? matches[i]! : i;
      // Which facets does it fail? Only 0 or 1 matter for results and counts, so stop at 2.
      let failed = -1;
      let failures = 0;
      for (const filter of active) {
        if (filter.passes(position)) continue;
        failures += 1;
        failed = filter.facet;
        if (failures > 1) break;
      }
      if (failures > 1) continue;
      // Matches all other facets: it counts for every value of the one facet it fails (or of all).
      if (failures === 1) {
        countFacet(failed, position);
        continue;
      }
      positions.push(position);
      for (let facet = 0; facet < FACETS.length; facet += 1) countFacet(facet, position);
    }
    const counts = {
      ...(Object.fromEntries(LIST_FACETS.map((facet, f) => [facet, countsByValue(tables[f]!.values, listCounts[f]!)])) as Record<ListFacet, Map<string, number>>),
      openToday: toggleCounts[0]!,
      freeOnly: toggleCounts[1]!,
      wheelchair: toggleCounts[2]!,
    };
    const initiatives = positions.map((position) => this.sorted[position]!);
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

  private activeFilters(filters: FinderFilters, openToday: Uint8Array): ActiveFilter[] {
    const active: ActiveFilter[] = [];
    LIST_FACETS.forEach((facet, f) => {
      const wanted: readonly string[] = filters[facet];
      if (wanted.length === 0) return;
      const { values, idOf, starts, ids } = this.facetTables[f]!;
      const isWanted = new Uint8Array(values.length);
      for (const value of wanted) {
        const id = idOf.get(value);
        if (id !== undefined) isWanted[id] = 1;
      }
      active.push({
        facet: f,
        passes: (position) => {
          for (let k = starts[position]!; k < starts[position + 1]!; k += 1) if (isWanted[ids[k]!]) return true;
          return false;
        },
      });
    });
    if (filters.openToday) active.push({ facet: OPEN_TODAY, passes: (position) => openToday[position] === 1 });
    if (filters.freeOnly) active.push({ facet: FREE_ONLY, passes: (position) => this.free[position] === 1 });
    if (filters.wheelchair) active.push({ facet: WHEELCHAIR, passes: (position) => this.wheelchairAccessible[position] === 1 });
    return active;
  }
}

function dateKey(date: PlainDate): string {
  return `${date.year}-${date.month}-${date.day}`;
}

/** The values counted at least once, with their counts. */
function countsByValue(values: readonly string[], counts: Int32Array): Map<string, number> {
  const byValue = new Map<string, number>();
  counts.forEach((count, id) => {
    if (count > 0) byValue.set(values[id]!, count);
  });
  return byValue;
}

function valuesOf(initiative: Initiative, facet: ListFacet): readonly string[] {
  return facet === 'days' ? initiative.weekdays : initiative[facet];
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
