import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readLearningModule } from '../../src/learning/read-module.ts';
import { validateLearningModule } from '../../src/validate.ts';
import { module } from './sample-module.ts';

describe('reading a module for a player', () => {
  it('gives the module when it is valid, as the full validator does', () => {
    assert.equal(validateLearningModule(structuredClone(module)).valid, true);
    assert.deepEqual(readLearningModule(structuredClone(module)), { module, problems: [] });
  });

  it('says where a module is wrong, with the same paths as the full validator, and never throws', () => {
    const broken = structuredClone(module) as unknown as { lessons: { steps: { options?: { correct: boolean }[] }[] }[] };
    broken.lessons[0]!.steps[1]!.options![1]!.correct = true;
    const read = readLearningModule(broken);
    assert.equal(read.module, undefined);
    const full = validateLearningModule(broken);
    assert.deepEqual(read.problems.map((problem) => problem.path), full.problems.map((problem) => problem.path));
    assert.deepEqual(read.problems.map((problem) => problem.path), ['$.lessons[0].steps[1].options']);

    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    for (const input of [undefined, null, 'x', { id: 'x', lessons: 'none' }, { lessons: deep }]) {
      assert.ok(readLearningModule(input).problems.length > 0);
    }
  });
});
