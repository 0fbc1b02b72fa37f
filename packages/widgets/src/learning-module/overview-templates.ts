/** The module's start page (lessons with progress) and the printable completion summary. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LearningModule, ModuleScore, Progress } from '@wijkwijzer/model';
import { bodyTemplate } from './step-templates.ts';
import { isolate } from '../base/links.ts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface StartOverConfirmation {
  asking: boolean;
  ask: () => void;
  answer: (confirmed: boolean) => void;
}

/** `label` names what the button does where it stands: start over (overview) or erase my answers (summary). */
function startOverTemplate(confirm: StartOverConfirmation, t: Translate, label = 'learning:startOver'): TemplateResult {
  if (!confirm.asking) {
    return html`<button type="button" class="button button--secondary" part="button start-over" @click=${confirm.ask}>${t(label)}</button>`;
  }
  return html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-question">
    <p id="confirm-question" tabindex="-1">${t('learning:startOverQuestion')}</p>
    <button type="button" class="button button--danger" @click=${() => confirm.answer(true)}>${t('learning:startOverYes')}</button>
    <button type="button" class="button button--secondary" @click=${() => confirm.answer(false)}>${t('learning:startOverNo')}</button>
  </div>`;
}

export function overviewTemplate(
  module: LearningModule,
  progress: Progress,
  t: Translate,
  start: () => void,
  openStep: (stepId: string) => void,
  confirm: StartOverConfirmation,
  withIntro: boolean,
): TemplateResult {
  const begun = progress.doneStepIds.length > 0 || progress.currentStepId !== undefined;
  return html`<section class="overview" part="overview" aria-labelledby=${withIntro ? 'module-title' : 'lessons-title'}>
    <p class="meta">
      ${t(module.audience === 'residents' ? 'learning:forResidents' : 'learning:forStaff')} ·
      ${t('learning:minutes', { count: module.estimated_minutes })}
    </p>
    ${withIntro ? html`<h2 id="module-title" tabindex="-1" dir="auto">${module.title}</h2>
          ${bodyTemplate(module.summary)}` : nothing}
    <h3 id="lessons-title" tabindex="-1">${t('learning:lessons')}</h3>
    <ol class="lessons">
      ${module.lessons.map((lesson, index) => {
        const done = lesson.steps.filter((step) => progress.doneStepIds.includes(step.id)).length;
        const firstOpen = lesson.steps.find((step) => !progress.doneStepIds.includes(step.id)) ?? lesson.steps[0]!;
        return html`<li class="lesson">
          <button type="button" class="link-button" @click=${() => openStep(firstOpen.id)}>
            ${t('learning:lesson', { number: index + 1, title: isolate(lesson.title) })}
          </button>
          <span class="lesson__progress">
            ${done === lesson.steps.length ? t('learning:lessonDone') : t('learning:lessonProgress', { done, total: lesson.steps.length })}
          </span>
        </li>`;
      })}
    </ol>
    <div class="overview__buttons">
      <button type="button" class="button" part="button start-button" @click=${start}>${t(begun ? 'learning:continue' : 'learning:start')}</button>
      ${begun ? startOverTemplate(confirm, t) : nothing}
    </div>
  </section>`;
}

export function summaryTemplate(
  module: LearningModule,
  progress: Progress,
  score: ModuleScore,
  t: Translate,
  confirm: StartOverConfirmation,
  review: () => void,
  kept: boolean,
): TemplateResult {
  const { lessons: scores, passed } = score;
  const reflections = module.lessons.flatMap((lesson) =>
    lesson.steps.flatMap((step) => (step.kind === 'reflection' ? [{ lesson, step, answer: Object.hasOwn(progress.answers, step.id) ? progress.answers[step.id] : undefined }] : [])),
  );
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title" tabindex="-1">${t('learning:summary.title')}</h2>
    <p class="meta" dir="auto">${module.title}</p>
    <p>${t(`learning:summary.intro.${module.audience}`)}</p>
    <p class="verdict__text">${t(passed ? 'learning:summary.passed' : 'learning:summary.failed')}</p>
    <table class="scores">
      <tbody>
        ${scores.map(
          (score, index) => html`<tr>
            <th scope="row">${t('learning:lesson', { number: index + 1, title: isolate(score.lesson.title) })}</th>
            <td>${score.total > 0 ? t('learning:summary.score', { correct: score.correct, total: score.total }) : t('learning:summary.noQuestions')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${reflections.length > 0
      ? html`<h3>${t('learning:summary.reflections')}</h3>
          <dl class="reflections">
            ${reflections.map(
              ({ step, answer }) => html`<div class="reflection">
                <dt dir="auto">${step.prompt}</dt>
                <dd dir="auto">${answer?.kind === 'reflection' && answer.text.trim() ? answer.text : t('learning:summary.noReflection')}</dd>
              </div>`,
            )}
          </dl>`
      : nothing}
    <p class="hint stored">${t(kept ? 'learning:keptHere' : 'learning:notKept')}</p>
    <div class="overview__buttons">
      <button type="button" class="button" part="button print-button" @click=${() => window.print()}>${t('learning:summary.print')}</button>
      <button type="button" class="button button--secondary" @click=${review}>${t('learning:overview')}</button>
      ${startOverTemplate(confirm, t, 'learning:summary.erase')}
    </div>
  </section>`;
}
