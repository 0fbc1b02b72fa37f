import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeFilterCount,
  excerptParts,
  excerptWithoutRepeats,
  filterGroups,
  noPrototype,
  orderFilterNames,
  pagefindFilters,
  practiceIndexEntryUrl,
  practiceResult,
  practiceResults,
  practiceUrlKeys,
  stateFromUrlValues,
  toggleFilter,
  urlValuesFromState,
  type FilterCounts,
  type PagefindResultData,
} from '../../src/practices/practice-search.ts';

const context = { indexUrl: 'https://leerhuis.example/pagefind/', pageOrigin: 'https://partner.example' };

/** Counts as Pagefind's browser API returns them: parsed JSON, so `__proto__` is an own key. */
const hostileCounts = JSON.parse('{"__proto__": {"x": 1}, "constructor": {"y": 2}, "zoek": {"z": 1}, "principe": {"10. Tien": 1, "2. Twee": 3, "1. Een": 2}}') as FilterCounts;

describe('practice search: results', () => {
  it('resolves a result URL against the index and tells another origin', () => {
    const result = practiceResult({ url: '/goede-voorbeelden/a/', excerpt: 'tekst', meta: { title: ' Buurtkamer ' }, filters: {} }, context)!;
    assert.equal(result.href, 'https://leerhuis.example/goede-voorbeelden/a/');
    assert.equal(result.title, 'Buurtkamer');
    assert.equal(result.external, true);
    assert.equal(practiceResult({ url: '/a/' }, { ...context, pageOrigin: 'https://leerhuis.example' })!.external, false);
  });

  it('leaves out, never throws on, URLs that do not parse or are not web pages', () => {
    const data: PagefindResultData[] = [{ url: 'http://[::1' }, { url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }, { url: '/goed/' }];
    const { results, skipped } = practiceResults(data, context);
    assert.deepEqual(
      results.map((result) => result.href),
      ['https://leerhuis.example/goed/'],
    );
    assert.equal(skipped, 3);
    assert.equal(practiceResult({ url: undefined as unknown as string }, context), undefined);
  });

  it('falls back to the URL when a result has no title', () => {
    assert.equal(practiceResult({ url: '/a/', meta: { title: '  ' } }, context)!.title, 'https://leerhuis.example/a/');
  });

  it('gives each tag once, principles first, at most six', () => {
    const result = practiceResult(
      {
        url: '/a/',
        filters: { plaats: ['Groningen'], onderwerp: ['ontmoeten', 'eenzaamheid', 'ontmoeten'], principe: ['1. Een', '3. Drie', '1. Een'], doelgroep: ['ouderen', 'Groningen', 'iedereen'] },
      },
      context,
    )!;
    assert.deepEqual(result.tags, ['1. Een', '3. Drie', 'ontmoeten', 'eenzaamheid', 'ouderen', 'Groningen']);
  });

  it('gives a value that is a topic and a domain one tag, whatever its case', () => {
    const result = practiceResult({ url: '/a/', filters: { domein: ['Wonen', 'Welzijn'], onderwerp: ['wonen', 'Wonen'], principe: ['1. Een'] } }, context)!;
    assert.deepEqual(result.tags, ['1. Een', 'wonen', 'Welzijn']);
  });

  it('gives the title once: the excerpt of a practice page starts after its title and facts line', () => {
    const result = practiceResult(
      {
        url: '/goede-voorbeelden/wijkbedrijf-selwerd/',
        meta: { title: 'Wijkbedrijf Selwerd: een uitzendbureau van en voor de wijk' },
        excerpt: 'Wijkbedrijf Selwerd: een uitzendbureau van en voor de wijk. Plaats: Groningen (Selwerd) (Groningen). Wijkbedrijf Selwerd is een bedrijf in de wijk.',
        filters: { plaats: ['Groningen (Selwerd)'], domein: ['Wonen'] },
      },
      context,
    )!;
    assert.deepEqual(result.excerpt, [{ text: 'Wijkbedrijf Selwerd is een bedrijf in de wijk.', marked: false }]);
    assert.deepEqual(result.tags, ['Wonen', 'Groningen (Selwerd)']);
  });

  it('keeps a place cut from the excerpt among the six tags, so it is said once, not never', () => {
    const result = practiceResult(
      {
        url: '/a/',
        meta: { title: 'Buurtkamer' },
        excerpt: 'Buurtkamer. Plaats: Oss (Noord-Brabant). Tekst.',
        filters: { principe: ['1. Een', '3. Drie'], onderwerp: ['a', 'b'], domein: ['c', 'd'], doelgroep: ['e'], plaats: ['Oss'] },
      },
      context,
    )!;
    assert.deepEqual(result.tags, ['1. Een', '3. Drie', 'a', 'b', 'c', 'Oss']);
    assert.deepEqual(result.excerpt, [{ text: 'Tekst.', marked: false }]);
  });

  it('reads tags from a filter named __proto__ as tags', () => {
    const filters = JSON.parse('{"__proto__": ["proto-waarde"], "constructor": ["c"]}') as Record<string, string[]>;
    assert.deepEqual(practiceResult({ url: '/a/', filters }, context)!.tags, ['proto-waarde', 'c']);
  });
});

