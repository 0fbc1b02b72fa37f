/**
 * The rules of working through a learning module, without a screen: which step comes next, what
 * counts as done, how answers are scored, and which xAPI statements (cmi5 verbs) each action
 * produces. A widget, a site or a test drives it; each action returns the new progress and the
 * statements to send, in the order an LMS expects them.
 */
import type { LearningModule } from '../learning-module.ts';
import { mergeProgress } from './merge.ts';
import {
  emptyProgress,
  isCorrectChoice,
  lessonScores,
  reconcileProgress,
  resumeStepId,
  scaledScore,
  stepsOf,
  REFLECTION_MAX_LENGTH,
  type Answer,
  type LessonScore,
  type Progress,
  type StepPosition,
} from './progress.ts';
import { activityId, statement, PROGRESS_EXTENSION, type Cmi5Verb, type LearningStatement } from './statements.ts';

export interface SessionOptions {
  /** Share of questions (0–1) to answer correctly for `passed`; below it the module is `failed`. */
  masteryScore: number;
  /** The clock for statements and answer times; tests pass a fixed one. */
  now?: () => Date;
}

/** What an action did: the progress to keep and the statements to send, in order. */
export interface Outcome {
  progress: Progress;
  statements: LearningStatement[];
}

export interface ModuleScore {
  /** Choice questions answered correctly over all of them, 0–1; 1 when there are none. */
  scaled: number;
  raw: number;
  min: 0;
  max: number;
  passed: boolean;
  lessons: LessonScore[];
}

type ActivityObject = { id: string; name?: string; type?: 'module' | 'lesson' | 'interaction' };

export class LearningSession {
  readonly module: LearningModule;
  readonly steps: readonly StepPosition[];
  /** Share of questions (0–1) to answer correctly for `passed`; the widget's attribute may change it. */
  masteryScore: number;
  private readonly now: () => Date;
  private current: Progress;
  private initialized = false;
  private terminated = false;

  /** Starts from stored progress, fitted to the module as it is now. */
  constructor(module: LearningModule, stored: Progress | undefined, options: SessionOptions) {
    this.module = module;
    this.steps = stepsOf(module);
    this.masteryScore = options.masteryScore;
    this.now = options.now ?? (() => new Date());
    this.current = reconcileProgress(stored, module);
  }

  get progress(): Progress {
    return this.current;
  }

  /** Whether the learner has started: the overview offers to continue and to start over. */
  get begun(): boolean {
    return this.current.doneStepIds.length > 0 || this.current.currentStepId !== undefined;
  }

  /** Where to continue: the step the learner was on, else the first one not done. */
  get resumeStepId(): string {
    return resumeStepId(this.module, this.current);
  }

  position(stepId: string | undefined): StepPosition | undefined {
    return this.steps.find((position) => position.step.id === stepId);
  }

  isDone(stepId: string): boolean {
    return this.current.doneStepIds.includes(stepId);
  }

  answerTo(stepId: string): Answer | undefined {
    return Object.hasOwn(this.current.answers, stepId) ? this.current.answers[stepId] : undefined;
  }

  score(): ModuleScore {
    const lessons = lessonScores(this.module, this.current);
    const scaled = scaledScore(lessons);
    const raw = lessons.reduce((sum, score) => sum + score.correct, 0);
    const max = lessons.reduce((sum, score) => sum + score.total, 0);
    return { scaled, raw, min: 0, max, passed: scaled >= this.masteryScore, lessons };
  }

  /** Opens a step; the first step opened in a session reports `initialized`. */
  goTo(stepId: string): Outcome {
    if (!this.position(stepId)) return this.outcome([]);
    const statements = this.initialized ? [] : [this.statement('initialized', this.moduleObject())];
    this.initialized = true;
    this.current = { ...this.current, currentStepId: stepId };
    return this.outcome(statements);
  }

  /** Opens the step to continue with. */
  start(): Outcome {
    return this.goTo(this.resumeStepId);
  }

  /** Checks a choice or picks a scenario option; reports `answered`. Nothing chosen does nothing. */
  answer(stepId: string, selected: readonly string[]): Outcome {
    const position = this.position(stepId);
    if (!position || selected.length === 0) return this.outcome([]);
    const { step } = position;
    let answer: Answer;
    let result: LearningStatement['result'];
    if (step.kind === 'scenario') {
      answer = { kind: 'scenario', selected: selected[0]!, at: this.time() };
      result = { response: answer.selected };
    } else if (step.kind === 'single_choice' || step.kind === 'multiple_choice') {
      const correct = isCorrectChoice(step, selected);
      answer = { kind: 'choice', selected: [...selected], correct, at: this.time() };
      result = { success: correct, response: answer.selected.join('[,]') };
    } else {
      return this.outcome([]);
    }
    this.setAnswer(stepId, answer);
    return this.outcome([this.statement('answered', this.interaction(position), result)]);
  }

