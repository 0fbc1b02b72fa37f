import { css } from 'lit';

export const trustedStyles = css`
  h2,
  h3,
  p,
  ul {
    margin: 0;
  }

  .crisis {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_space);
    padding: 0.75em 1em;
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
  }

  .crisis__title {
    font-size: 1.25em;
  }

  .crisis__lines {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .crisis__line {
    display: grid;
    gap: 0.25em;
  }

  .crisis__name {
    font-weight: 700;
  }

  /* A source's numbers, each a tel: link with what it is and when someone answers. */
  .phones {
    display: grid;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }

  .phone {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }

  .phone__note {
    font-size: 0.9em;
  }

  .crisis__call,
  .crisis__chat {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-height: 2.75em;
    padding: 0.25em 1em;
    border-radius: var(--_radius);
    background: var(--_danger);
    color: #ffffff;
    font-weight: 700;
    text-decoration: none;
  }

  .pointer__call,
  .pointer__chat {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-height: 2.75em;
    font-weight: 700;
  }

  /* A part that failed, beside what still shows: quieter than an error box. */
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: center;
    margin-block-end: var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_border);
    background: var(--_surface);
  }

  .topic {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }

  .topic__title {
    font-size: 1.25em;
  }

  .pointers {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }

  .pointer {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .pointer--local {
    border-inline-start: 0.375em solid var(--_accent);
  }

  .pointer__title {
    font-size: 1.0625em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .pointer__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }

  .pointer__languages {
    font-size: 0.9em;
  }

  .pointer__overdue {
    font-size: 0.9em;
    font-weight: 700;
  }

  .badge {
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }

  .ask {
    display: grid;
    gap: 0.5em;
  }

  .search__label {
    font-weight: 700;
  }

  .topic-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .topic-button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .crisis__call,
    .crisis__chat {
      border: 0.125em solid ButtonText;
    }
  }
`;
