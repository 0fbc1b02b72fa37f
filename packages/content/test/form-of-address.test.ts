/**
 * One form of address in Dutch: the learning modules, like the widget and the site, say "u".
 * Quoted speech keeps the words that were said ("Ik dacht aan je"), so text between quotation
 * marks and after "zei …:" is left out; ids (`wat-kun-je-doen`) are keys, not text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import learningDutch from '../../widgets/src/learning-module/locales/nl.ts';

const MODULES = join(import.meta.dirname, '..', 'modules');
const NOT_TEXT = new Set(['id', '$schema', 'src', 'url']);
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jezelf|jullie)(?![\p{L}\p{N}])/giu;
const QUOTED = [
  /‘.*?’(?!\p{L})/gsu, // ’ inside a word (zo’n) is an apostrophe, not the closing mark
  /“[^”]*”/gu,
  /"[^"]*"/gu,
  /(?<=^|[\s(])'(?![st]\s)[^'\n]*'(?!\p{L})/gmu, // not 's nachts, 't
  /\bzei\b[^.:\n]*:[^\n]*/gu, // "zei een spreker: als je …" to the end of the paragraph
];

/** Every piece of text in a module or catalogue, with where it is. */
function textsOf(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NOT_TEXT.has(key) ? [] : textsOf(item, `${path}.${key}`)));
  }
  return [];
}

/** The informal words a text addresses its reader with, quoted speech left out. */
function informalAddress(text: string): string[] {
  const unquoted = QUOTED.reduce((rest, quote) => rest.replace(quote, ' '), text);
  return [...unquoted.matchAll(INFORMAL)].map((match) => match[0]);
}

function problemsIn(value: unknown): string[] {
  return textsOf(value).flatMap(({ path, text }) => {
    const found = informalAddress(text);
    return found.length > 0 ? [`${path}: ${found.join(', ')} in "${text.slice(0, 80)}…"`] : [];
  });
}

describe('Dutch addresses the reader with "u"', () => {
  it('leaves quoted speech as it was said, and finds "je" outside it', () => {
    assert.deepEqual(informalAddress('Vertel vanuit uzelf: “Ik dacht aan je.”'), []);
    assert.deepEqual(informalAddress("Een begeleider zei het zo: 'Ik ben omdat jij bent.'"), []);
    assert.deepEqual(informalAddress('Als u zegt ‘de gek van nummer 12’, ziet u zo’n buur niet meer.'), []);
    assert.deepEqual(informalAddress("Hij praat 's nachts hardop en je slaapt slecht."), ['je']);
    assert.deepEqual(informalAddress('Zo’n plaatje maak je snel. Jouw buur, jezelf.'), ['je', 'Jouw', 'jezelf']);
  });

  for (const file of readdirSync(MODULES).filter((name) => name.endsWith('.nl.json'))) {
    it(`modules/${file}`, () => {
      assert.deepEqual(problemsIn(JSON.parse(readFileSync(join(MODULES, file), 'utf8'))), []);
    });
  }

  it("the learning module widget's Dutch strings", () => {
    assert.deepEqual(problemsIn(learningDutch), []);
  });
});
