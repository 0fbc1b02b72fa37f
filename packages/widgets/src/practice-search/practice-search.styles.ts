import { css } from 'lit';

export const practiceSearchStyles = css`
  .practice-search {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
  }

  .search {
    display: grid;
    gap: 0.25em;
  }

  .search__label,
  .facet legend {
    font-weight: 700;
  }

  .layout {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 46em) {
    .layout {
      grid-template-columns: minmax(13em, 1fr) 3fr;
      align-items: start;
    }
  }



  .facet {
    display: grid;
    gap: 0.125em;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .facet legend {
    padding: 0;
    margin-block-end: 0.25em;
  }

  .option {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2em;
  }

  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* The number of a numbered value (a principle), as a badge; the page may colour each via ::part(value-number-N). */
  .value-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
    font-size: 0.875em;
  }

  .results {
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }

  .results__count {
    margin: 0;
    font-size: 1.125em;
  }

  .results__list {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .result__title {
    margin: 0;
    font-size: 1.125em;
  }

  .result__excerpt {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  mark {
    background: var(--wijk-color-highlight, Mark);
    color: var(--wijk-color-highlight-text, MarkText);
  }

  .result__tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .result__tags li {
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
  }
`;
