/**
 * The one pattern for what a widget shows while it is not showing content:
 * loading, empty (with a way out) and error (with a retry), each announced politely.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type ViewState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'empty'; message: string; action?: { label: string; run: () => void } }
  | { kind: 'error'; title: string; message: string; retry?: { label: string; run: () => void } };

export function renderViewState(state: ViewState, loadingText: string): TemplateResult | typeof nothing {
  switch (state.kind) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<div part="status status-loading" class="status status--loading" role="status">
        <span class="spinner" aria-hidden="true"></span><span>${loadingText}</span>
      </div>`;
    case 'empty':
      return html`<div part="status status-empty" class="status status--empty" role="status">
        <p class="status__text">${state.message}</p>
        ${state.action
          ? html`<button part="button" class="button" type="button" @click=${state.action.run}>${state.action.label}</button>`
          : nothing}
      </div>`;
    case 'error':
      return html`<div part="status status-error" class="status status--error" role="alert">
        <p class="status__title">${state.title}</p>
        <p class="status__text">${state.message}</p>
        ${state.retry
          ? html`<button part="button" class="button" type="button" @click=${state.retry.run}>${state.retry.label}</button>`
          : nothing}
      </div>`;
  }
}
