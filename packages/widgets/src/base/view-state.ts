/**
 * The one pattern for what a widget shows while it is not showing content:
 * loading, empty (with a way out) and error (with a retry), each announced politely.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * States hold translation keys, not text, and are translated when rendered: a widget whose
 * language arrives (or changes) after the state was set still speaks the right language.
 */
export type ViewState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'empty'; messageKey: string; action?: { labelKey: string; run: () => void } }
  | { kind: 'error'; messageKey: string; values?: Record<string, unknown>; retry?: () => void };

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function renderViewState(state: ViewState, t: Translate): TemplateResult | typeof nothing {
  switch (state.kind) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<div part="status status-loading" class="status status--loading" role="status">
        <span class="spinner" aria-hidden="true"></span><span>${t('loading')}</span>
      </div>`;
    case 'empty':
      return html`<div part="status status-empty" class="status status--empty" role="status">
        <p class="status__text">${t(state.messageKey)}</p>
        ${state.action
          ? html`<button part="button" class="button" type="button" @click=${state.action.run}>${t(state.action.labelKey)}</button>`
          : nothing}
      </div>`;
    case 'error':
      return html`<div part="status status-error" class="status status--error" role="alert">
        <p class="status__title">${t('error.title')}</p>
        <p class="status__text">${t(state.messageKey, state.values)}</p>
        ${state.retry ? html`<button part="button" class="button" type="button" @click=${state.retry}>${t('retry')}</button>` : nothing}
      </div>`;
  }
}
