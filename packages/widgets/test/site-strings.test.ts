/**
 * The learning house (site/) keeps its words in one catalogue per language, site/src/i18n/ui.ts:
 * Dutch is the reference and English has exactly its keys. No page, component or script under
 * site/src picks its words with an inline language ternary (`nl ? 'Dutch' : 'English'`); such
 * strings go into the catalogue. (This test lives here, not in site/test, because the root test
 * command runs only the packages' tests.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES, ui } from '../../../site/src/i18n/ui.ts';

const SITE_SOURCE = join(import.meta.dirname, '../../../site/src');

/** A string literal's opening quote. */
const QUOTE = `['"\`]`;
const INLINE_LANGUAGE_TERNARIES = [
  // nl ? 'Taal' : 'Language' (and the like: en ?, dutch ?, isDutch ?)
  new RegExp(String.raw`\b(?:nl|en|dutch|english|isDutch|isEnglish)\s*\?\s*${QUOTE}`),
  // language === 'nl' ? 'Taal' : 'Language', lang !== 'en' ? …, Astro.currentLocale === 'en' ? …
  new RegExp(String.raw`[\w.$]+\s*[!=]==?\s*['"](?:nl|en)['"]\s*\?\s*${QUOTE}`),
  // 'nl' === language ? 'Taal' : 'Language'
  new RegExp(String.raw`['"](?:nl|en)['"]\s*[!=]==?\s*[\w.$]+\s*\?\s*${QUOTE}`),
];

/** Every inline language ternary in the text, as `line: code`. */
function inlineLanguageTernaries(source: string): string[] {
  const found: string[] = [];
  for (const pattern of INLINE_LANGUAGE_TERNARIES) {
    for (const match of source.matchAll(new RegExp(pattern.source, 'g'))) {
      const line = source.slice(0, match.index).split('\n').length;
      found.push(`${line}: ${source.split('\n')[line - 1]!.trim()}`);
    }
  }
  return found;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function keysOf(value: unknown, prefix = ''): string[] {
  return Object.entries(value as Record<string, unknown>).flatMap(([key, nested]) =>
    nested && typeof nested === 'object' ? keysOf(nested, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the learning house’s words', () => {
  it('recognises an inline language ternary (the check below can fail)', () => {
    const offending = [
      "title: nl ? 'Leermodule' : 'Learning module',",
      'intro: nl\n    ? "Kies een onderdeel"\n    : "Choose a part",',
      "label: language === 'nl' ? `Taal` : `Language`,",
      "label: lang === 'en' ? 'Language' : 'Taal',",
      "label: 'nl' === language ? 'Taal' : 'Language',",
    ];
    for (const source of offending) assert.equal(inlineLanguageTernaries(source).length, 1, source);
    const fine = ["lang: language === 'nl' ? undefined : language", "translatorFor(language === 'en' ? englishCatalogue : dutchCatalogue)", 'const nl = ui(language);'];
    for (const source of fine) assert.deepEqual(inlineLanguageTernaries(source), [], source);
  });

  it('has no inline language ternary in any file under site/src: put the words in site/src/i18n/ui.ts', () => {
    const files = filesUnder(SITE_SOURCE);
    assert.ok(files.some((file) => file.endsWith('.astro')), `no .astro files found under ${SITE_SOURCE}`);
    const offenders = files.flatMap((file) => inlineLanguageTernaries(readFileSync(file, 'utf8')).map((found) => `site/src/${relative(SITE_SOURCE, file)}:${found}`));
    assert.deepEqual(offenders, []);
  });

  it('has the same keys in every language of site/src/i18n/ui.ts as in Dutch', () => {
    const dutch = keysOf(ui('nl')).sort();
    assert.ok(dutch.includes('partners.widgets.finder.title'), 'the partner guide’s words are in the catalogue');
    for (const language of LANGUAGES) {
      const keys = keysOf(ui(language)).sort();
      assert.deepEqual(
        { missing: dutch.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !dutch.includes(key)) },
        { missing: [], extra: [] },
        language,
      );
    }
  });

  it('has no empty string in any language of site/src/i18n/ui.ts', () => {
    for (const language of LANGUAGES) {
      const dictionary = ui(language);
      const empty = keysOf(dictionary).filter((key) => key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], dictionary) === '');
      assert.deepEqual(empty, [], language);
    }
  });
});
