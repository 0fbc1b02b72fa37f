import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SearchIndex, visitWordsWithinTypos } from '../../src/finder/search-index.ts';
import { runNow, sortInSteps } from '../../src/finder/steps.ts';
import { BruteForceSearchIndex, bruteForceTypoMatches } from './brute-force-search-index.ts';

/** Few letters, so that random words are often near each other; one letter takes two UTF-16 units. */
const LETTERS = ['a', 'e', 'o', 'i', 'k', 'f', 'r', 's', 't', 'n', '𝔞'];
const letterWord = (maxLength: number) => fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength }).map((letters) => letters.join(''));

/** A word with one or two slips of the finger: a letter dropped, added, changed or two swapped. */
const misspelled = (word: string) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'add', 'change', 'swap', 'cut'), fc.constantFrom(...LETTERS)), { minLength: 1, maxLength: 2 }).map((slips) => {
    let result = word;
    for (const [at, slip, letter] of slips) {
      const i = at % Math.max(result.length, 1);
      if (slip === 'drop') result = result.slice(0, i) + result.slice(i + 1);
      else if (slip === 'add') result = result.slice(0, i) + letter + result.slice(i);
      else if (slip === 'change') result = result.slice(0, i) + letter + result.slice(i + 1);
      else if (slip === 'swap' && i + 1 < result.length) result = result.slice(0, i) + result[i + 1] + result[i] + result.slice(i + 2);
      else if (slip === 'cut') result = result.slice(0, Math.max(i, 1));
    }
    return result;
  });

describe('typo search', () => {
  it('finds exactly the words, with the distances, that comparing against every word finds', () => {
    const vocabularyAndTyped = fc
      .uniqueArray(letterWord(14), { minLength: 1, maxLength: 300 })
      .chain((words) => fc.tuple(fc.constant(words), fc.oneof(letterWord(14), fc.constantFrom(...words).chain(misspelled)), fc.integer({ min: 0, max: 3 })));
    fc.assert(
      fc.property(vocabularyAndTyped, ([words, typed, maxTypos]) => {
        const sorted = [...words].sort();
        const found = new Map<string, number>();
        visitWordsWithinTypos(sorted, typed, maxTypos, (position, distance) => {
          assert.equal(found.has(sorted[position]!), false, 'each word at most once');
          found.set(sorted[position]!, distance);
        });
        assert.deepEqual(found, bruteForceTypoMatches(sorted, typed, maxTypos));
      }),
      { numRuns: 2_000 },
    );
  });
});

const DUTCH_WORDS = ['koffie', 'Koffie', 'koffiedik', 'wandelen', 'wandelgroep', 'Wandel', 'taalcafé', 'Taalcafe', 'huisje', 'huisjes', 'buurthuis', 'buurtkamer', 'ontmoeten', 'ontmoeting', 'samen', 'tafeltje', 'tafelt', 'geldzaken', 'de', 'een', 'het', 'moestuin', 'bewegen', 'beweging', 'selwerd', 'é', '2026', 'taal', 'café', 'geldcafé', 'kamer', 'schulden', 'buurtmoestuin', 'zwangerschapscafé'];
/** Residents' words for some of the words above: one key of two words, words that are written words too. */
const SEARCH_WORDS = [
  { data: ['geldzaken'], nl: ['schulden', 'geld zorgen'], en: ['money'], ar: ['مال'] },
  { data: ['samen-bewegen', 'wandelgroep'], nl: ['sport', 'wandelen'], en: ['exercise'], ar: [] },
  { data: ['buurtkamer'], nl: ['huiskamer'], en: [], ar: [] },
];
const textOf = (maxWords: number) => fc.array(fc.constantFrom(...DUTCH_WORDS), { maxLength: maxWords }).map((words) => words.join(' '));
const documents = fc.array(fc.record({ name: textOf(4), description: textOf(12) }), { minLength: 1, maxLength: 40, size: 'max' });
const WEIGHTS = { name: 3, description: 1 };

