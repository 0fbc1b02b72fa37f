/**
 * Search words residents use (issue #14): parts of Dutch compounds ("cafe" finds Taalcafé) and
 * the words residents type for the data's themes and target groups ("schulden" finds the money
 * activities), in the demo feeds and in the index itself. Words as written always rank first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isTargetGroupSlug, isThemeSlug, searchWords } from '../../src/catalogue/index.ts';
import { EMPTY_FILTERS, InitiativeFinder } from '../../src/finder/finder.ts';
import { readInitiativeFeed, type Initiative } from '../../src/finder/initiatives.ts';
import { parsePlainDate } from '../../src/finder/schedule.ts';
import { SearchIndex, termsOf } from '../../src/finder/search-index.ts';
import { compoundParts, normaliseTerm } from '../../src/finder/text.ts';

const today = parsePlainDate('2026-11-25');

function finderFor(file: string): { find: (query: string) => string[]; initiatives: readonly Initiative[] } {
  const read = readInitiativeFeed(JSON.parse(readFileSync(new URL(`../../../content/feeds/${file}`, import.meta.url), 'utf8')));
  assert.ok(read.ok);
  const finder = new InitiativeFinder(read.initiatives);
  return {
    find: (query) => finder.find({ ...EMPTY_FILTERS, query }, today).initiatives.map((initiative) => initiative.id),
    initiatives: read.initiatives,
  };
}

const dutch = finderFor('demo-initiatives.json');
const withTheme = (theme: string) => dutch.initiatives.filter((initiative) => initiative.themes.includes(theme)).map((initiative) => initiative.id);
const MONEY = withTheme('geldzaken');
const FOOD = withTheme('eten');
const COMPOUND_CAFES = [
  'taalcafe-selwerd',
  'taalcafe-vrouwen-beverwaard',
  'mantelzorgcafe-selwerd',
  'mantelzorgcafe-ruwaard',
  'geldcafe-ruwaard',
  'klaproos-naaicafe',
  'herstelcafe-ruwaard',
  'digicafe-ruwaard',
  'werkcafe-beverwaard',
  'zwangerschapscafe-beverwaard',
];
const REPAIR_CAFES = ['repair-cafe-selwerd', 'repair-cafe-beverwaard'];

const includesAll = (found: readonly string[], wanted: readonly string[]) => {
  const missing = wanted.filter((id) => !found.includes(id));
  assert.deepEqual(missing, [], `missing ${missing.join(', ')} in ${found.join(', ')}`);
};

describe('Dutch compounds', () => {
  it('"cafe" finds Taalcafé, Mantelzorgcafé and every other café in the demo feed', () => {
    assert.ok(MONEY.length === 10 && FOOD.length === 8, 'the demo feed as these tests know it');
    for (const query of ['cafe', 'café', 'Cafe']) includesAll(dutch.find(query), [...COMPOUND_CAFES, ...REPAIR_CAFES]);
  });

  it('ranks a café written as a word (Repair Café) above every café that is part of a word', () => {
    const found = dutch.find('cafe');
    assert.deepEqual(found.slice(0, 2).sort(), [...REPAIR_CAFES].sort());
    assert.deepEqual(found.slice(2).sort(), [...COMPOUND_CAFES].sort());
  });

  it('finds the head of a compound and the words in its middle, with a neighbourhood too', () => {
    includesAll(dutch.find('tuin'), ['buurttuin-de-groene-vinger', 'moestuin-de-boomgaard', 'buitenfit-beweegtuin']);
    includesAll(dutch.find('spreekuur'), ['woonspreekuur-vier-linden', 'wijkpunt-ruwaard-inloop', 'papierwerk-spreekuur-ruwaard']);
    assert.deepEqual(dutch.find('cafe selwerd').sort(), ['mantelzorgcafe-selwerd', 'repair-cafe-selwerd', 'taalcafe-selwerd']);
  });

  it('splits by the text own words: heads other compounds show, linking letters, no suffixes or prefixes', () => {
    const words = ['taal', 'taalcafe', 'cafe', 'geld', 'geldcafe', 'digicafe', 'zwangerschap', 'zwangerschapscafe', 'huis', 'werk', 'klas', 'huiswerkklas'];
    const more = ['ontmoeten', 'eten', 'gezond', 'gezondheid', 'heid', 'kinder', 'kinderen', 'vereniging', 'ging', 'vereni'];
    const vocabulary = new Set([...words, ...more].map((word) => normaliseTerm(word)));
    const parts = compoundParts([...words, ...more], (folded) => vocabulary.has(normaliseTerm(folded)));
    assert.deepEqual(parts.get('taalcafe'), ['cafe']);
    assert.deepEqual(parts.get('digicafe'), ['cafe'], 'taalcafé shows café is a head; "digi" need not be a word');
    assert.deepEqual(parts.get('zwangerschapscafe'), ['cafe'], 'linking -s-');
    assert.deepEqual(parts.get('huiswerkklas')?.sort(), ['klas', 'werk'], 'the middle word too; the first is found as a start already');
    for (const word of more) assert.equal(parts.get(word), undefined, `${word} is no compound here`);
  });
});

describe("Words residents use for the data's words", () => {
  it('"schulden", "schuldhulp", "geldzorgen", "rondkomen" find the money activities', () => {
    for (const query of ['schulden', 'schuldhulp', 'geldzorgen', 'rondkomen', 'schuld']) includesAll(dutch.find(query), MONEY);
  });

  it('"voedselbank" finds the food activities, the food parcels first', () => {
    const found = dutch.find('voedselbank');
    includesAll(found, FOOD);
    assert.deepEqual(found.slice(0, 2).sort(), ['uitgifte-voedselpakketten-beverwaard', 'voedselpakket-groningen-noord']);
  });

  it('ranks the activities that have the word as written first', () => {
    assert.equal(dutch.find('schulden')[0], 'geldcafe-ruwaard', 'its text says "schulden"');
    assert.equal(dutch.find('geldzorgen')[0], 'wijkaanjagers-inloop-beverwaard', 'its text says "geldzorgen"');
  });

  it('works in English and Arabic, on the English and Arabic feeds too', () => {
    const english = finderFor('demo-initiatives.en.json');
    const arabic = finderFor('demo-initiatives.ar.json');
    for (const find of [dutch.find, english.find, arabic.find]) {
      for (const query of ['debt', 'ديون', 'schulden']) includesAll(find(query), MONEY);
      includesAll(find('food'), FOOD);
    }
    assert.deepEqual(english.find('food bank').slice(0, 2).sort(), ['uitgifte-voedselpakketten-beverwaard', 'voedselpakket-groningen-noord']);
    assert.deepEqual(arabic.find('بنك الطعام').slice(0, 2).sort(), ['uitgifte-voedselpakketten-beverwaard', 'voedselpakket-groningen-noord']);
  });

  it('is data a content editor can extend: known slugs, words in all three languages, each searchable', () => {
    assert.ok(searchWords.length > 0);
    for (const entry of searchWords) {
      assert.ok(entry.data.length > 0);
      for (const word of entry.data) {
        if (word.includes('-')) assert.ok(isThemeSlug(word) || isTargetGroupSlug(word), `${word} is no theme or target group`);
        assert.ok(termsOf(word).length > 0, word);
      }
      assert.ok(entry.en.length > 0 && entry.ar.length > 0, entry.data.join());
      for (const list of [entry.nl, entry.en, entry.ar]) {
        assert.equal(new Set(list).size, list.length, `a word twice in ${list.join(', ')}`);
        for (const word of list) assert.ok(termsOf(word).length > 0 && word === word.trim().toLowerCase(), `"${word}"`);
      }
    }
  });
});

describe('SearchIndex: parts and residents words', () => {
  // "Taal" and "geld" on their own make Taalcafé and Geldcafé compounds of known words.
  const documents = [{ text: 'Repair Café' }, { text: 'Taalcafé' }, { text: 'Geldcafé' }, { text: 'Spreekuur geldzaken' }, { text: 'een café verderop' }, { text: 'taal en geld' }];
  const own = [{ data: ['geldzaken'], nl: ['schulden'], en: ['debt'], ar: [] }];

  it('takes its words from the options, and ranks written words above parts and residents words', () => {
    const index = new SearchIndex(documents, { text: 1 }, { searchWords: own });
    const cafe = index.searchPositions('cafe');
    assert.deepEqual(cafe.slice(0, 2).sort(), [0, 4], 'café as a word, even in a longer text');
    assert.deepEqual(cafe.slice(2).sort(), [1, 2]);
    assert.deepEqual(index.searchPositions('debt'), [3]);
    assert.deepEqual(new SearchIndex(documents, { text: 1 }, { searchWords: [] }).searchPositions('schulden'), []);
  });

  it('matches parts and residents words from the third letter typed, and searches within the previous matches only when that is right', () => {
    const index = new SearchIndex(documents, { text: 1 }, { searchWords: own });
    assert.deepEqual(index.searchPositions('ca').sort(), [0, 4], 'two letters: words as written only');
    assert.deepEqual(index.searchPositions('caf').sort(), [0, 1, 2, 4]);
    assert.equal(index.searchWithin('caf', 'ca', index.searchPositions('ca')), undefined, 'the third letter may find more');
    assert.deepEqual(index.searchWithin('cafe', 'caf', index.searchPositions('caf')), index.searchPositions('cafe'));
    assert.deepEqual(index.searchPositions('schu'), [3], 'a resident word half typed');
  });
});
