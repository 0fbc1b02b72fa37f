import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LearningModule, LearningSession, Outcome } from '@wijkwijzer/model';
import { WijkElement } from '../base/wijk-element.ts';
import { DataSourceController } from '../base/data-source.ts';
import { registerMessages } from '../base/localize.ts';
import { AnswerDraft } from './answer-draft.ts';
import { WijkStatementEvent } from './events.ts';
import learningDutch from './locales/nl.ts';
import { ProgressSync } from './progress-store.ts';
import { readModule, type OpenedModule } from './read-module.ts';
import { overviewTemplate, summaryTemplate } from './overview-templates.ts';
import { stepPageTemplate } from './step-templates.ts';
import { learningStyles } from './learning-module.styles.ts';

registerMessages('learning', {
  nl: learningDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

type View = 'overview' | 'step' | 'summary';
/** Where focus goes on the overview: the module's title, or the lessons when the title is left out. */
const OVERVIEW_HEADING = '#module-title, #lessons-title';

/**
 * Plays a "Welkome wijk" learning module anywhere: lessons of steps (text, questions with
 * feedback per option, reflection, scenarios), progress that survives a reload, stays on the
 * device and follows other tabs, and a printable summary. Reports learning events as
 * xAPI-shaped statements. The rules live in `LearningSession` (`@wijkwijzer/model`).
 *
 * @summary A learning module with steps, quizzes, reflection, saved progress and a summary.
 * @tagname wijk-learning-module
 *
 * @fires {WijkStatementEvent} wijk-statement - A learning event shaped like an xAPI statement with a cmi5 verb: `initialized` when the learner starts or resumes, `progressed` after each step, `answered` for each answered question, scenario or reflection, `completed` for each finished lesson and the module, `passed` or `failed` for the module (score against `mastery-score`), `terminated` when the learner leaves. `detail: { verb, object, result?, timestamp }`; no actor.
 *
 * @csspart overview - The module's start page with its lessons.
 * @csspart step - The current step.
 * @csspart progress - The progress bar.
 * @csspart question - The question of a choice or scenario step.
 * @csspart reflection - The reflection text box.
 * @csspart summary - The completion summary.
 * @csspart start-button - The button that starts or continues the module.
 * @csspart start-over - The button that erases the progress (after a confirmation).
 * @csspart next-button - The button to the next step, or that finishes the module on the last one.
 * @csspart check-button - The button that checks an answer or picks a scenario option.
 * @csspart print-button - The summary's print button.
 */
export class WijkLearningModule extends WijkElement {
  static override styles = [...WijkElement.styles, learningStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    masteryScore: { type: Number, attribute: 'mastery-score' },
    hideIntro: { type: Boolean, attribute: 'hide-intro' },
    view: { state: true },
    confirmingStartOver: { state: true },
    reflectionSaved: { state: true },
  };

  /** URL of a module in Wijkwijzer's learning-module format. Nothing is fetched unless this is set. */
  declare src: string | undefined;
  /** A module given inline instead of `src`, or a promise of one; checked like a fetched module. */
  declare data: LearningModule | Promise<LearningModule> | undefined;
  /** Share of questions (0–1) to answer correctly for `passed`; below it the module is `failed`. */
  declare masteryScore: number;
  /** Leave the module's title and summary out of its start page, on a page that shows them itself. */
  declare hideIntro: boolean;

  private declare view: View;
  private declare confirmingStartOver: boolean;
  private declare reflectionSaved: boolean;

  private readonly source = new DataSourceController<OpenedModule>(this, { read: readModule });
  private readonly sync = new ProgressSync(this, () => this.announceKey('learning:memoryOnly'));
  private opened?: OpenedModule;
  private readonly draft = new AnswerDraft(this, () => this.flushReflection());
  /** What gets keyboard focus after the next render (a heading, a question), if anything. */
  private focusAfterUpdate?: string;
  private readonly onPageHide = () => this.leave();

  constructor() {
    super();
    this.masteryScore = 0.7;
    this.hideIntro = false;
    this.view = 'overview';
    this.confirmingStartOver = false;
    this.reflectionSaved = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.leave();
  }

  protected override willUpdate(): void {
    this.source.set({ src: this.src, data: this.data });
    const opened = this.source.status === 'ready' ? this.source.value : undefined;
    if (opened && opened !== this.opened) this.open(opened);
    if (this.session) this.session.masteryScore = this.masteryScore;
  }


  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      // After every view change focus goes to its heading, so keyboard and screen-reader users start reading there.
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  private get session(): LearningSession | undefined {
    return this.sync.session;
  }

  /** The step on screen (or last on screen). */
  private get stepId(): string | undefined {
    return this.session?.progress.currentStepId;
  }

  private open(opened: OpenedModule): void {
    this.leave();
    this.opened = opened;
    const session = this.sync.open(opened.module, { masteryScore: this.masteryScore });
    this.view = session.progress.finished ? 'summary' : 'overview';
    this.draft.clear();
  }

  /** Sends the statements of an action; `save` then keeps what it changed. */
  private send(outcome: Outcome | undefined, { save = true } = {}): void {
    const events = (outcome?.statements ?? []).map((statement) => new WijkStatementEvent(statement));
    for (const event of events) this.dispatchEvent(event);
    if (save) this.sync.save();
  }

  /** Moves to another screen: the notices of the last one are done with, focus goes to `focus`. */
  private show(view: View, focus: string): void {
    this.view = view;
    this.draft.clear();
    this.confirmingStartOver = false;
    this.sync.showSetAsideNotice = false;
    this.focusAfterUpdate = focus;
  }

  /** Opens a step, moves keyboard focus to its heading and announces the position. */
  goTo(stepId: string): void {
    if (!this.session?.position(stepId)) return;
    this.flushReflection();
    this.show('step', '#step-heading');
    this.send(this.session.goTo(stepId));
    this.announcePosition();
  }

  private announcePosition(): void {
    const position = this.session!.position(this.stepId)!;
    this.announceKey('learning:position', { current: position.index + 1, total: this.session!.steps.length });
  }

  private next = (): void => {
    if (!this.stepId) return;
    this.flushReflection();
    const outcome = this.session!.next(this.stepId);
    this.show(outcome.finished ? 'summary' : 'step', outcome.finished ? '#summary-title' : '#step-heading');
    this.send(outcome);
    if (!outcome.finished) this.announcePosition();
  };

  private previous = (): void => {
    const position = this.session?.position(this.stepId);
    const before = position && this.session!.steps[position.index - 1];
    if (before) this.goTo(before.step.id);
  };

  private toOverview = (): void => {
    this.flushReflection();
    this.show('overview', OVERVIEW_HEADING);
  };

  private pick = (optionId: string, checked: boolean): void => {
    const step = this.session?.position(this.stepId)?.step;
    if (step) this.draft.tick(step, optionId, checked, this.session!.answerTo(step.id));
  };

  private check = (): void => {
    if (!this.stepId) return;
    if (!this.draft.ticked?.length) return this.announceKey('learning:chooseFirst');
    const outcome = this.session!.answer(this.stepId, this.draft.ticked);
    this.draft.ticked = undefined;
    this.send(outcome);
  };

  private onReflection = (text: string): void => {
    if (!this.stepId) return;
    this.draft.type(this.stepId, text);
    this.reflectionSaved = false;
  };

  /** Saves a reflection still being typed. */
  private flushReflection(): void {
    const reflection = this.draft.takeReflection();
    if (!reflection || !this.session) return;
    this.send(this.session.reflect(reflection.stepId, reflection.text));
    this.reflectionSaved = !this.sync.inMemoryOnly;
  }

  /** The reflection step's "do not keep on this device": progress leaves storage and stays in memory for this visit. */
  private keep = (kept: boolean): void => {
    this.sync.keep(kept);
    this.announceKey(kept ? 'learning:keptHere' : 'learning:notKept');
  };

  private askStartOver = (): void => {
    this.confirmingStartOver = true;
    this.focusAfterUpdate = '#confirm-question';
  };

  private startOver = (confirmed: boolean): void => {
    this.confirmingStartOver = false;
    this.focusAfterUpdate = confirmed ? OVERVIEW_HEADING : '[part~="start-over"]';
    if (!confirmed) return;
    this.sync.startOver();
    this.show('overview', OVERVIEW_HEADING);
  };

  /** The learner leaves (page hidden, element removed, another module): save and say `terminated`. */
  private leave(): void {
    this.flushReflection();
    this.send(this.session?.terminate(), { save: false });
  }

  protected override renderContent(): TemplateResult | unknown {
    const session = this.session;
    if (this.source.status !== 'ready' || !session || !this.opened) return this.renderViewState(this.source.viewState);
    const t = (key: string, values?: Record<string, unknown>) => this.t(key, values);
    const notices = [this.sync.inMemoryOnly && 'learning:memoryOnly', this.sync.showSetAsideNotice && 'learning:setAside'].map((key) =>
      key ? html`<p class="notice" part="notice" role="note">${t(key)}</p>` : nothing,
    );
    const confirm = { asking: this.confirmingStartOver, ask: this.askStartOver, answer: this.startOver };
    const { module, progress } = session;
    const position = session.position(progress.currentStepId);
    if (this.view === 'summary') {
      return html`${notices}${summaryTemplate(module, progress, session.score(), t, confirm, () => this.goTo(session.steps[0]!.step.id), this.sync.kept)}`;
    }
    if (this.view === 'overview' || !position) {
      return html`${notices}${overviewTemplate(module, progress, t, () => this.goTo(session.resumeStepId), (id) => this.goTo(id), confirm, !this.hideIntro)}`;
    }
    const stepId = position.step.id;
    const page = { session, position, goTo: (id: string) => this.goTo(id), previous: this.previous, next: this.next, overview: this.toOverview };
    return html`${notices}${stepPageTemplate(page, {
      t,
      baseUrl: this.opened.baseUrl,
      onPick: this.pick,
      onCheck: this.check,
      onReflection: this.onReflection,
      reflectionSaved: this.reflectionSaved,
      kept: this.sync.kept,
      onKeep: this.keep,
      answer: this.draft.shownAnswer(stepId, session.answerTo(stepId)),
      pending: this.draft.ticked ?? [],
    })}`;
  }
}