/** What residents type: words of the data, their starts, misspellings, or a mix of words. */
const query = fc.oneof(
  fc.constantFrom(...DUTCH_WORDS, 'geld', 'sport', 'money', 'مال', 'huiskamer', 'zwangerschap'),
  fc.constantFrom(...DUTCH_WORDS).chain((word) => fc.nat(word.length).map((length) => word.slice(0, length + 1))),
  fc.constantFrom(...DUTCH_WORDS).chain(misspelled),
  fc.array(fc.constantFrom(...DUTCH_WORDS).chain((word) => fc.oneof(fc.constant(word), misspelled(word))), { maxLength: 3 }).map((words) => words.join(' ')),
);

describe('SearchIndex', () => {
  it('ranks and scores exactly as the brute-force index does', () => {
    fc.assert(
      fc.property(documents, fc.array(query, { minLength: 1, maxLength: 10 }), (docs, queries) => {
        const index = new SearchIndex(docs, WEIGHTS, { searchWords: SEARCH_WORDS });
        const reference = new BruteForceSearchIndex(docs, WEIGHTS, SEARCH_WORDS);
        for (const typed of queries) assert.deepEqual(index.search(typed), reference.search(typed), typed);
      }),
      { numRuns: 500 },
    );
  });

  it('builds the same index in steps as at once', () => {
    fc.assert(
      fc.property(documents, fc.array(query, { minLength: 1, maxLength: 5 }), (docs, queries) => {
        const stepped = runNow(SearchIndex.build(docs, WEIGHTS));
        const direct = new SearchIndex(docs, WEIGHTS);
        for (const typed of queries) assert.deepEqual(stepped.search(typed), direct.search(typed));
      }),
      { numRuns: 100 },
    );
  });

  it('searching within the previous matches gives what a fresh search gives, whenever it answers', () => {
    let answered = 0;
    const typing = query.chain((first) => fc.tuple(fc.constant(first), fc.oneof(query, fc.string({ maxLength: 3 }).map((more) => first + more))));
    fc.assert(
      fc.property(documents, typing, (docs, [previousQuery, nextQuery]) => {
        const index = new SearchIndex(docs, WEIGHTS);
        const within = index.searchWithin(nextQuery, previousQuery, index.searchPositions(previousQuery));
        if (within === undefined) return;
        answered += 1;
        assert.deepEqual(within, index.searchPositions(nextQuery));
      }),
      { numRuns: 1_000 },
    );
    assert.ok(answered > 100, `searched within previous matches only ${answered} times`);
  });

  it('searches within the previous matches for a longer start, but not when a typo could match more', () => {
    const index = new SearchIndex([{ text: 'wandelgroep' }, { text: 'wandelen' }, { text: 'koffie' }, { text: 'wandtapijt' }], { text: 1 });
    const wan = index.searchPositions('wan');
    assert.deepEqual(index.searchWithin('wande', 'wan', wan), [0, 1]);
    assert.equal(index.searchWithin('wan ', 'wan', wan), wan, 'the same words: the same matches');
    assert.equal(index.searchWithin('kofie', 'kofi', index.searchPositions('kofi')), undefined, '"kofi" finds nothing, "kofie" finds koffie');
  });
});

describe('sortInSteps', () => {
  it('orders like Array.prototype.sort, equal elements included', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3_000, size: 'max' }), (keys) => {
        const items = keys.map((key, id) => ({ key, id }));
        const expected = [...items].sort(byKey);
        const sorted = runNow(sortInSteps(items, byKey));
        // Only the first difference is reported: a diff of thousands of elements would stall shrinking.
        const firstDifference = expected.findIndex((item, i) => sorted[i] !== item);
        assert.equal(sorted.length, expected.length);
        assert.equal(firstDifference, -1, `first out of place at ${firstDifference}`);
      }),
      // Shrinking thousands of elements takes minutes; the first failing case says enough.
      { numRuns: 50, endOnFailure: true },
    );
  });
});
