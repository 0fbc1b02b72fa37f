import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyProgress, type Progress } from '../../src/learning/progress.ts';
import { hasSetAside, mergeWithStored, readStoredProgress, storedRecord } from '../../src/learning/stored-progress.ts';
import { module } from './sample-module.ts';

const stored: Progress = {
  ...emptyProgress(module),
  currentStepId: 'think',
  doneStepIds: ['intro', 'q1'],
  answers: { q1: { kind: 'choice', selected: ['a'], correct: true }, think: { kind: 'reflection', text: 'Mijn gedachte' } },
};

const ranking = { kind: 'ranking', order: ['x', 'y'], at: 5 };

describe('reading stored progress', () => {
  it('treats what is not a record of a module’s progress as none, with nothing set aside', () => {
    for (const value of [undefined, null, 'x', 42, [], {}, { format: 1, answers: 'hack' }, { ...stored, moduleId: 7 }]) {
      const read = readStoredProgress(value);
      assert.equal(read.progress, undefined, JSON.stringify(value));
      assert.equal(hasSetAside(read.setAside), false);
    }
  });

  it('reads its own records back exactly, with nothing set aside', () => {
    const read = readStoredProgress(JSON.parse(JSON.stringify(stored)));
    assert.deepEqual(read.progress, stored);
    assert.equal(hasSetAside(read.setAside), false);
  });

  it('keeps every answer it can read when one is of an unknown kind, and sets that one aside', () => {
    const read = readStoredProgress({ ...stored, answers: { ...stored.answers, q2: ranking } });
    assert.deepEqual(read.progress?.answers, stored.answers);
    assert.deepEqual(read.setAside.answers, { q2: ranking });
    assert.equal(hasSetAside(read.setAside), true);
  });

  it('reads a newer format as far as it fits, keeping fields and entries it does not know', () => {
    const newer = { ...stored, format: 2, doneStepIds: ['intro', { step: 'q1' }], bookmarks: ['q2'], answers: { q1: { ...stored.answers.q1, confidence: 'high' } } };
    const read = readStoredProgress(newer);
    assert.deepEqual(read.progress?.doneStepIds, ['intro']);
    assert.deepEqual(read.progress?.answers.q1, { kind: 'choice', selected: ['a'], correct: true, confidence: 'high' });
    assert.deepEqual(read.setAside, { format: 2, fields: { bookmarks: ['q2'] }, answers: {}, doneSteps: [{ step: 'q1' }] });
    assert.deepEqual(storedRecord(read.progress!, read.setAside), newer, 'written back, the record is what the newer version stored');
  });

  it('never lets a stored step id reach an object prototype', () => {
    const hostile = JSON.parse('{"moduleId":"m","doneStepIds":[],"answers":{"__proto__":{"kind":"reflection","text":"x"}},"__proto__":{"polluted":true}}');
    const read = readStoredProgress(hostile);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(read.progress!.answers), Object.prototype);
    assert.deepEqual(Object.keys(read.progress!.answers), ['__proto__']);
  });
});

describe('saving: read, merge per step, write', () => {
  it('keeps an answer another tab stored in between', () => {
    const local: Progress = { ...stored, answers: { q1: stored.answers.q1! }, doneStepIds: ['intro', 'q1'] };
    const other = { ...stored, answers: { think: stored.answers.think }, doneStepIds: ['intro'] };
    const { progress, record } = mergeWithStored(local, other);
    assert.deepEqual(Object.keys(progress.answers).sort(), ['q1', 'think']);
    assert.deepEqual(Object.keys(record.answers as object).sort(), ['q1', 'think']);
  });

  it('leaves a set-aside answer in its place, unless this tab answered that step later', () => {
    const withRanking = { ...stored, answers: { ...stored.answers, q2: ranking } };
    const kept = mergeWithStored(stored, withRanking);
    assert.deepEqual((kept.record.answers as Record<string, unknown>).q2, ranking);
    assert.equal(kept.progress.answers.q2, undefined);

    const answeredLater: Progress = { ...stored, answers: { ...stored.answers, q2: { kind: 'choice', selected: ['x', 'y'], correct: true, at: 9 } } };
    const replaced = mergeWithStored(answeredLater, withRanking);
    assert.deepEqual((replaced.record.answers as Record<string, unknown>).q2, answeredLater.answers.q2);
    assert.equal(hasSetAside(replaced.setAside), false);

    const answeredEarlier: Progress = { ...stored, answers: { ...stored.answers, q2: { kind: 'choice', selected: ['x'], correct: false, at: 1 } } };
    const newerWins = mergeWithStored(answeredEarlier, withRanking);
    assert.deepEqual((newerWins.record.answers as Record<string, unknown>).q2, ranking);
    assert.equal(newerWins.progress.answers.q2, undefined, 'this tab does not show an answer storage no longer holds');
  });

  it('drops set-aside entries of an attempt the learner erased since', () => {
    const erased = { ...emptyProgress(module, 100) };
    const { record, setAside } = mergeWithStored(erased, { ...stored, format: 2, doneStepIds: [{ step: 'q1' }], answers: { q2: ranking }, bookmarks: [] });
    assert.deepEqual(record.answers, {});
    assert.deepEqual(record.doneStepIds, []);
    assert.deepEqual(setAside.fields, { bookmarks: [] }, 'fields of a newer version are not answers, and stay');
  });

  it('overwrites what is not progress of this module', () => {
    for (const other of ['{not json', null, { ...stored, moduleId: 'other' }]) {
      assert.deepEqual(mergeWithStored(stored, other).record, storedRecord(stored));
    }
  });
});
