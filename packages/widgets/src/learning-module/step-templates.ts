/**
 * How each kind of step looks: text, single and multiple choice with feedback per option,
 * reflection (kept in this browser, unless the learner ticks not to on a shared computer) and
 * scenario (a situation whose choices branch to feedback).
 * Module text goes in through Lit bindings only: it is always text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { moduleResourceUrl, textBlocks, type Answer, type LearningSession, type Step, type StepPosition } from '@wijkwijzer/model';
import { isolate, webHref } from '../base/links.ts';

export interface StepContext {
  t: (key: string, values?: Record<string, unknown>) => string;
  /** The module's URL: image paths in it point from there. */
  baseUrl: string;
  answer: Answer | undefined;
  /** Options ticked but not yet checked. */
  pending: string[];
  onPick: (optionId: string, checked: boolean) => void;
  onCheck: () => void;
  onReflection: (text: string) => void;
  reflectionSaved: boolean;
  /** Whether progress is kept on this device; on a shared computer the learner can choose not to. */
  kept: boolean;
  onKeep: (kept: boolean) => void;
}

export function bodyTemplate(body: string): TemplateResult {
  return html`${textBlocks(body).map((block) =>
    block.kind === 'paragraph'
      ? html`<p dir="auto">${block.text}</p>`
      : html`<ul dir="auto">
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`,
  )}`;
}

function imageTemplate(step: Extract<Step, { kind: 'text' }>, context: StepContext): TemplateResult | typeof nothing {
  if (!step.image) return nothing;
  const src = moduleResourceUrl(step.image.src, context.baseUrl);
  return src ? html`<img class="step__image" src=${src} alt=${step.image.alt} loading="lazy" />` : nothing;
}

function linksTemplate(step: Extract<Step, { kind: 'text' }>, context: StepContext): TemplateResult | typeof nothing {
  const links = (step.links ?? []).flatMap((link) => {
    const href = webHref(link.url);
    return href ? [{ href, title: link.title }] : [];
  });
  if (links.length === 0) return nothing;
  return html`<ul class="links">
    ${links.map(
      (link) =>
        html`<li>
          <a href=${link.href} target="_blank" rel="noopener noreferrer">${link.title}<span class="visually-hidden"> ${context.t('learning:opensNewWindow')}</span></a>
        </li>`,
    )}
  </ul>`;
}

function choiceTemplate(step: Extract<Step, { kind: 'single_choice' | 'multiple_choice' }>, context: StepContext): TemplateResult {
  const multiple = step.kind === 'multiple_choice';
  const checked = context.answer?.kind === 'choice' ? context.answer : undefined;
  const selected = checked ? checked.selected : context.pending;
  return html`<fieldset class="question" part="question">
      <legend dir="auto">${step.question}</legend>
      <p class="hint" id="choice-hint">${context.t(multiple ? 'learning:chooseAny' : 'learning:chooseOne')}</p>
      ${step.options.map((option) => {
        const isSelected = selected.includes(option.id);
        const showFeedback = checked && (isSelected || option.correct);
        return html`<div class="option ${showFeedback ? (option.correct ? 'option--right' : 'option--wrong') : ''}">
          <label>
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name="choice"
              .checked=${isSelected}
              aria-describedby="choice-hint"
              @change=${(event: Event) => context.onPick(option.id, (event.target as HTMLInputElement).checked)}
            />
            <span dir="auto">${option.label}</span>
          </label>
          ${showFeedback
            ? html`<p class="feedback">
                ${option.correct ? html`<strong>${context.t(isSelected ? 'learning:rightAnswer' : 'learning:missedAnswer')}: </strong>` : nothing}<span dir="auto"
                  >${option.feedback}</span
                >
              </p>`
            : nothing}
        </div>`;
      })}
    </fieldset>
    <button type="button" class="button" part="button check-button" @click=${context.onCheck}>${context.t('learning:check')}</button>
    <div role="status" class="verdict">
      ${checked ? html`<p class="verdict__text">${context.t(checked.correct ? 'learning:correct' : 'learning:notQuite')}</p>` : nothing}
    </div>`;
}

function scenarioTemplate(step: Extract<Step, { kind: 'scenario' }>, context: StepContext): TemplateResult {
  const chosen = context.answer?.kind === 'scenario' ? context.answer.selected : undefined;
  const selected = chosen ? [chosen] : context.pending;
  const chosenOption = step.options.find((option) => option.id === chosen);
  return html`<div class="situation">
      <p class="situation__label">${context.t('learning:situation')}</p>
      ${bodyTemplate(step.situation)}
    </div>
    <fieldset class="question" part="question">
      <legend dir="auto">${step.question}</legend>
      ${step.options.map(
        (option) => html`<div class="option">
          <label>
            <input type="radio" name="scenario" .checked=${selected.includes(option.id)} @change=${() => context.onPick(option.id, true)} />
            <span dir="auto">${option.label}</span>
          </label>
        </div>`,
      )}
    </fieldset>
    <button type="button" class="button" part="button check-button" @click=${context.onCheck}>${context.t('learning:choose')}</button>
    <div role="status" class="verdict">${chosenOption ? html`<p class="feedback" dir="auto">${chosenOption.feedback}</p>` : nothing}</div>`;
}

