import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  activityId,
  emptyProgress,
  isCorrectChoice,
  lessonScores,
  parseProgress,
  reconcileProgress,
  resumeStepId,
  scaledScore,
  statement,
  stepsOf,
  validateLearningModule,
  PROGRESS_EXTENSION,
  type Answer,
  type Cmi5Verb,
  type LearningModule,
  type LearningStatement,
  type Progress,
  type StepPosition,
} from '@wijkwijzer/model';
import { WijkElement } from '../base/wijk-element.ts';
import { loadJson } from '../base/load-json.ts';
import { isolate } from '../base/links.ts';
import { registerMessages } from '../base/localize.ts';
import type { ViewState } from '../base/view-state.ts';
import { WijkStatementEvent } from './events.ts';
import learningDutch from './locales/nl.ts';
import { ProgressStore, storageKeyFor } from './progress-store.ts';
import { overviewTemplate, summaryTemplate } from './overview-templates.ts';
import { stepHeading, stepTemplate } from './step-templates.ts';
import { learningStyles } from './learning-module.styles.ts';

registerMessages('learning', {
  nl: learningDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

type View = 'overview' | 'step' | 'summary';
const REFLECTION_SAVE_DELAY_MS = 400;

/**
 * Plays a "Welkome wijk" learning module anywhere: lessons of steps (text, questions with
 * feedback per option, reflection, scenarios), progress that survives a reload and stays on the
 * device, and a printable summary. Reports learning events as xAPI-shaped statements.
 *
 * @summary A learning module with steps, quizzes, reflection, saved progress and a summary.
 * @tagname wijk-learning-module
 *
 * @fires wijk-statement - A learning event shaped like an xAPI statement with a cmi5 verb: `initialized` when the learner starts or resumes, `progressed` after each step, `answered` for each answered question, scenario or reflection, `completed` for each finished lesson and the module, `passed` or `failed` for the module (score against `mastery-score`), `terminated` when the learner leaves. `detail: { verb, object, result?, timestamp }`; no actor.
 *
 * @csspart overview - The module's start page with its lessons.
 * @csspart step - The current step.
 * @csspart progress - The progress bar.
 * @csspart question - The question of a choice or scenario step.
 * @csspart reflection - The reflection text box.
 * @csspart summary - The completion summary.
 */
export class WijkLearningModule extends WijkElement {
  static override styles = [...WijkElement.styles, learningStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    masteryScore: { type: Number, attribute: 'mastery-score' },
    module: { state: true },
    progress: { state: true },
    view: { state: true },
    currentStepId: { state: true },
    pending: { state: true },
    confirmingStartOver: { state: true },
    reflectionSaved: { state: true },
    viewState: { state: true },
  };

  /** URL of a module in Wijkwijzer's learning-module format. Nothing is fetched unless this is set. */
  declare src: string | undefined;
  /** A module given inline instead of `src`. */
  declare data: unknown;
  /** Share of questions (0–1) to answer correctly for `passed`; below it the module is `failed`. */
  declare masteryScore: number;

  private declare module: LearningModule | undefined;
  private declare progress: Progress | undefined;
  private declare view: View;
  private declare currentStepId: string | undefined;
  private declare pending: string[];
  private declare confirmingStartOver: boolean;
  private declare reflectionSaved: boolean;
  private declare viewState: ViewState;

  private readonly store = new ProgressStore();
  private baseUrl = document.baseURI;
  private initialized = false;
  private terminated = false;
  private toldAboutMemory = false;
  private reflectionTimer?: ReturnType<typeof setTimeout>;
  /** What gets keyboard focus after the next render (a heading, a question), if anything. */
  private focusAfterUpdate?: string;
  private readonly onPageHide = () => this.terminate();

  constructor() {
    super();
    this.masteryScore = 0.7;
    this.view = 'overview';
    this.pending = [];
    this.confirmingStartOver = false;
    this.reflectionSaved = false;
    this.viewState = { kind: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.src && this.data === undefined) this.viewState = { kind: 'error', messageKey: 'error.noSource' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.flushReflection();
    this.terminate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) this.open(this.data, document.baseURI);
    else if (changed.has('src') && this.src) void this.load(this.src);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      // After every view change focus goes to its heading, so keyboard and screen-reader users start reading there.
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  async load(src: string): Promise<void> {
    this.viewState = { kind: 'loading' };
    try {
      const url = new URL(src, document.baseURI);
      const data = await loadJson(url);
      this.open(data, url.href);
    } catch (error) {
      this.viewState = this.errorStateFor(error, () => void this.load(src));
    }
  }

  private open(data: unknown, baseUrl: string): void {
    const result = validateLearningModule(data);
    if (!result.valid) {
      console.error('wijkwijzer: the learning module is not valid.', result.problems.slice(0, 20));
      this.viewState = this.errorStateFor(new Error('invalid module'));
      return;
    }
    this.module = result.value;
    this.baseUrl = baseUrl;
    this.progress = reconcileProgress(parseProgress(this.store.read(storageKeyFor(result.value.id))), result.value);
    this.view = this.progress.finished ? 'summary' : 'overview';
    this.viewState = { kind: 'ready' };
  }

  private get steps(): StepPosition[] {
    return this.module ? stepsOf(this.module) : [];
  }

  private get current(): StepPosition | undefined {
    return this.steps.find((position) => position.step.id === this.currentStepId);
  }

  private emit(verb: Cmi5Verb, object: { id: string; name?: string; type?: 'module' | 'lesson' | 'interaction' }, result?: LearningStatement['result']): void {
    this.dispatchEvent(new WijkStatementEvent(statement(verb, { ...object, language: this.module?.language }, result)));
  }

  private moduleObject() {
    return { id: activityId(this.module!.id), name: this.module!.title, type: 'module' as const };
  }

  private save(progress: Progress): void {
    this.progress = progress;
    const result = this.store.write(storageKeyFor(progress.moduleId), progress);
    if (result === 'memory' && !this.toldAboutMemory) {
      this.toldAboutMemory = true;
      this.announce(this.t('learning:memoryOnly'));
    }
  }

  /** Opens a step; `focus` moves keyboard focus to its heading and announces the position. */
  goTo(stepId: string): void {
    if (!this.module || !this.progress) return;
    this.flushReflection();
    if (!this.initialized) {
      this.initialized = true;
      this.emit('initialized', this.moduleObject());
    }
    this.currentStepId = stepId;
    this.pending = [];
    this.confirmingStartOver = false;
    this.view = 'step';
    this.save({ ...this.progress, currentStepId: stepId });
    const position = this.current!;
    this.announce(this.t('learning:position', { current: position.index + 1, total: this.steps.length }));
    this.focusAfterUpdate = '#step-heading';
  }

  private start = (): void => {
    if (this.module && this.progress) this.goTo(resumeStepId(this.module, this.progress));
  };

  private markDone(position: StepPosition): Progress {
    const progress = this.progress!;
    if (progress.doneStepIds.includes(position.step.id)) return progress;
    const doneStepIds = [...progress.doneStepIds, position.step.id];
    const next = { ...progress, doneStepIds };
    this.emit('progressed', this.moduleObject(), {
      extensions: { [PROGRESS_EXTENSION]: Math.round((doneStepIds.length / this.steps.length) * 100) },
    });
    if (position.lesson.steps.every((step) => doneStepIds.includes(step.id))) {
      const score = lessonScores(this.module!, next)[position.lessonIndex]!;
      this.emit(
        'completed',
        { id: activityId(this.module!.id, position.lesson.id), name: position.lesson.title, type: 'lesson' },
        { completion: true, ...(score.total > 0 ? { score: { scaled: score.correct / score.total, raw: score.correct, min: 0, max: score.total } } : {}) },
      );
    }
    return next;
  }

  private next = (): void => {
    const position = this.current;
    if (!position) return;
    this.flushReflection();
    const progress = this.markDone(position);
    const following = this.steps[position.index + 1];
    if (following) {
      // goTo saves, with the new position.
      this.progress = progress;
      this.goTo(following.step.id);
    } else {
      this.finish(progress);
    }
  };

  private previous = (): void => {
    const position = this.current;
    const before = position ? this.steps[position.index - 1] : undefined;
    if (before) this.goTo(before.step.id);
  };

  private finish(progress: Progress): void {
    const allDone = this.steps.every((position) => progress.doneStepIds.includes(position.step.id));
    if (!allDone) {
      // Skipped steps: go back to the first one not done rather than pretend the module is finished.
      this.progress = progress;
      this.goTo(resumeStepId(this.module!, { ...progress, currentStepId: undefined }));
      return;
    }
    const finished = { ...progress, finished: true, currentStepId: undefined };
    this.save(finished);
    const scores = lessonScores(this.module!, finished);
    const scaled = scaledScore(scores);
    const raw = scores.reduce((sum, score) => sum + score.correct, 0);
    const max = scores.reduce((sum, score) => sum + score.total, 0);
    const score = { scaled, raw, min: 0, max };
    const passed = scaled >= this.masteryScore;
    this.emit('completed', this.moduleObject(), { completion: true, score });
    this.emit(passed ? 'passed' : 'failed', this.moduleObject(), { success: passed, score });
    this.view = 'summary';
    this.currentStepId = undefined;
    this.focusAfterUpdate = '#summary-title';
  }

  private pick = (optionId: string, checked: boolean): void => {
    const step = this.current?.step;
    if (!step) return;
    // Changing a checked answer starts a new attempt.
    if (this.progress?.answers[step.id]) {
      const { [step.id]: _removed, ...answers } = this.progress.answers;
      this.progress = { ...this.progress, answers };
    }
    if (step.kind === 'multiple_choice') this.pending = checked ? [...this.pending, optionId] : this.pending.filter((id) => id !== optionId);
    else this.pending = [optionId];
  };

  private check = (): void => {
    const position = this.current;
    if (!position || !this.progress) return;
    const { step } = position;
    if (this.pending.length === 0) {
      this.announce(this.t('learning:chooseFirst'));
      return;
    }
    let answer: Answer;
    let result: LearningStatement['result'];
    if (step.kind === 'scenario') {
      answer = { kind: 'scenario', selected: this.pending[0]! };
      result = { response: answer.selected };
    } else {
      const correct = isCorrectChoice(step, this.pending);
      answer = { kind: 'choice', selected: [...this.pending], correct };
      result = { success: correct, response: answer.selected.join('[,]') };
    }
    this.save({ ...this.progress, answers: { ...this.progress.answers, [step.id]: answer } });
    this.pending = [];
    this.emit('answered', { id: activityId(this.module!.id, position.lesson.id, step.id), type: 'interaction' }, result);
  };

  private onReflection = (text: string): void => {
    const position = this.current;
    if (!position || !this.progress) return;
    this.progress = { ...this.progress, answers: { ...this.progress.answers, [position.step.id]: { kind: 'reflection', text } } };
    this.reflectionSaved = false;
    clearTimeout(this.reflectionTimer);
    this.reflectionTimer = setTimeout(() => this.flushReflection(), REFLECTION_SAVE_DELAY_MS);
  };

  /** Saves a reflection still being typed, and reports it as answered once. */
  private flushReflection(): void {
    if (this.reflectionTimer === undefined || !this.progress || !this.module) return;
    clearTimeout(this.reflectionTimer);
    this.reflectionTimer = undefined;
    this.save(this.progress);
    this.reflectionSaved = !this.store.inMemoryOnly;
    const position = this.current;
    const answer = position ? this.progress.answers[position.step.id] : undefined;
    if (position && answer?.kind === 'reflection' && answer.text.trim()) {
      this.emit('answered', { id: activityId(this.module.id, position.lesson.id, position.step.id), type: 'interaction' }, { completion: true });
    }
  }

  private askStartOver = (): void => {
    this.confirmingStartOver = true;
    this.focusAfterUpdate = '#confirm-question';
  };

  private startOver = (confirmed: boolean): void => {
    this.confirmingStartOver = false;
    if (confirmed && this.module) {
      this.store.remove(storageKeyFor(this.module.id));
      this.save(emptyProgress(this.module));
      this.view = 'overview';
    }
    this.focusAfterUpdate = confirmed ? '#module-title' : '[part~="start-over"]';
  };

  private terminate(): void {
    if (!this.initialized || this.terminated || !this.module) return;
    this.terminated = true;
    this.emit('terminated', this.moduleObject());
  }

  protected override renderContent(): TemplateResult | unknown {
    if (this.viewState.kind !== 'ready' || !this.module || !this.progress) return this.renderViewState(this.viewState);
    const t = (key: string, values?: Record<string, unknown>) => this.t(key, values);
    const memoryNotice = this.store.inMemoryOnly ? html`<p class="notice" role="note">${t('learning:memoryOnly')}</p>` : nothing;
    const confirm = { asking: this.confirmingStartOver, ask: this.askStartOver, answer: this.startOver };
    if (this.view === 'summary') {
      return html`${memoryNotice}${summaryTemplate(this.module, this.progress, this.masteryScore, t, confirm, () => this.goTo(this.steps[0]!.step.id))}`;
    }
    if (this.view === 'overview' || !this.current) {
      return html`${memoryNotice}${overviewTemplate(this.module, this.progress, t, this.start, (id) => this.goTo(id), confirm)}`;
    }
    return html`${memoryNotice}${this.renderStep(this.current)}`;
  }

  private renderStep(position: StepPosition): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.t(key, values);
    const total = this.steps.length;
    const done = this.progress!.doneStepIds;
    const isLast = position.index === total - 1;
    return html`<article class="step" part="step" aria-labelledby="step-heading">
      <p class="step__lesson">${t('learning:lesson', { number: position.lessonIndex + 1, title: isolate(position.lesson.title) })}</p>
      <div class="step__progress">
        <label for="module-progress">${t('learning:position', { current: position.index + 1, total })}</label>
        <progress id="module-progress" part="progress" max=${total} value=${done.length} aria-label=${t('learning:progressLabel')}></progress>
      </div>
      <h3 id="step-heading" tabindex="-1" dir="auto">${stepHeading(position.step, t)}</h3>
      ${stepTemplate(position.step, {
        t,
        baseUrl: this.baseUrl,
        answer: this.progress!.answers[position.step.id],
        pending: this.pending,
        onPick: this.pick,
        onCheck: this.check,
        onReflection: this.onReflection,
        reflectionSaved: this.reflectionSaved,
      })}
      <nav class="step__nav" aria-label=${t('learning:stepsInLesson')}>
        <ol class="step__list">
          ${position.lesson.steps.map((step, index) => {
            const isCurrent = step.id === position.step.id;
            const isDone = done.includes(step.id);
            return html`<li>
              <button
                type="button"
                class="step-dot ${isDone ? 'step-dot--done' : ''}"
                aria-current=${isCurrent ? 'step' : nothing}
                ?disabled=${!isDone && !isCurrent}
                @click=${() => this.goTo(step.id)}
              >
                ${index + 1}<span class="visually-hidden"> ${t(isCurrent ? 'learning:stepCurrent' : isDone ? 'learning:stepDone' : 'learning:stepNumber', { number: index + 1 })}</span>
              </button>
            </li>`;
          })}
        </ol>
      </nav>
      <div class="step__buttons">
        <button type="button" class="button button--secondary" ?disabled=${position.index === 0} @click=${this.previous}>${t('learning:previous')}</button>
        <button type="button" class="button" part="button next-button" @click=${this.next}>${t(isLast ? 'learning:finish' : 'learning:next')}</button>
        <button type="button" class="link-button" @click=${() => {
          this.flushReflection();
          this.view = 'overview';
          this.focusAfterUpdate = '#module-title';
        }}>${t('learning:overview')}</button>
      </div>
    </article>`;
  }
}
