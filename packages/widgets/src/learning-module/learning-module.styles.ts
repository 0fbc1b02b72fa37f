import { css } from 'lit';

export const learningStyles = css`
  .overview,
  .step,
  .summary {
    display: grid;
    gap: 0.75em;
    max-width: 45em;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.25em;
  }

  p,
  ul,
  ol,
  dl {
    margin: 0;
  }

  .meta,
  .step__lesson,
  .hint {
    font-size: 0.9em;
    opacity: 0.85;
  }

  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_danger);
    background: var(--_surface);
  }

  .lessons {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 1.5em;
  }

  .lesson {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .lesson__progress {
    opacity: 0.85;
  }

  .button--danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }

  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .overview__buttons,
  .step__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  .step__progress {
    display: grid;
    gap: 0.25em;
  }

  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_accent);
  }

  .step__image {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }

  .question {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.5em;
  }

  .question legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }

  .option {
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  .option label {
    display: flex;
    gap: 0.5em;
    align-items: start;
    cursor: pointer;
  }

  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .option--right {
    border-inline-start: 0.375em solid #1e7b34;
  }

  .option--wrong {
    border-inline-start: 0.375em solid var(--_danger);
  }

  .feedback {
    margin-block-start: 0.5em;
  }

  .verdict__text {
    font-weight: 700;
  }

  .situation {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border: 0.0625em solid var(--_border);
    background: var(--_surface);
    display: grid;
    gap: 0.5em;
  }

  .situation__label {
    font-weight: 700;
  }

  textarea {
    width: 100%;
    padding: 0.5em 0.75em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--wijk-color-input, Field);
    color: var(--wijk-color-input-text, FieldText);
  }

  .reflection__label {
    font-weight: 700;
  }

  .step__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }

  .step-dot {
    min-width: 2.25em;
    min-height: 2.25em;
    border: 0.125em solid var(--_border);
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .step-dot--done {
    border-color: var(--_accent);
  }

  .step-dot[aria-current='step'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }

  .step-dot:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0.75em;
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
  }

  .confirm p {
    flex-basis: 100%;
  }

  .scores {
    border-collapse: collapse;
  }

  .scores th,
  .scores td {
    padding: 0.375em 0.75em 0.375em 0;
    text-align: start;
    border-block-end: 0.0625em solid var(--_border);
    vertical-align: top;
  }

  .scores th {
    font-weight: 400;
  }

  .reflections {
    display: grid;
    gap: 0.75em;
  }

  .reflection dt {
    font-weight: 700;
  }

  .reflection dd {
    margin: 0.25em 0 0;
    white-space: pre-wrap;
  }

  @media print {
    .overview__buttons,
    .step__buttons,
    .step__nav,
    .stored,
    .notice {
      display: none;
    }
  }
`;
