/**
 * Search and filters over initiatives, shared by the widget, the site and the benchmark.
 * Text search is `SearchIndex` (prefix, typo tolerance, field weights: name matches rank first);
 * filters are AND across facets and OR within one, with live counts per value.
 */
import { distanceInKm, type Coordinates } from './distance.ts';
import type { Initiative } from './initiatives.ts';
import { occursOn, type PlainDate, type WeekdayCode } from './schedule.ts';
import { SearchIndex } from './search-index.ts';

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

const FACETS: Facet[] = [...LIST_FACETS, ...TOGGLE_FACETS];

export class InitiativeFinder {
  readonly initiatives: readonly Initiative[];
  private readonly byId: Map<string, Initiative>;
  private readonly index: SearchIndex<IndexedField>;
  private readonly collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

  constructor(initiatives: readonly Initiative[]) {
    this.initiatives = [...initiatives].sort((a, b) => this.collator.compare(a.name, b.name));
    this.byId = new Map(this.initiatives.map((initiative) => [initiative.id, initiative]));
    this.index = new SearchIndex(
      this.initiatives.map((initiative) => ({
        name: initiative.name,
        organization: initiative.organization?.name ?? '',
        description: initiative.description ?? '',
        tags: [...initiative.themes, ...initiative.targetGroups, ...initiative.neighbourhoods].join(' '),
      })),
      FIELD_WEIGHTS,
    );
  }

  get(id: string): Initiative | undefined {
    return this.byId.get(id);
  }

  /** Every value each list facet has in the data, in a stable order, for drawing the filters. */
  facetValues(): Record<ListFacet, string[]> {
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

  /** Results for the filters, ranked by text match (or by name), or by distance from `near`. */
  find(filters: FinderFilters, today: PlainDate, near?: Coordinates): FinderResult {
    const candidates = filters.query.trim()
      ? this.index.search(filters.query).map((hit) => this.initiatives[hit.index]!)
      : this.initiatives;
    const counts = emptyCounts();
    const initiatives: Initiative[] = [];
    for (const initiative of candidates) {
      const failed = FACETS.filter((facet) => !matchesFacet(initiative, facet, filters, today));
      if (failed.length === 0) initiatives.push(initiative);
      if (failed.length > 1) continue;
      // Matches all other facets: it counts for every value of the one facet it fails (or of all).
      for (const facet of failed.length === 1 ? failed : FACETS) addCounts(counts, facet, initiative, today);
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

function isOpenOn(initiative: Initiative, today: PlainDate): boolean {
  return initiative.schedules.some((schedule) => occursOn(schedule, today));
}

function matchesFacet(initiative: Initiative, facet: Facet, filters: FinderFilters, today: PlainDate): boolean {
  switch (facet) {
    case 'openToday':
      return !filters.openToday || isOpenOn(initiative, today);
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

function addCounts(counts: FacetCounts, facet: Facet, initiative: Initiative, today: PlainDate): void {
  switch (facet) {
    case 'openToday':
      if (isOpenOn(initiative, today)) counts.openToday += 1;
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
