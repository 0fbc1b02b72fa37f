/**
 * A learner's progress through a module, as stored on their device: which steps are done and
 * what they answered. Versioned and keyed by step id, so it survives reloads and content edits:
 * answers to steps that still exist (with the same kind and options) are kept, the rest dropped.
 */
import * as v from 'valibot';
import type { LearningModule, Lesson, Step } from '../learning-module.ts';

export const PROGRESS_FORMAT = 1;

/** Longest reflection kept; a longer one would not be readable again after a reload. */
export const REFLECTION_MAX_LENGTH = 20_000;

/** When the answer was given (ms since 1970): the later answer to a step wins when two tabs merge. */
const answeredAt = v.optional(v.number());

// Loose objects: fields a newer version adds to an answer this version knows are kept, not dropped.
const answerSchema = v.variant('kind', [
  v.looseObject({ kind: v.literal('choice'), selected: v.array(v.string()), correct: v.boolean(), at: answeredAt }),
  v.looseObject({ kind: v.literal('scenario'), selected: v.string(), at: answeredAt }),
  v.looseObject({ kind: v.literal('reflection'), text: v.pipe(v.string(), v.maxLength(REFLECTION_MAX_LENGTH)), at: answeredAt }),
]);

export type Answer = v.InferOutput<typeof answerSchema>;

/** One stored answer, or `undefined` when this version cannot read it (an unknown kind, damaged). */
export function readAnswer(stored: unknown): Answer | undefined {
  const result = v.safeParse(answerSchema, stored);
  return result.success ? result.output : undefined;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  moduleId: string;
  moduleVersion: string;
  currentStepId?: string;
  doneStepIds: string[];
  answers: Record<string, Answer>;
  finished: boolean;
  /** When the learner last started over (ms since 1970); entries older than this are erased. */
  startedAt?: number;
}

export interface StepPosition {
  step: Step;
  lesson: Lesson;
  lessonIndex: number;
  /** 0-based over the whole module. */
  index: number;
}

export function stepsOf(module: LearningModule): StepPosition[] {
  let index = 0;
  return module.lessons.flatMap((lesson, lessonIndex) => lesson.steps.map((step) => ({ step, lesson, lessonIndex, index: index++ })));
}

/** No progress yet; `startedAt` marks a start-over, so older answers from another tab stay erased. */
export function emptyProgress(module: LearningModule, startedAt?: number): Progress {
  return {
    format: PROGRESS_FORMAT,
    moduleId: module.id,
    moduleVersion: module.version,
    doneStepIds: [],
    answers: {},
    finished: false,
    ...(startedAt === undefined ? {} : { startedAt }),
  };
}

function answerFits(answer: Answer, step: Step): boolean {
  if (answer.kind === 'choice') {
    if (step.kind !== 'single_choice' && step.kind !== 'multiple_choice') return false;
    const optionIds = new Set(step.options.map((option) => option.id));
    return answer.selected.every((id) => optionIds.has(id));
  }
  if (answer.kind === 'scenario') return step.kind === 'scenario' && step.options.some((option) => option.id === answer.selected);
  return step.kind === 'reflection';
}

/** Whether the selected options are exactly the correct ones. */
export function isCorrectChoice(step: Step, selected: readonly string[]): boolean {
  if (step.kind !== 'single_choice' && step.kind !== 'multiple_choice') return false;
  const correct = step.options.filter((option) => option.correct).map((option) => option.id);
  return correct.length === selected.length && correct.every((id) => selected.includes(id));
}

/**
 * Fits stored progress to the module as it is now: keeps what still applies, drops answers to
 * steps that were removed or changed kind, and re-scores choices whose answer key changed.
 */
export function reconcileProgress(progress: Progress | undefined, module: LearningModule): Progress {
  if (!progress || progress.moduleId !== module.id) return emptyProgress(module);
  const steps = new Map(stepsOf(module).map((position) => [position.step.id, position.step]));
  const answers = Object.fromEntries(
    Object.entries(progress.answers).flatMap(([stepId, answer]) => {
      const step = steps.get(stepId);
      if (!step || !answerFits(answer, step)) return [];
      return [[stepId, answer.kind === 'choice' ? { ...answer, correct: isCorrectChoice(step, answer.selected) } : answer]];
    }),
  );
  const doneStepIds = progress.doneStepIds.filter((id) => steps.has(id));
  const allDone = [...steps.keys()].every((id) => doneStepIds.includes(id));
  return {
    format: PROGRESS_FORMAT,
    moduleId: module.id,
    moduleVersion: module.version,
    currentStepId: progress.currentStepId && steps.has(progress.currentStepId) ? progress.currentStepId : undefined,
    doneStepIds,
    answers,
    finished: progress.finished && allDone,
    ...(progress.startedAt === undefined ? {} : { startedAt: progress.startedAt }),
  };
}

export interface LessonScore {
  lesson: Lesson;
  /** Choice questions answered correctly, out of all choice questions in the lesson. */
  correct: number;
  total: number;
  done: boolean;
}

export function lessonScores(module: LearningModule, progress: Progress): LessonScore[] {
  return module.lessons.map((lesson) => {
    const questions = lesson.steps.filter((step) => step.kind === 'single_choice' || step.kind === 'multiple_choice');
    const correct = questions.filter((step) => {
      const answer = progress.answers[step.id];
      return answer?.kind === 'choice' && answer.correct;
    }).length;
    return { lesson, correct, total: questions.length, done: lesson.steps.every((step) => progress.doneStepIds.includes(step.id)) };
  });
}

/** The score over the whole module, 0–1; 1 when it has no questions. */
export function scaledScore(scores: LessonScore[]): number {
  const total = scores.reduce((sum, score) => sum + score.total, 0);
  return total === 0 ? 1 : scores.reduce((sum, score) => sum + score.correct, 0) / total;
}

/** Where to continue: the stored step, else the first step not yet done, else the first. */
export function resumeStepId(module: LearningModule, progress: Progress): string {
  const steps = stepsOf(module);
  return progress.currentStepId ?? steps.find((position) => !progress.doneStepIds.includes(position.step.id))?.step.id ?? steps[0]!.step.id;
}