function reflectionTemplate(step: Extract<Step, { kind: 'reflection' }>, context: StepContext): TemplateResult {
  const text = context.answer?.kind === 'reflection' ? context.answer.text : '';
  return html`${bodyTemplate(step.prompt)}
    ${step.hint ? html`<p class="hint" dir="auto"><strong>${context.t('learning:hint')}: </strong>${step.hint}</p>` : nothing}
    <label class="reflection__label" for="reflection">${context.t('learning:reflectionLabel')}</label>
    <textarea
      id="reflection"
      part="reflection"
      rows="6"
      maxlength="20000"
      dir="auto"
      aria-describedby="reflection-private"
      .value=${text}
      @input=${(event: Event) => context.onReflection((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="reflection-private">
      ${context.kept ? `${context.t('learning:keptHere')} ${context.reflectionSaved ? context.t('learning:reflectionSaved') : ''}` : context.t('learning:notKept')}
    </p>
    <div class="option">
      <label>
        <input type="checkbox" .checked=${!context.kept} @change=${() => context.onKeep(!context.kept)} />
        ${context.t('learning:dontKeep')}
      </label>
    </div>`;
}

export function stepTemplate(step: Step, context: StepContext): TemplateResult {
  switch (step.kind) {
    case 'text':
      return html`${bodyTemplate(step.body)}${imageTemplate(step, context)}${linksTemplate(step, context)}`;
    case 'single_choice':
    case 'multiple_choice':
      return choiceTemplate(step, context);
    case 'scenario':
      return scenarioTemplate(step, context);
    case 'reflection':
      return reflectionTemplate(step, context);
  }
}

/** The heading a step shows: its title, or what kind of step it is ("Vraag", "Denkvraag"). */
export function stepHeading(step: Step, t: StepContext['t']): string {
  return step.kind === 'text' && step.title ? step.title : t(`learning:kind.${step.kind}`);
}

export interface StepPage {
  session: LearningSession;
  position: StepPosition;
  goTo: (stepId: string) => void;
  previous: () => void;
  next: () => void;
  overview: () => void;
}

/** A step with where it is in the module, the lesson's steps to jump between, and the way on. */
export function stepPageTemplate(page: StepPage, context: StepContext): TemplateResult {
  const { position, session } = page;
  const total = session.steps.length;
  const t = context.t;
  const isLast = position.index === total - 1;
  return html`<article class="step" part="step" aria-labelledby="step-heading">
    <p class="step__lesson">${t('learning:lesson', { number: position.lessonIndex + 1, title: isolate(position.lesson.title) })}</p>
    <div class="step__progress">
      <span id="module-position">${t('learning:position', { current: position.index + 1, total })}</span>
      <progress id="module-progress" part="progress" max=${total} value=${session.progress.doneStepIds.length} aria-label=${t('learning:progressLabel')}></progress>
    </div>
    <h3 id="step-heading" tabindex="-1" dir="auto">${stepHeading(position.step, t)}</h3>
    ${stepTemplate(position.step, context)}
    <nav class="step__nav" aria-label=${t('learning:stepsInLesson')}>
      <ol class="step__list">
        ${position.lesson.steps.map((step, index) => {
          const isCurrent = step.id === position.step.id;
          const done = session.isDone(step.id);
          return html`<li>
            <button
              type="button"
              class="step-dot ${done ? 'step-dot--done' : ''}"
              aria-current=${isCurrent ? 'step' : nothing}
              ?disabled=${!done && !isCurrent}
              @click=${() => page.goTo(step.id)}
            >
              ${index + 1}<span class="visually-hidden"> ${t(isCurrent ? 'learning:stepCurrent' : done ? 'learning:stepDone' : 'learning:stepNumber', { number: index + 1 })}</span>
            </button>
          </li>`;
        })}
      </ol>
    </nav>
    <div class="step__buttons">
      <button type="button" class="button button--secondary" ?disabled=${position.index === 0} @click=${page.previous}>${t('learning:previous')}</button>
      <button type="button" class="button" part="button next-button" @click=${page.next}>${t(isLast ? 'learning:finish' : 'learning:next')}</button>
      <button type="button" class="link-button" @click=${page.overview}>${t('learning:overview')}</button>
    </div>
  </article>`;
}