describe('practice search: excerpts', () => {
  it('splits marked matches from text and decodes what Pagefind escaped', () => {
    assert.deepEqual(excerptParts('Samen <mark>wandelen</mark> &amp; praten &lt;b&gt; &#39;s &#x263A;'), [
      { text: 'Samen ', marked: false },
      { text: 'wandelen', marked: true },
      { text: " & praten <b> 's \u263a", marked: false },
    ]);
  });

  it('drops any other tag, so an excerpt is never markup', () => {
    const parts = excerptParts('a<img src=x onerror="alert(1)"><script>alert(2)</script><mark>b</mark>');
    assert.deepEqual(parts, [
      { text: 'aalert(2)', marked: false },
      { text: 'b', marked: true },
    ]);
    assert.ok(parts.every((part) => !part.text.includes('<img')));
  });

  it('leaves unknown entities as they are', () => {
    assert.deepEqual(excerptParts('&bogus; &#0; &#99999999;'), [{ text: '&bogus; &#0; &#99999999;', marked: false }]);
  });

  it('cuts a repeated title and facts line with matches marked in them, the text after keeping its marks', () => {
    const parts = excerptParts('Samen <mark>wandelen</mark> in Ruwaard. Place: Oss (Noord-Brabant). Every Tuesday neighbours go <mark>walking</mark>.');
    assert.deepEqual(excerptWithoutRepeats(parts, 'Samen wandelen in Ruwaard', ['1. Een', 'Oss'], 'en'), {
      excerpt: [
        { text: 'Every Tuesday neighbours go ', marked: false },
        { text: 'walking', marked: true },
        { text: '.', marked: false },
      ],
      named: ['Oss'],
    });
  });

  it('cuts the end of a title when the excerpt starts inside it', () => {
    const parts = excerptParts('van en voor de wijk. Plaats: Groningen (Selwerd) (Groningen). Bewoners doen mee.');
    assert.deepEqual(excerptWithoutRepeats(parts, 'Wijkbedrijf Selwerd: een uitzendbureau van en voor de wijk', ['Groningen (Selwerd)']).excerpt, [{ text: 'Bewoners doen mee.', marked: false }]);
  });

  it('leaves an excerpt alone that only looks like a title or a fact', () => {
    const keep = (excerpt: string, title: string, tags: string[]) => assert.deepEqual(excerptWithoutRepeats(excerptParts(excerpt), title, tags), { excerpt: excerptParts(excerpt), named: [] });
    keep('Buurtkamers in Selwerd zijn open.', 'Buurtkamer', []);
    keep('wijk is waar mensen wonen.', 'Van en voor de wijk', []);
    keep('Let op: Oss heeft er nog een. En meer.', 'Titel', ['Oss']);
    keep('Plaats: Ossendrecht (Zeeland). Meer.', 'Titel', ['Oss']);
    assert.deepEqual(excerptWithoutRepeats([], 'Titel', ['Oss']), { excerpt: [], named: [] });
  });
});