  /** Keeps a reflection; reports `answered` when it says something new. */
  reflect(stepId: string, text: string): Outcome {
    const position = this.position(stepId);
    if (position?.step.kind !== 'reflection') return this.outcome([]);
    const before = this.answerTo(stepId);
    const kept = text.slice(0, REFLECTION_MAX_LENGTH);
    if (before?.kind === 'reflection' && before.text === kept) return this.outcome([]);
    this.setAnswer(stepId, { kind: 'reflection', text: kept, at: this.time() });
    return this.outcome(kept.trim() ? [this.statement('answered', this.interaction(position), { completion: true })] : []);
  }

  /** Marks a step done: `progressed`, and `completed` for its lesson when that was the last one. */
  markDone(stepId: string): Outcome {
    const position = this.position(stepId);
    if (!position || this.isDone(stepId)) return this.outcome([]);
    const doneStepIds = [...this.current.doneStepIds, stepId];
    this.current = { ...this.current, doneStepIds };
    const statements = [
      this.statement('progressed', this.moduleObject(), {
        extensions: { [PROGRESS_EXTENSION]: Math.round((doneStepIds.length / this.steps.length) * 100) },
      }),
    ];
    if (position.lesson.steps.every((step) => doneStepIds.includes(step.id))) {
      const score = lessonScores(this.module, this.current)[position.lessonIndex]!;
      statements.push(
        this.statement(
          'completed',
          { id: activityId(this.module.id, position.lesson.id), name: position.lesson.title, type: 'lesson' },
          { completion: true, ...(score.total > 0 ? { score: { scaled: score.correct / score.total, raw: score.correct, min: 0, max: score.total } } : {}) },
        ),
      );
    }
    return this.outcome(statements);
  }

  /** Marks the step done and opens the next one; after the last step, finishes the module. */
  next(stepId: string): Outcome & { finished: boolean } {
    const position = this.position(stepId);
    if (!position) return { ...this.outcome([]), finished: false };
    const done = this.markDone(stepId);
    const following = this.steps[position.index + 1];
    const then = following ? { ...this.goTo(following.step.id), finished: false } : this.finish();
    return { ...then, statements: [...done.statements, ...then.statements] };
  }

  /**
   * Finishes the module: `completed`, then `passed` or `failed` against the mastery score. With
   * steps skipped it opens the first of those instead of pretending the module is finished.
   */
  finish(): Outcome & { finished: boolean } {
    const firstOpen = this.steps.find((position) => !this.isDone(position.step.id));
    if (firstOpen) return { ...this.goTo(firstOpen.step.id), finished: false };
    const { currentStepId: _left, ...rest } = this.current;
    this.current = { ...rest, finished: true };
    const { passed, scaled, raw, min, max } = this.score();
    const score = { scaled, raw, min, max };
    return {
      ...this.outcome([
        this.statement('completed', this.moduleObject(), { completion: true, score }),
        this.statement(passed ? 'passed' : 'failed', this.moduleObject(), { success: passed, score }),
      ]),
      finished: true,
    };
  }

  /** Erases all progress; another tab's older answers stay erased when it merges. */
  startOver(): Outcome {
    this.current = emptyProgress(this.module, this.time());
    return this.outcome([]);
  }

  /** Ends the session: `terminated`, once, if it was `initialized`. */
  terminate(): Outcome {
    if (!this.initialized || this.terminated) return this.outcome([]);
    this.terminated = true;
    return this.outcome([this.statement('terminated', this.moduleObject())]);
  }

  /** Replaces the progress with one that already holds this session's, as a save returns it. */
  replaceProgress(progress: Progress): Outcome {
    if (progress.moduleId === this.module.id) this.current = reconcileProgress(progress, this.module);
    return this.outcome([]);
  }

  /** Takes in progress made elsewhere (another tab); the learner stays on their step. Sends nothing. */
  mergeIn(other: Progress): Outcome {
    if (other.moduleId === this.module.id) this.current = reconcileProgress(mergeProgress(this.current, other), this.module);
    return this.outcome([]);
  }

  private setAnswer(stepId: string, answer: Answer): void {
    this.current = { ...this.current, answers: { ...this.current.answers, [stepId]: answer } };
  }

  private time(): number {
    return this.now().getTime();
  }

  private outcome(statements: LearningStatement[]): Outcome {
    return { progress: this.current, statements };
  }

  private moduleObject(): ActivityObject {
    return { id: activityId(this.module.id), name: this.module.title, type: 'module' };
  }

  private interaction(position: StepPosition): ActivityObject {
    return { id: activityId(this.module.id, position.lesson.id, position.step.id), type: 'interaction' };
  }

  private statement(verb: Cmi5Verb, object: ActivityObject, result?: LearningStatement['result']): LearningStatement {
    return statement(verb, { ...object, language: this.module.language }, result, this.now());
  }
}
