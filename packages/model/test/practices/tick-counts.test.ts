import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noPrototype, toggleFilter, type FilterCounts, type SelectedFilters } from '../../src/practices/practice-search.ts';
import { searchWithTickCounts, tickCounts, type PagefindSearcher } from '../../src/practices/tick-counts.ts';

interface Page {
  title: string;
  filters: Record<string, string[]>;
}

/** Practices shaped like the learning house's: several principles each, "Wonen" as topic and domain. */
const PAGES: Page[] = [
  { title: 'Buurtkamer', filters: { principe: ['1', '3'], onderwerp: ['eenzaamheid', 'Wonen'], domein: ['Wonen', 'Welzijn'] } },
  { title: 'Wandelen', filters: { principe: ['1', '7'], onderwerp: ['bewegen'], domein: ['Welzijn'] } },
  { title: 'Keukentafel', filters: { principe: ['2', '5'], onderwerp: ['geldzaken'], domein: ['Welzijn'] } },
  { title: 'Taalcafé', filters: { principe: ['4', '7'], onderwerp: ['taal'], domein: ['Welzijn'] } },
  { title: 'Wijkteam', filters: { principe: ['3', '6'], onderwerp: ['preventie'], domein: ['Zorg', 'Welzijn'] } },
  { title: 'Huis', filters: { principe: ['1'], onderwerp: ['Wonen'], domein: ['Wonen'] } },
];

function allCounts(pages: Page[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const page of PAGES) for (const [name, values] of Object.entries(page.filters)) for (const value of values) (counts[name] ??= {})[value] = 0;
  for (const page of pages) for (const [name, values] of Object.entries(page.filters)) for (const value of values) counts[name]![value]! += 1;
  return counts;
}

/**
 * Pagefind's filter logic over `PAGES` (any of the values within a filter, every filter at
 * once; counts of the results found). With `onlyUsedFilters` it counts only the filters the
 * search names, as Pagefind does for filters whose chunks it has not loaded yet.
 */
function fakePagefind(onlyUsedFilters = false): PagefindSearcher<Page> & { searches: number } {
  return {
    searches: 0,
    async search(_term, options = {}) {
      this.searches += 1;
      const filters = options.filters ?? {};
      const results = PAGES.filter((page) => Object.entries(filters).every(([name, { any }]) => any.some((value) => page.filters[name]?.includes(value))));
      const counts = allCounts(results);
      if (onlyUsedFilters) for (const name of Object.keys(counts)) if (!Object.hasOwn(filters, name)) delete counts[name];
      return { results, filters: counts };
    },
  };
}

function resultsWith(selected: SelectedFilters): number {
  return PAGES.filter((page) => Object.entries(selected).every(([name, values]) => values.some((value) => page.filters[name]?.includes(value)))).length;
}

const choose = (...picks: [string, string][]) => picks.reduce((selected, [name, value]) => toggleFilter(selected, name, value, true), noPrototype<string[]>());

describe('practice search: what ticking a value gives', () => {
  const choices: [string, SelectedFilters][] = [
    ['nothing ticked', choose()],
    ['principle 7', choose(['principe', '7'])],
    ['principles 1 and 7', choose(['principe', '1'], ['principe', '7'])],
    ['principle 1 and domain Wonen', choose(['principe', '1'], ['domein', 'Wonen'])],
    ['principles 3 and 7, topic Wonen and domain Welzijn', choose(['principe', '3'], ['principe', '7'], ['onderwerp', 'Wonen'], ['domein', 'Welzijn'])],
  ];
  for (const [described, selected] of choices) {
    it(`counts, for every value with ${described}, the results ticking it shows (OR within a group, AND across groups)`, async () => {
      const { hits, counts } = await searchWithTickCounts(fakePagefind(), '', selected, allCounts(PAGES));
      assert.equal(hits.length, resultsWith(selected));
      for (const [name, values] of Object.entries(allCounts(PAGES))) {
        for (const value of Object.keys(values)) {
          const ticked = selected[name]?.includes(value) ?? false;
          const expected = ticked ? hits.length : resultsWith(toggleFilter(selected, name, value, true));
          assert.equal(counts[name]![value], expected, `${name} ${value}${ticked ? ' (ticked)' : ''}`);
        }
      }
    });
  }

  it('with principle 7 ticked, counts principle 1 as the four practices ticking it shows, not the one that has both', async () => {
    const { counts } = await searchWithTickCounts(fakePagefind(), '', choose(['principe', '7']), allCounts(PAGES));
    assert.equal(counts.principe!['1'], 4);
    assert.equal(counts.principe!['6'], 3);
    assert.equal(counts.domein!['Zorg'], 0, 'another group is counted within the results as they are');
  });

  it('asks Pagefind once, plus once per group with a choice', async () => {
    const pagefind = fakePagefind();
    await searchWithTickCounts(pagefind, '', choose(), allCounts(PAGES));
    assert.equal(pagefind.searches, 1);
    await searchWithTickCounts(pagefind, 'buurt', choose(['principe', '1'], ['principe', '7'], ['domein', 'Wonen']), allCounts(PAGES));
    assert.equal(pagefind.searches, 1 + 3);
  });

  it('keeps every group and value of the index when a search counts only the filters it used', async () => {
    const { counts } = await searchWithTickCounts(fakePagefind(true), '', choose(['domein', 'Zorg']), allCounts(PAGES));
    assert.deepEqual(Object.keys(counts).sort(), ['domein', 'onderwerp', 'principe']);
    assert.deepEqual(Object.keys(counts.principe!).sort(), ['1', '2', '3', '4', '5', '6', '7']);
  });

  it('counts nothing when the search finds nothing', () => {
    const selected = choose(['principe', '1']);
    const counts = tickCounts(allCounts(PAGES), selected, { total: 0, counts: {} }, noPrototype());
    assert.ok(Object.values(counts).every((values) => Object.values(values).every((count) => count === 0)));
  });

  it('treats filters named __proto__ and constructor as names', () => {
    const known = JSON.parse('{"__proto__": {"x": 1, "y": 1}, "constructor": {"z": 2}}') as FilterCounts;
    const selected = choose(['__proto__', 'x']);
    const without = Object.assign(noPrototype<Record<string, number>>(), JSON.parse('{"__proto__": {"x": 1, "y": 1}}') as Record<string, Record<string, number>>);
    const counts = tickCounts(known, selected, { total: 1, counts: JSON.parse('{"__proto__": {"x": 1, "y": 0}, "constructor": {"z": 1}}') as FilterCounts }, without);
    assert.equal(Object.getPrototypeOf(counts), null);
    assert.deepEqual({ ...counts['__proto__'] }, { x: 1, y: 2 });
    assert.deepEqual({ ...counts.constructor }, { z: 1 });
  });
});
