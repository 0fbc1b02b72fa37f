/** Every content file the kit ships must pass the same validation partners run. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { keywordsOf, validateContent, validatePrinciples, validateTrustedPointers, type ContentKind } from '../../model/src/index.ts';
import { isTellingWord, termsOf } from '../../model/src/trusted/words.ts';

const CONTENT = join(import.meta.dirname, '..');
const EXPECTED_KIND: Record<string, ContentKind> = {
  feeds: 'initiative-feed',
  modules: 'learning-module',
  practices: 'good-practice',
  trusted: 'trusted-pointers',
};

function contentFiles(folder: string): string[] {
  return readdirSync(join(CONTENT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(json|ya?ml)$/.test(file))
    .map((file) => join(CONTENT, folder, file));
}

function read(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
}

for (const [folder, kind] of Object.entries(EXPECTED_KIND)) {
  describe(`content/${folder}`, () => {
    for (const file of contentFiles(folder)) {
      it(`${relative(CONTENT, file)} is a valid ${kind}`, () => {
        const result = validateContent(read(file), kind);
        const problems = result.valid ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message.en}`);
        assert.deepEqual(problems, []);
      });
    }
  });
}

describe('content/principles', () => {
  for (const file of contentFiles('principles')) {
    it(`${relative(CONTENT, file)} has the 7 principles`, () => {
      const result = validatePrinciples(read(file));
      assert.deepEqual(result.valid ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message.en}`), []);
    });
  }
});

describe('content/trusted/registry.json: the national registry in every language the widget speaks', () => {
  const validation = validateTrustedPointers(read(join(CONTENT, 'trusted', 'registry.json')));
  assert.ok(validation.valid);
  const registry = validation.value;
  const urgentTopics = new Set(registry.pointers.filter((pointer) => pointer.urgency === 'now').map((pointer) => pointer.topic));

  it('promises all its text in Dutch, English and Arabic (validation checks each text has each)', () => {
    assert.deepEqual(registry.text_languages, ['nl', 'en', 'ar']);
    for (const pointer of registry.pointers) {
      for (const field of ['title', 'owner', 'why_trusted'] as const) assert.equal(typeof pointer[field], 'object', `${pointer.id}.${field}`);
    }
  });

  it('gives every topic the words residents use in each language, none of them lost to small words', () => {
    for (const topic of registry.topics ?? []) {
      const keywords = topic.keywords;
      assert.ok(keywords && !Array.isArray(keywords), topic.id);
      for (const language of ['nl', 'en', 'ar'] as const) {
        assert.ok((keywords[language]?.length ?? 0) >= 5, `${topic.id}: ${language}`);
        for (const keyword of keywords[language] ?? []) assert.ok(termsOf(keyword).length > 0, `${topic.id}: "${keyword}"`);
      }
    }
  });

  it('has no word for a topic with crisis lines that shrinks to one short word ("want to die" must not become "want")', () => {
    for (const topic of (registry.topics ?? []).filter((candidate) => urgentTopics.has(candidate.id))) {
      for (const keyword of keywordsOf(topic)) {
        const terms = termsOf(keyword);
        assert.ok(terms.length > 1 || /^\d+$/.test(terms[0]!) || isTellingWord(terms[0]!), `${topic.id}: "${keyword}" → ${terms.join(' ')}`);
      }
    }
  });

  it('gives every crisis line a number to call, and leaves every last-checked date empty until a link check has worked', () => {
    for (const pointer of registry.pointers) {
      if (pointer.urgency === 'now') assert.ok((pointer.phones?.length ?? 0) > 0, pointer.id);
      assert.equal(pointer.last_checked_ok, null, pointer.id);
    }
  });
});
