/**
 * `InitiativeFinder.find` reuses work from one keystroke to the next. These tests check that it
 * does, and that whatever is typed or clicked in whatever order, the answer is exactly what a
 * fresh finder gives, and what the definition of the filters and counts says.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { EMPTY_FILTERS, InitiativeFinder, LIST_FACETS, type FinderFilters, type ListFacet, type TextSearchFactory, type ToggleFacet } from '../../src/finder/finder.ts';
import { readInitiativeFeed, type Initiative } from '../../src/finder/initiatives.ts';
import { occursOn, parsePlainDate, type PlainDate } from '../../src/finder/schedule.ts';
import { SearchIndex } from '../../src/finder/search-index.ts';
import { syntheticFeedWithVocabulary } from './synthetic-vocabulary.ts';

const demoFeed = JSON.parse(readFileSync(new URL('../../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8'));

function initiativesOf(feed: unknown): Initiative[] {
  const read = readInitiativeFeed(feed);
  assert.ok(read.ok);
  return read.initiatives;
}

const FEEDS = {
  demo: initiativesOf(demoFeed),
  synthetic: initiativesOf(syntheticFeedWithVocabulary(demoFeed, 150, { vocabularySize: 300 })),
};
const DATES = ['2026-11-23', '2026-11-25', '2026-12-06'].map(parsePlainDate);
const PLACES = [undefined, { latitude: 53.22, longitude: 6.56 }, { latitude: 51.9, longitude: 4.5 }];
const WORDS = ['koffie', 'wandelen', 'taalcafé', 'buurtkamer', 'kofie', 'wandelgreop', 'ontmoetn', 'geld', 'de', 'een', 'e', 'selwerd beweeg', 'hulp bij'];
const TYPED_LETTERS = [...'aeiounrstlkgwdbf ', 'é'];
const ALL_FACETS = ['themes', 'targetGroups', 'neighbourhoods', 'languages', 'days', 'openToday', 'freeOnly', 'wheelchair'] as const;

type Action =
  | { kind: 'type' }
  | { kind: 'letter'; letter: string }
  | { kind: 'backspace' }
  | { kind: 'start'; word: string; length: number }
  | { kind: 'value'; facet: ListFacet; pick: number }
  | { kind: 'toggle'; facet: ToggleFacet }
  | { kind: 'date'; pick: number }
  | { kind: 'near'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({ kind: 'type' as const }) },
  { weight: 2, arbitrary: fc.constantFrom(...TYPED_LETTERS).map((letter) => ({ kind: 'letter' as const, letter })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'backspace' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('start' as const), word: fc.constantFrom(...WORDS), length: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('value' as const), facet: fc.constantFrom(...LIST_FACETS), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), facet: fc.constantFrom<ToggleFacet>('openToday', 'freeOnly', 'wheelchair') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('date' as const), pick: fc.nat(DATES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('near' as const), pick: fc.nat(PLACES.length - 1) }) },
);

interface State {
  /** What the resident means to type; `type` adds its next letter. */
  word: string;
  filters: FinderFilters;
  today: PlainDate;
  near: (typeof PLACES)[number];
}

function apply(state: State, step: Action, finder: InitiativeFinder): State {
  const filters = state.filters;
  switch (step.kind) {
    case 'type': {
      const next = state.word.startsWith(filters.query) ? state.word[filters.query.length] : undefined;
      return next ? { ...state, filters: { ...filters, query: filters.query + next } } : state;
    }
    case 'letter':
      return { ...state, filters: { ...filters, query: filters.query + step.letter } };
    case 'backspace':
      return { ...state, filters: { ...filters, query: filters.query.slice(0, -1) } };
    case 'start':
      return { ...state, word: step.word, filters: { ...filters, query: step.word.slice(0, step.length) } };
    case 'value': {
      // A value from the data, or now and then one it does not have.
      const values = [...finder.facetValues()[step.facet], 'not-in-the-data'];
      const value = values[step.pick % values.length]!;
      const chosen = filters[step.facet] as string[];
      const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
      return { ...state, filters: { ...filters, [step.facet]: next } };
    }
    case 'toggle':
      return { ...state, filters: { ...filters, [step.facet]: !filters[step.facet] } };
    case 'date':
      return { ...state, today: DATES[step.pick]! };
    case 'near':
      return { ...state, near: PLACES[step.pick] };
  }
}

