import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePrinciples } from '../src/validate.ts';

const principles = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/principles/nl.json'), 'utf8')) as { number: number }[];

describe('validatePrinciples', () => {
  it('accepts the seven in order', () => {
    assert.equal(validatePrinciples(principles).valid, true);
  });

  it('rejects six, a repeated number, or the wrong order, at the list', () => {
    for (const broken of [principles.slice(0, 6), [...principles.slice(0, 6), principles[0]], [...principles].reverse()]) {
      const result = validatePrinciples(broken);
      assert.equal(result.valid, false);
      if (!result.valid) assert.deepEqual(result.problems.map((problem) => problem.path), ['$']);
    }
  });

  it('names the field that is wrong', () => {
    const result = validatePrinciples([{ ...principles[0], number: 8 }, ...principles.slice(1)]);
    assert.equal(result.valid, false);
    if (!result.valid) assert.equal(result.problems[0]!.path, '$[0].number');
  });
});
