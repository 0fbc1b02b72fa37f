/**
 * Merging two tabs' progress, checked over many random pairs: the order of the tabs never
 * matters, merging again changes nothing, and no step either tab did goes missing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { laterAnswer, mergeProgress } from '../../src/learning/merge.ts';
import { PROGRESS_FORMAT, type Answer, type Progress } from '../../src/learning/progress.ts';

const NUM_RUNS = 500;
const stepId = fc.constantFrom('intro', 'q1', 'q2', 'think', 'case', 'extra');
const time = fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined });

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ kind: fc.constant('choice' as const), selected: fc.uniqueArray(fc.constantFrom('a', 'b', 'x', 'y'), { maxLength: 3 }), correct: fc.boolean(), at: time }),
  fc.record({ kind: fc.constant('scenario' as const), selected: fc.constantFrom('p', 'q'), at: time }),
  fc.record({ kind: fc.constant('reflection' as const), text: fc.string({ maxLength: 12 }), at: time }),
);

function progressWith(startedAt: fc.Arbitrary<number | undefined>): fc.Arbitrary<Progress> {
  return fc.record({
    format: fc.constant(PROGRESS_FORMAT),
    moduleId: fc.constant('m'),
    moduleVersion: fc.constant('1.0.0'),
    currentStepId: fc.option(stepId, { nil: undefined }),
    doneStepIds: fc.uniqueArray(stepId),
    answers: fc.dictionary(stepId, answer),
    finished: fc.boolean(),
    startedAt,
  }).map(({ currentStepId, startedAt: started, ...rest }) => ({
    ...rest,
    ...(currentStepId ? { currentStepId } : {}),
    ...(started ? { startedAt: started } : {}),
  }));
}

/** Two tabs in the same attempt (neither started over since the other loaded). */
const sameAttempt = fc.integer({ min: 0, max: 3 }).chain((started) => {
  const startedAt = fc.constant(started === 0 ? undefined : started);
  return fc.tuple(progressWith(startedAt), progressWith(startedAt));
});
/** Any two tabs, one of which may have started over. */
const anyAttempts = fc.tuple(progressWith(time), progressWith(time));

/**
 * What a merge is about, without where each tab happens to be, as it is stored (JSON): the
 * generators may build answers with a null prototype, which storage never keeps.
 */
function content(progress: Progress) {
  const { currentStepId: _where, moduleVersion: _version, ...rest } = progress;
  return JSON.parse(JSON.stringify(rest)) as typeof rest;
}

describe('merging two tabs’ progress', () => {
  it('is commutative for done steps, answers and being finished', () => {
    fc.assert(
      fc.property(anyAttempts, ([a, b]) => assert.deepEqual(content(mergeProgress(a, b)), content(mergeProgress(b, a)))),
      { numRuns: NUM_RUNS },
    );
  });

  it('is idempotent: merging the same progress again changes nothing', () => {
    fc.assert(
      fc.property(anyAttempts, ([a, b]) => {
        const merged = mergeProgress(a, b);
        const stored = (progress: Progress) => JSON.parse(JSON.stringify(progress)) as Progress;
        assert.deepEqual(stored(mergeProgress(merged, b)), stored(merged));
        assert.deepEqual(stored(mergeProgress(merged, a)), stored(merged));
        assert.deepEqual(stored(mergeProgress(merged, merged)), stored(merged));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never drops a done step or an answered step of either tab in the same attempt', () => {
    fc.assert(
      fc.property(sameAttempt, ([a, b]) => {
        const merged = mergeProgress(a, b);
        for (const id of [...a.doneStepIds, ...b.doneStepIds]) assert.ok(merged.doneStepIds.includes(id), `done ${id}`);
        for (const id of [...Object.keys(a.answers), ...Object.keys(b.answers)]) assert.ok(id in merged.answers, `answer ${id}`);
        for (const [id, kept] of Object.entries(merged.answers)) assert.ok(kept === a.answers[id] || kept === b.answers[id]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps, after a start-over, only what was done since, whichever tab did it', () => {
    fc.assert(
      fc.property(anyAttempts, ([a, b]) => {
        const merged = mergeProgress(a, b);
        const startedAt = Math.max(a.startedAt ?? 0, b.startedAt ?? 0);
        assert.equal(merged.startedAt ?? 0, startedAt);
        for (const side of [a, b]) {
          const current = (side.startedAt ?? 0) === startedAt;
          for (const id of side.doneStepIds) if (current) assert.ok(merged.doneStepIds.includes(id));
          for (const [id, given] of Object.entries(side.answers)) {
            if (current || (given.at ?? 0) > startedAt) assert.ok(id in merged.answers, `answer ${id} given after the start-over`);
          }
        }
        for (const id of merged.doneStepIds) assert.ok([a, b].some((side) => (side.startedAt ?? 0) === startedAt && side.doneStepIds.includes(id)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps the later of two answers to one step, and where this tab’s learner is', () => {
    const early: Answer = { kind: 'reflection', text: 'eerst', at: 1 };
    const late: Answer = { kind: 'reflection', text: 'later', at: 2 };
    const base: Progress = { format: PROGRESS_FORMAT, moduleId: 'm', moduleVersion: '1', doneStepIds: [], answers: {}, finished: false };
    const merged = mergeProgress({ ...base, currentStepId: 'q1', answers: { think: late } }, { ...base, currentStepId: 'case', answers: { think: early } });
    assert.equal(merged.answers.think, late);
    assert.equal(merged.currentStepId, 'q1');
    assert.equal(laterAnswer(early, late), late);
    assert.equal(laterAnswer(late, early), late);
  });
});
