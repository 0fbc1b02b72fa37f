import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyProgress, type Progress } from '../../src/learning/progress.ts';
import { LearningSession, type Outcome } from '../../src/learning/session.ts';
import type { LearningStatement } from '../../src/learning/statements.ts';
import { module } from './sample-module.ts';

const BASE = 'https://wijkwijzer.nl/xapi/activities/modules/';

/** A clock that moves one second per reading, so answer times differ. */
function clock(start = Date.parse('2026-11-25T10:00:00Z')) {
  let now = start;
  return () => new Date((now += 1000));
}

function session(progress?: Progress, masteryScore = 0.7) {
  return new LearningSession(module, progress, { masteryScore, now: clock() });
}

function verbs(...outcomes: Outcome[]): string[] {
  return outcomes.flatMap((outcome) => outcome.statements).map((s: LearningStatement) => `${s.verb.display['en-US']} ${s.object.id.replace(BASE, '')}`);
}

describe('a learning session', () => {
  it('walks the module with the statements an LMS expects, in order', () => {
    const learner = session();
    const log = [
      learner.start(),
      learner.next('intro'),
      learner.answer('q1', ['a']),
      learner.next('q1'),
      learner.answer('q2', ['x']),
      learner.next('q2'),
      learner.reflect('think', 'Ik denk na'),
      learner.next('think'),
      learner.answer('case', ['p']),
    ];
    const last = learner.next('case');
    assert.equal(last.finished, true);
    assert.deepEqual(verbs(...log, last, learner.terminate(), learner.terminate()), [
      'initialized m',
      'progressed m',
      'answered m/lessons/l1/steps/q1',
      'progressed m',
      'answered m/lessons/l1/steps/q2',
      'progressed m',
      'completed m/lessons/l1',
      'answered m/lessons/l2/steps/think',
      'progressed m',
      'answered m/lessons/l2/steps/case',
      'progressed m',
      'completed m/lessons/l2',
      'completed m',
      'failed m',
      'terminated m',
    ]);
    const failed = last.statements.at(-1)!;
    assert.deepEqual(failed.result, { success: false, score: { scaled: 0.5, raw: 1, min: 0, max: 2 } });
    const lessonOne = log[5]!.statements.find((s) => s.object.id.endsWith('lessons/l1'))!;
    assert.deepEqual(lessonOne.result, { completion: true, score: { scaled: 0.5, raw: 1, min: 0, max: 2 } });
    assert.deepEqual(log[1]!.statements[0]!.result, { extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 20 } });
    assert.equal(learner.progress.finished, true);
    assert.equal(learner.progress.currentStepId, undefined);
  });

  it('passes at the mastery score', () => {
    const learner = session(undefined, 0.75);
    for (const id of ['intro', 'q1', 'q2', 'think', 'case']) learner.markDone(id);
    learner.answer('q1', ['a']);
    assert.equal(learner.score().passed, false);
    learner.answer('q2', ['y', 'x']);
    assert.deepEqual(verbs(learner.finish()), ['completed m', 'passed m']);
    assert.deepEqual(learner.score(), { ...learner.score(), scaled: 1, raw: 2, max: 2, passed: true });
  });

  it('sends each progress step once, and initialized only for the first step opened', () => {
    const learner = session();
    assert.deepEqual(verbs(learner.goTo('q1'), learner.goTo('intro'), learner.markDone('intro'), learner.markDone('intro')), ['initialized m', 'progressed m']);
    assert.deepEqual(verbs(learner.goTo('nope')), []);
    assert.deepEqual(verbs(session().terminate()), [], 'nothing to end before it began');
  });

  it('finishing with steps skipped opens the first of those instead', () => {
    const learner = session();
    learner.start();
    learner.markDone('intro');
    const outcome = learner.next('case');
    assert.equal(outcome.finished, false);
    assert.equal(outcome.progress.currentStepId, 'q1');
    assert.equal(outcome.progress.finished, false);
    assert.deepEqual(verbs(outcome), ['progressed m']);
  });

  it('scores choices, keeps scenarios and reflections, and ignores what does not fit the step', () => {
    const learner = session();
    learner.answer('q2', ['x', 'y']);
    learner.answer('case', ['q', 'p']);
    assert.deepEqual(learner.answerTo('q2'), { kind: 'choice', selected: ['x', 'y'], correct: true, at: learner.answerTo('q2')!.at });
    assert.equal(learner.answerTo('case')?.kind === 'scenario' && learner.answerTo('case')?.selected, 'q');
    assert.deepEqual(verbs(learner.answer('q1', []), learner.answer('intro', ['a']), learner.reflect('q1', 'tekst')), []);
    assert.equal(learner.answerTo('q1'), undefined);
    assert.equal(learner.answerTo('constructor'), undefined);
  });

  it('reports a reflection when it says something new, and keeps no more than fits in storage', () => {
    const learner = session();
    assert.deepEqual(verbs(learner.reflect('think', '   ')), [], 'only spaces: kept, not reported');
    assert.deepEqual(verbs(learner.reflect('think', 'Iets')), ['answered m/lessons/l2/steps/think']);
    assert.deepEqual(verbs(learner.reflect('think', 'Iets')), []);
    learner.reflect('think', 'x'.repeat(30_000));
    const answer = learner.answerTo('think');
    assert.equal(answer?.kind === 'reflection' && answer.text.length, 20_000);
  });

  it('resumes where the learner was, else at the first step not done', () => {
    assert.equal(session({ ...emptyProgress(module), currentStepId: 'think' }).resumeStepId, 'think');
    assert.equal(session({ ...emptyProgress(module), doneStepIds: ['intro', 'q1'] }).resumeStepId, 'q2');
    assert.equal(session().resumeStepId, 'intro');
    assert.equal(session().begun, false);
    assert.equal(session({ ...emptyProgress(module), doneStepIds: ['intro'] }).begun, true);
  });

  it('starts over with nothing kept, and another tab’s older answers stay erased', () => {
    const learner = session();
    learner.start();
    learner.answer('q1', ['a']);
    const before = learner.progress;
    const outcome = learner.startOver();
    assert.deepEqual(outcome.statements, []);
    assert.deepEqual({ ...outcome.progress, startedAt: 0 }, { ...emptyProgress(module), startedAt: 0 });
    learner.mergeIn(before);
    assert.deepEqual(learner.progress.answers, {});
  });

  it('takes in another tab’s progress without statements, staying on its own step', () => {
    const learner = session();
    learner.goTo('q2');
    learner.answer('q1', ['b']);
    const outcome = learner.mergeIn({ ...emptyProgress(module), currentStepId: 'case', doneStepIds: ['intro', 'gone'], answers: { think: { kind: 'reflection', text: 'Elders' } } });
    assert.deepEqual(outcome.statements, []);
    assert.equal(outcome.progress.currentStepId, 'q2');
    assert.deepEqual(outcome.progress.doneStepIds, ['intro'], 'steps the module no longer has are left out');
    assert.deepEqual(Object.keys(outcome.progress.answers).sort(), ['q1', 'think']);
    assert.deepEqual(learner.mergeIn({ ...emptyProgress(module), moduleId: 'other', doneStepIds: ['q1'] }).progress.doneStepIds, ['intro']);
  });

  it('stamps statements and answers with its clock, in the module’s language', () => {
    const learner = new LearningSession(module, undefined, { masteryScore: 0.7, now: () => new Date('2026-11-25T10:00:00Z') });
    const [initialized] = learner.start().statements;
    assert.equal(initialized!.timestamp, '2026-11-25T10:00:00.000Z');
    assert.deepEqual(initialized!.object.definition?.name, { nl: 'M' });
    learner.answer('q1', ['a']);
    assert.equal(learner.answerTo('q1')?.at, Date.parse('2026-11-25T10:00:00Z'));
  });
});