describe('practice search: filters', () => {
  it('orders groups with principles first, a partner order before that, the rest A–Z', () => {
    assert.deepEqual(orderFilterNames(['plaats', 'zeker', 'onderwerp', 'principe', 'anders', 'domein', 'doelgroep']), ['principe', 'onderwerp', 'domein', 'doelgroep', 'plaats', 'anders', 'zeker']);
    assert.deepEqual(orderFilterNames(['plaats', 'principe', 'onderwerp'], ['plaats']), ['plaats', 'principe', 'onderwerp']);
    assert.deepEqual(orderFilterNames(['place', 'topic', 'principle']), ['principle', 'topic', 'place']);
  });

  it('puts principles first also when an index spells its filter names with capitals', () => {
    assert.deepEqual(orderFilterNames(['Plaats', 'Domein', 'Principe', 'Doelgroep', 'Onderwerp']), ['Principe', 'Onderwerp', 'Domein', 'Doelgroep', 'Plaats']);
    assert.deepEqual(orderFilterNames(['Place', 'Audience', 'Principle'], ['audience']), ['Audience', 'Principle', 'Place']);
  });

  it('builds groups from counts with a filter named __proto__, values sorted as people count', () => {
    const selected = toggleFilter(noPrototype(), '__proto__', 'x', true);
    const groups = filterGroups(hostileCounts, selected);
    assert.deepEqual(
      groups.map((group) => group.name),
      ['principe', '__proto__', 'constructor', 'zoek'],
    );
    assert.deepEqual(
      groups[0]!.options.map((option) => option.value),
      ['1. Een', '2. Twee', '10. Tien'],
    );
    assert.deepEqual(groups[1]!.options, [{ value: 'x', count: 1, selected: true }]);
    assert.deepEqual(groups[2]!.options, [{ value: 'y', count: 2, selected: false }]);
  });

  it('keeps a chosen value the counts lack, so it can be unticked', () => {
    const selected = toggleFilter(noPrototype(), 'principe', '7. Zeven', true);
    const options = filterGroups({ principe: { '1. Een': 2 } }, selected)[0]!.options;
    assert.deepEqual(options.at(-1), { value: '7. Zeven', count: 0, selected: true });
  });

  it('ticks and unticks without changing the old choice, and counts what is ticked', () => {
    const none = noPrototype<string[]>();
    const one = toggleFilter(none, 'constructor', 'y', true);
    const two = toggleFilter(one, 'principe', '1. Een', true);
    assert.equal(activeFilterCount(none), 0);
    assert.equal(activeFilterCount(two), 2);
    assert.equal(activeFilterCount(toggleFilter(two, 'constructor', 'y', false)), 1);
    assert.deepEqual(Object.keys(toggleFilter(two, 'constructor', 'y', false)), ['principe']);
    assert.equal(activeFilterCount(one), 1);
  });

  it('passes the choice to Pagefind as "any of" per filter, __proto__ included as a name', () => {
    const selected = toggleFilter(toggleFilter(noPrototype(), '__proto__', 'x', true), 'principe', '1. Een', true);
    const filters = pagefindFilters(selected);
    assert.equal(JSON.stringify(filters), '{"__proto__":{"any":["x"]},"principe":{"any":["1. Een"]}}');
    assert.equal(Object.getPrototypeOf(filters), null);
  });
});

describe('practice search: URL state', () => {
  it('links the search words and every filter, except one named like the words', () => {
    assert.deepEqual(practiceUrlKeys(Object.keys(hostileCounts)), ['zoek', '__proto__', 'constructor', 'principe']);
  });

  it('reads words and known values from URL values, with hostile names as plain keys', () => {
    // As UrlStateController.read gives them: a null-prototype record with hostile names as keys.
    const values = Object.assign(
      noPrototype<string[]>(),
      JSON.parse('{"zoek": ["buurt"], "__proto__": ["x", "onbekend"], "constructor": ["y"], "principe": ["1. Een", "1. Een", "99. Niet"], "plaats": ["Groningen"]}'),
    ) as Record<string, string[]>;
    const state = stateFromUrlValues(values, hostileCounts);
    assert.equal(state.query, 'buurt');
    assert.deepEqual(Object.entries(state.selected), [
      ['__proto__', ['x']],
      ['constructor', ['y']],
      ['principe', ['1. Een']],
    ]);
    assert.equal(Object.getPrototypeOf(state.selected), null);
    assert.deepEqual(stateFromUrlValues(noPrototype(), {}), { query: '', selected: noPrototype() });
  });

  it('writes words and choice as URL values, and nothing for an empty search', () => {
    const selected = toggleFilter(noPrototype(), 'constructor', 'y', true);
    assert.deepEqual({ ...urlValuesFromState(' buurt ', selected) }, { zoek: ['buurt'], constructor: ['y'] });
    assert.deepEqual(Object.keys(urlValuesFromState('  ', noPrototype())), []);
  });
});

describe('practice search: where the index is', () => {
  const page = 'https://partner.example/zoeken/';
  it('finds the entry file from a folder with or without the slash, or from pagefind.js', () => {
    assert.equal(practiceIndexEntryUrl('https://leerhuis.example/pagefind/', page), 'https://leerhuis.example/pagefind/pagefind-entry.json');
    assert.equal(practiceIndexEntryUrl('https://leerhuis.example/pagefind', page), 'https://leerhuis.example/pagefind/pagefind-entry.json');
    assert.equal(practiceIndexEntryUrl('/pagefind/pagefind.js?v=2', page), 'https://partner.example/pagefind/pagefind-entry.json');
    assert.equal(practiceIndexEntryUrl('index/', page), 'https://partner.example/zoeken/index/pagefind-entry.json');
  });

  it('refuses what is not an http(s) address', () => {
    assert.equal(practiceIndexEntryUrl('javascript:alert(1)', page), undefined);
    assert.equal(practiceIndexEntryUrl('http://[::1', page), undefined);
    assert.equal(practiceIndexEntryUrl('data:text/javascript,1', page), undefined);
  });
});
