import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LearningModule } from '../../src/learning-module.ts';
import {
  emptyProgress,
  isCorrectChoice,
  lessonScores,
  reconcileProgress,
  resumeStepId,
  scaledScore,
  stepsOf,
  type Progress,
} from '../../src/learning/progress.ts';
import { activityId, statement } from '../../src/learning/statements.ts';
import { module, option } from './sample-module.ts';

const stored: Progress = {
  ...emptyProgress(module),
  currentStepId: 'think',
  doneStepIds: ['intro', 'q1', 'q2'],
  answers: {
    q1: { kind: 'choice', selected: ['a'], correct: true },
    q2: { kind: 'choice', selected: ['x'], correct: false },
    think: { kind: 'reflection', text: 'Mijn gedachte' },
  },
};

describe('learning progress', () => {
  it('lists steps across lessons in order', () => {
    assert.deepEqual(stepsOf(module).map((p) => `${p.lessonIndex}:${p.step.id}:${p.index}`), ['0:intro:0', '0:q1:1', '0:q2:2', '1:think:3', '1:case:4']);
  });

  it('scores choices: exactly the correct options', () => {
    const q2 = module.lessons[0]!.steps[2]!;
    assert.equal(isCorrectChoice(q2, ['x', 'y']), true);
    assert.equal(isCorrectChoice(q2, ['y', 'x']), true);
    assert.equal(isCorrectChoice(q2, ['x']), false);
    assert.equal(isCorrectChoice(q2, ['x', 'y', 'z']), false);
  });

  it('keeps answers to unchanged steps when the content changes, drops the rest, and re-scores', () => {
    const edited: LearningModule = structuredClone(module);
    edited.version = '1.1.0';
    edited.lessons[0]!.steps.splice(0, 1); // intro removed
    edited.lessons[0]!.steps[0] = { id: 'q1', kind: 'reflection', prompt: 'now a reflection' }; // q1 changed kind
    const q2 = edited.lessons[0]!.steps[1]!;
    if (q2.kind === 'multiple_choice') q2.options = [option('x', true), option('y', false), option('z', false)]; // answer key changed
    const reconciled = reconcileProgress(stored, edited);
    assert.deepEqual(Object.keys(reconciled.answers).sort(), ['q2', 'think']);
    assert.deepEqual(reconciled.answers.q2, { kind: 'choice', selected: ['x'], correct: true });
    assert.deepEqual(reconciled.doneStepIds, ['q1', 'q2']);
    assert.equal(reconciled.moduleVersion, '1.1.0');
    assert.equal(reconciled.currentStepId, 'think');
  });

  it('starts fresh for another module and resumes at the stored or first open step', () => {
    assert.deepEqual(reconcileProgress({ ...stored, moduleId: 'other' }, module).answers, {});
    assert.equal(resumeStepId(module, stored), 'think');
    assert.equal(resumeStepId(module, { ...stored, currentStepId: undefined }), 'think');
    assert.equal(resumeStepId(module, emptyProgress(module)), 'intro');
  });

  it('scores per lesson and over the module', () => {
    const scores = lessonScores(module, stored);
    assert.deepEqual(scores.map((s) => [s.lesson.id, s.correct, s.total, s.done]), [['l1', 1, 2, true], ['l2', 0, 0, false]]);
    assert.equal(scaledScore(scores), 0.5);
  });
});

describe('learning statements', () => {
  it('are xAPI-shaped with cmi5 verbs and no actor', () => {
    const s = statement('answered', { id: activityId('m', 'l1', 'q1'), name: 'Q1', type: 'interaction' }, { success: true, response: 'a' }, new Date('2026-11-25T10:00:00Z'));
    assert.deepEqual(s, {
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: {
        id: 'https://wijkwijzer.nl/xapi/activities/modules/m/lessons/l1/steps/q1',
        objectType: 'Activity',
        definition: { name: { nl: 'Q1' }, type: 'http://adlnet.gov/expapi/activities/cmi.interaction' },
      },
      result: { success: true, response: 'a' },
      timestamp: '2026-11-25T10:00:00.000Z',
    });
    assert.equal('actor' in s, false);
  });
});

describe('textBlocks', async () => {
  const { textBlocks } = await import('../../src/learning/text-blocks.ts');
  it('splits paragraphs on blank lines and turns "- " lines into lists', () => {
    assert.deepEqual(textBlocks('Eerste regel\nloopt door.\n\nLijst:\n- een\n- twee\n\n<b>geen html</b>'), [
      { kind: 'paragraph', text: 'Eerste regel loopt door.' },
      { kind: 'paragraph', text: 'Lijst:' },
      { kind: 'list', items: ['een', 'twee'] },
      { kind: 'paragraph', text: '<b>geen html</b>' },
    ]);
  });
});
