/**
 * The finder's "near me" controls, its empty state (with the filters a resident can drop) and
 * the notice naming partners' feeds that failed.
 * Kept apart from the element so the class stays about state and events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DroppableFilter, FinderFilters, Initiative, ListFacet } from '@wijkwijzer/model';
import { isolate } from '../base/links.ts';
import type { NearMeStatus } from './near-me.ts';
import { cardTemplate, type TemplateContext } from './initiative-templates.ts';
import type { FailedFeed } from './read-feed.ts';

export type { NearMeStatus };

const NEAR_ME_MESSAGES: Record<NearMeStatus, string> = {
  off: 'finder:near.privacy',
  on: 'finder:near.sorted',
  locating: 'finder:near.locating',
  denied: 'finder:near.denied',
  unavailable: 'finder:near.unavailable',
  unknownPostcode: 'finder:near.postcodeUnknown',
};

export function nearMeTemplate(
  status: NearMeStatus,
  hasPostcodeTable: boolean,
  context: TemplateContext,
  actions: { useMyLocation: () => void; usePostcode: (event: SubmitEvent) => void; stop: () => void },
): TemplateResult {
  const { t } = context;
  if (status === 'on') {
    return html`<p class="near">
      <span>${t('finder:near.sorted')}</span>
      <button type="button" class="button button--secondary" @click=${actions.stop}>${t('finder:near.stop')}</button>
    </p>`;
  }
  return html`<div class="near">
    <button type="button" class="button button--secondary" part="button near-button" ?disabled=${status === 'locating'} @click=${actions.useMyLocation}>
      ${t('finder:near.button')}
    </button>
    ${hasPostcodeTable
      ? html`<form class="postcode" @submit=${actions.usePostcode}>
          <label for="postcode">${t('finder:near.postcodeLabel')}</label>
          <input id="postcode" name="postcode" autocomplete="postal-code" inputmode="text" size="7" maxlength="7" required />
          <button type="submit" class="button button--secondary">${t('finder:near.postcodeButton')}</button>
        </form>`
      : nothing}
    <p class="hint">
      ${t(NEAR_ME_MESSAGES[status])}
      ${hasPostcodeTable && (status === 'denied' || status === 'unavailable') ? t('finder:near.tryPostcode') : nothing}
    </p>
  </div>`;
}

export function emptyTemplate(
  droppable: DroppableFilter[],
  query: string,
  context: TemplateContext,
  labelOf: (facet: ListFacet, value: string) => string,
  apply: (filters: FinderFilters) => void,
): TemplateResult {
  const { t } = context;
  const labelFor = (option: DroppableFilter) =>
    option.kind === 'query'
      ? t('finder:empty.dropQuery', { query: isolate(query.trim()) })
      : t('finder:empty.dropFilter', {
          label: option.kind === 'value' ? isolate(labelOf(option.facet, option.value)) : t(`finder:${option.facet}`),
          count: option.count,
        });
  return html`<div class="status status--empty" part="status status-empty">
    <p class="status__title">${t('finder:empty.title')}</p>
    ${droppable.length === 0 ? html`<p class="status__text">${t('finder:empty.noFilters')}</p>` : nothing}
    <ul class="suggestions" role="list">
      ${droppable.map(
        (option) => html`<li>
          <button type="button" class="link-button" @click=${() => apply(option.filters)}>${labelFor(option)}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Partners' feeds that could not be shown, each named, beside the activities of the others. */
export function failedFeedsTemplate(failed: readonly FailedFeed[], context: TemplateContext): TemplateResult | typeof nothing {
  if (failed.length === 0) return nothing;
  return html`<div class="notice" part="notice" role="note">
    ${failed.map(
      (feed) => html`<p>
        <strong>${context.t('finder:source.feedFailed', { name: isolate(feed.name) })}</strong>
        ${context.t(`error.${feed.reason}`, { status: feed.status, total: feed.total })}
      </p>`,
    )}
  </div>`;
}

/**
 * The first page of a large feed, shown while the rest is read: the cards as they will be, and
 * a line saying that searching and filtering come when the rest is there.
 */
export function firstPageTemplate(initiatives: readonly Initiative[], context: TemplateContext, open: (initiative: Initiative, opener: HTMLElement) => void): TemplateResult {
  return html`<section class="results" part="results" aria-labelledby="results-count" aria-busy="true">
    <div class="results__bar">
      <p class="results__count" id="results-count" role="status">${context.t('finder:firstPage')}</p>
    </div>
    <ul class="results__list" role="list">
      ${initiatives.map((initiative, index) => html`<li class="results__item">${cardTemplate(initiative, index, context, open, undefined)}</li>`)}
    </ul>
  </section>`;
}
