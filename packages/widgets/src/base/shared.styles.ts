import { css } from 'lit';

/**
 * Design tokens and base rules every widget starts from. Public tokens (`--wijk-*`) are read
 * once into private ones (`--_*`), so a partner sets a token without touching our internals.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--wijk-color-accent, #0b5cad);
    --_accent-contrast: var(--wijk-color-accent-contrast, #ffffff);
    --_text: var(--wijk-color-text, currentColor);
    --_surface: var(--wijk-color-surface, transparent);
    --_border: var(--wijk-color-border, #6b6b6b);
    --_danger: var(--wijk-color-danger, #b3261e);
    --_focus: var(--wijk-color-focus, #0b5cad);
    --_radius: var(--wijk-radius, 0.5em);
    --_space: var(--wijk-space, 1em);

    display: block;
    box-sizing: border-box;
    /* em, not rem: the widget follows the text size of the column it sits in. */
    font-family: var(--wijk-font-family, inherit);
    font-size: var(--wijk-font-size, 1em);
    line-height: 1.5;
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  /* Set here, not inherited from the host: a page rule such as * { box-sizing: content-box }
     beats :host on the host element, and would otherwise push full-width fields out. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  /* A polite notice above the content; widgets may restyle it (the finder's demo notice). */
  .notice {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_surface);
  }

  .notice p {
    margin: 0;
  }

  .notice .debug code {
    overflow-wrap: anywhere;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em; /* at least 24 CSS px target (WCAG 2.5.8), comfortable for thumbs */
    padding: 0.5em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    cursor: pointer;
  }

  /* Text fields take the system's field colours unless a token says otherwise (dark hosts). */
  input[type='search'],
  input[type='text'],
  input:not([type]) {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--wijk-color-input, Field);
    color: var(--wijk-color-input-text, FieldText);
    font: inherit;
  }

  .button--secondary {
    background: transparent;
    color: var(--_accent);
  }

  /* Looks like a link, acts as a button (opens a view, not a page). */
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .status--error {
    border-inline-start: 0.375em solid var(--_danger);
  }

  .status__title {
    margin: 0;
    font-weight: 700;
    flex-basis: 100%;
  }

  .status__text {
    margin: 0;
    flex-basis: 100%;
  }

  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 0.1875em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: wijk-spin 0.9s linear infinite;
  }

  @keyframes wijk-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .status--error {
      border-inline-start-color: CanvasText;
    }
  }

  /* The folding filter panel of the finder and the practice search: open beside the results, folded on a phone. */
  .filters {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .filters summary {
    box-sizing: border-box;
    min-height: 2.75em;
    padding: 0.6em 0.75em;
    font-weight: 700;
    cursor: pointer;
  }

  .filters__body {
    display: grid;
    gap: 0.75em;
    padding: 0 0.75em 0.75em;
  }
`;
