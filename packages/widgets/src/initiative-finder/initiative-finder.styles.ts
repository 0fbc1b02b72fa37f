import { css } from 'lit';

/** Layout follows the widget's own width (container queries), not the window's: it may sit in a sidebar. */
export const finderStyles = css`
  .finder {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
  }

  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_surface);
  }

  .search {
    display: grid;
    gap: 0.25em;
  }

  .search__label {
    font-weight: 700;
    font-size: 1.125em;
  }

  .hint,
  .muted {
    margin: 0;
    font-size: 0.9em;
    opacity: 0.85;
  }

  .layout {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(14em, 1fr) 3fr;
      align-items: start;
    }
  }

  .filters:not([open]) .filters__body {
    display: none;
  }

  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.125em;
  }

  .facet legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 700;
  }

  .option {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2em;
    cursor: pointer;
  }

  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .option--none {
    opacity: 0.75;
  }

  .facet__search-label {
    font-size: 0.9375em;
  }

  .facet__search {
    margin-block-end: 0.25em;
  }

  .facet__note {
    margin: 0.25em 0;
    font-size: 0.9375em;
  }

  .facet__all {
    justify-self: start;
    margin-block-start: 0.25em;
  }

  .results {
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }

  .results__bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }

  .results__count {
    margin: 0;
    font-size: 1.125em;
  }

  .near {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0;
  }

  .postcode {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .postcode input {
    width: 7em;
  }

  .results__list,
  .plain,
  .contact,
  .suggestions {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .results__list {
    display: grid;
    gap: 0.75em;
  }

  .results__list--virtual {
    display: block;
  }

  .results__item {
    width: 100%;
    padding-block-end: 0.75em;
  }

  .card {
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card__title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .card__summary {
    margin: 0 0 0.5em;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }

  .fact {
    display: grid;
    grid-template-columns: minmax(5.5em, auto) 1fr;
    gap: 0.5em;
    margin: 0;
  }

  .fact dt {
    font-weight: 700;
  }

  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .map-link {
    margin-inline-start: 0.25em;
    white-space: nowrap;
  }

  .badge {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.125em 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }

  .distance {
    margin: 0.5em 0 0;
    font-weight: 700;
  }

  .places > li + li {
    margin-block-start: 0.5em;
  }

  .place__when,
  .place__note {
    display: block;
  }

  .freshness {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }

  /* A target of at least 24 px (WCAG 2.5.8), also in the smaller type. */
  .freshness a {
    display: inline-flex;
    align-items: center;
    min-height: 1.75em;
  }

  /* Said in words too ("possibly out of date"); the mark only draws the eye. */
  .freshness--stale {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_danger);
    font-weight: 700;
  }

  .detail {
    width: min(40em, calc(100vw - 1em));
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    color: var(--wijk-color-dialog-text, CanvasText);
    background: var(--wijk-color-dialog, Canvas);
  }

  .detail::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .detail__body {
    display: grid;
    gap: 0.75em;
    padding: 1em 1.25em 1.25em;
  }

  .detail__close {
    justify-self: end;
  }

  .detail__title {
    margin: 0;
    font-size: 1.375em;
  }

  .suggestions {
    display: grid;
    gap: 0.25em;
    flex-basis: 100%;
  }

  @container (max-width: 24em) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  @media print {
    .search,
    .filters,
    .near,
    .map-link,
    .detail,
    .notice {
      display: none;
    }
    .layout {
      display: block;
    }
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    .link-button {
      color: #000;
      text-decoration: none;
      font-weight: 700;
    }
  }
`;
