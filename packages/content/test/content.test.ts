/** Every content file the kit ships must pass the same validation partners run. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateContent, validatePrinciples, type ContentKind } from '../../model/src/index.ts';

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