const ids = (initiatives: readonly Initiative[]) => initiatives.map((initiative) => initiative.id);

/** Results and counts straight from their definition, over what the query alone finds. */
function byDefinition(initiatives: readonly Initiative[], { filters, today }: State) {
  const valuesOf = (initiative: Initiative, facet: ListFacet): readonly string[] => (facet === 'days' ? initiative.weekdays : initiative[facet]);
  const isOpen = (initiative: Initiative) => initiative.schedules.some((schedule) => occursOn(schedule, today));
  const toggleHolds = { openToday: isOpen, freeOnly: (i: Initiative) => i.free === true, wheelchair: (i: Initiative) => i.wheelchairAccessible === true };
  const passes = (initiative: Initiative, facet: (typeof ALL_FACETS)[number]) => {
    if (facet === 'openToday' || facet === 'freeOnly' || facet === 'wheelchair') return !filters[facet] || toggleHolds[facet](initiative);
    const wanted: readonly string[] = filters[facet];
    return wanted.length === 0 || valuesOf(initiative, facet).some((value) => wanted.includes(value));
  };
  const passesAllBut = (initiative: Initiative, except?: string) => ALL_FACETS.every((facet) => facet === except || passes(initiative, facet));
  const counts = Object.fromEntries(
    ALL_FACETS.map((facet) => {
      const counted = initiatives.filter((initiative) => passesAllBut(initiative, facet));
      if (facet === 'openToday' || facet === 'freeOnly' || facet === 'wheelchair') return [facet, counted.filter(toggleHolds[facet]).length];
      const byValue = new Map<string, number>();
      for (const initiative of counted) for (const value of valuesOf(initiative, facet)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
      return [facet, byValue];
    }),
  );
  return { ids: ids(initiatives.filter((initiative) => passesAllBut(initiative))), counts };
}

describe('InitiativeFinder.find, keystroke by keystroke', () => {
  for (const [name, initiatives] of Object.entries(FEEDS)) {
    it(`answers exactly as a fresh finder and as the definition does, on the ${name} feed`, () => {
      const runs = name === 'demo' ? 50 : 25;
      // What the sequences exercised, so the test cannot pass by never reaching the reuse.
      const calls: string[] = [];
      let reused = 0;
      let nonEmptyWithFilters = 0;
      fc.assert(
        fc.property(fc.array(action, { minLength: 1, maxLength: 30, size: 'max' }), (actions) => {
          const finder = new InitiativeFinder(initiatives, countingTextSearch(calls));
          let state: State = { word: '', filters: EMPTY_FILTERS, today: DATES[0]!, near: undefined };
          let previous: unknown;
          for (const step of actions) {
            state = apply(state, step, finder);
            const fresh = new InitiativeFinder(initiatives);
            const expected = fresh.find(state.filters, state.today, state.near);
            const actual = finder.find(state.filters, state.today, state.near);
            if (actual === previous) reused += 1;
            previous = actual;
            if (actual.initiatives.length > 0 && JSON.stringify(state.filters).includes('true')) nonEmptyWithFilters += 1;
            assert.deepEqual(ids(actual.initiatives), ids(expected.initiatives), JSON.stringify(state));
            assert.deepEqual(actual.counts, expected.counts);
            assert.deepEqual(actual.distances, expected.distances);
            const textOnly = fresh.find({ ...EMPTY_FILTERS, query: state.filters.query }, state.today).initiatives;
            const defined = byDefinition(textOnly, state);
            assert.deepEqual(ids(fresh.find(state.filters, state.today).initiatives), defined.ids, 'results by definition');
            assert.deepEqual(actual.counts, defined.counts, 'counts by definition');
            if (actual.initiatives.length === 0) assert.deepEqual(finder.withoutEachFilter(state.filters, state.today), fresh.withoutEachFilter(state.filters, state.today));
          }
        }),
        { numRuns: runs },
      );
      const searchedWithin = calls.filter((call) => call.startsWith('within ')).length;
      assert.ok(searchedWithin >= runs / 2 && reused >= runs && nonEmptyWithFilters >= runs / 2, `within ${searchedWithin}, reused ${reused}, non-empty with a toggle on ${nonEmptyWithFilters}`);
    });
  }
});

/** The default text search, counting how the finder uses it. */
function countingTextSearch(calls: string[]): TextSearchFactory {
  return (documents, weights) => {
    const index = new SearchIndex(documents, weights);
    return {
      search: (query) => {
        calls.push(`search ${query}`);
        return index.searchPositions(query);
      },
      searchWithin: (query, previousQuery, previousMatches) => {
        const matches = index.searchWithin(query, previousQuery, previousMatches);
        calls.push(`${matches ? 'within' : 'not within'} ${query}`);
        return matches;
      },
    };
  };
}

describe('InitiativeFinder.find reuses work', () => {
  const today = DATES[1]!;
  const at = (query: string, extra: Partial<FinderFilters> = {}) => ({ ...EMPTY_FILTERS, ...extra, query });

  it('returns the previous result itself when the query narrows nothing', () => {
    const finder = new InitiativeFinder(FEEDS.demo);
    const everything = finder.find(at(''), today);
    assert.equal(finder.find(at('e'), today), everything, '"e" is too short to search on');
    assert.equal(finder.find(at('een'), today), everything, '"een" is a stop word');
    const koffie = finder.find(at('koffie'), today);
    assert.equal(finder.find(at('Koffie '), today), koffie, 'the same word');
    assert.equal(finder.find(at('de'), today), everything, 'back to no searchable word');
    assert.notEqual(finder.find(at('koffie', { freeOnly: true }), today), koffie, 'another filter');
  });

  it('searches a longer query within the previous matches, and a filter change not at all', () => {
    const calls: string[] = [];
    const finder = new InitiativeFinder(FEEDS.demo, countingTextSearch(calls));
    for (const query of ['wa', 'wan', 'wand', 'wan', 'kofi', 'kofie']) finder.find(at(query), today);
    finder.find(at('kofie', { freeOnly: true }), today);
    // "kofi" matches nothing (too short for a typo), so it is trivially within; "kofie" may match by typo.
    // From the third letter, parts of compounds match too ("wandeling" in Zondagochtendwandeling): "wan" searches afresh.
    assert.deepEqual(calls, [
      'search wa',
      'not within wan',
      'search wan',
      'within wand',
      'not within wan',
      'search wan',
      'within kofi',
      'not within kofie',
      'search kofie',
    ]);
  });

  it('tells places apart whose coordinates are getters, as a browser position has them', () => {
    class Position {
      readonly #at: [number, number];
      constructor(latitude: number, longitude: number) {
        this.#at = [latitude, longitude];
      }
      get latitude() {
        return this.#at[0];
      }
      get longitude() {
        return this.#at[1];
      }
    }
    const finder = new InitiativeFinder(FEEDS.demo);
    const north = finder.find(at(''), today, new Position(53.22, 6.56));
    const south = finder.find(at(''), today, new Position(51.9, 4.5));
    assert.notDeepEqual(ids(south.initiatives), ids(north.initiatives));
  });

  it('works with a text search that cannot search within previous matches', () => {
    const finder = new InitiativeFinder(FEEDS.demo, (documents, weights) => {
      const index = new SearchIndex(documents, weights);
      return { search: (query) => index.searchPositions(query) };
    });
    const fresh = new InitiativeFinder(FEEDS.demo);
    for (const query of ['w', 'wa', 'wan', 'wandelen', 'wandel']) assert.deepEqual(ids(finder.find(at(query), today).initiatives), ids(fresh.find(at(query), today).initiatives));
  });
});
