/**
 * One catalogue per language: Dutch is the reference, and every English and Arabic catalogue
 * (shared strings, each widget's, the model's vocabulary) has exactly its keys. Plural forms
 * count as one key: Arabic needs six (`_zero` … `_other`) where Dutch has two.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = join(import.meta.dirname, '../src');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(messages: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
    if (value && typeof value === 'object') for (const nested of keysOf(value, `${path}.`)) keys.add(nested);
    else keys.add(path);
  }
  return keys;
}

function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((key) => !b.has(key)).sort();
}

/** The vocabulary's language modules re-export the model's catalogues: read those at their source. */
const MODEL_CATALOGUE = join(import.meta.dirname, '../../model/src/catalogue');
const loadCatalogue = async (folder: string, language: string) =>
  (await import(folder === 'vocabulary' ? join(MODEL_CATALOGUE, `${language}.ts`) : join(SOURCE, folder, 'locales', `${language}.ts`))).default;

const folders = readdirSync(SOURCE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(SOURCE, entry.name)).includes('locales'))
  .map((entry) => entry.name);

describe('message catalogues', () => {
  it('exist for the shared strings, the vocabulary and every widget', () => {
    for (const folder of ['base', 'vocabulary', 'initiative-finder', 'learning-module', 'trusted-info', 'practice-search']) {
      assert.ok(folders.includes(folder), `${folder} has no locales`);
    }
  });

  for (const folder of folders) {
    it(`${folder}: English and Arabic have exactly the Dutch keys`, async () => {
      const load = (language: string) => loadCatalogue(folder, language);
      const dutch = keysOf(await load('nl'));
      for (const language of ['en', 'ar']) {
        const other = keysOf(await load(language));
        assert.deepEqual(difference(dutch, other), [], `${folder}/${language} lacks keys`);
        assert.deepEqual(difference(other, dutch), [], `${folder}/${language} has keys Dutch does not`);
      }
    });
  }

  it('Arabic has every plural form a number can need', async () => {
    for (const folder of folders) {
      const load = (language: string) => loadCatalogue(folder, language);
      const plurals = (messages: unknown, prefix = ''): string[] =>
        Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) =>
          value && typeof value === 'object' ? plurals(value, `${prefix}${key}.`) : key.endsWith('_other') ? [`${prefix}${key.slice(0, -6)}`] : [],
        );
      const arabic = await load('ar');
      const arabicKeys = new Set<string>();
      const collect = (messages: unknown, prefix = '') => {
        for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
          if (value && typeof value === 'object') collect(value, `${prefix}${key}.`);
          else arabicKeys.add(`${prefix}${key}`);
        }
      };
      collect(arabic);
      for (const base of plurals(arabic)) {
        for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
          assert.ok(arabicKeys.has(`${base}_${form}`), `${folder}/ar ${base} lacks the _${form} form`);
        }
      }
    }
  });
});
