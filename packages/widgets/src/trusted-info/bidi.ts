/**
 * Left-to-right pieces inside right-to-left text. In Arabic a phone number, a time range, a date,
 * a web address or a Dutch name is set apart with `<bdi dir="ltr">`, so "0800-0113" never reads
 * "0113-0800" and "(NHG)" keeps its brackets. Text stays text: only Lit bindings, no markup strings.
 */
import { html, type TemplateResult } from 'lit';
import { inLanguage, type LocalizedText, type TextLanguage } from '@wijkwijzer/model';

/**
 * A run that reads left to right: Latin letters or digits, and what joins them inside a number,
 * time, date, address or name (spaces, . , : / - – ( ) + & @ …). It starts with a letter, a digit
 * or a + and ends with a letter, a digit or a closing bracket.
 */
const LEFT_TO_RIGHT_RUN = /[+\p{Script=Latin}\d](?:[\p{Script=Latin}\d\s.,:;'’()/\-–&+@_#%?=]*[\p{Script=Latin}\d)])?/gu;

/** A number, time or name set apart to read left to right (always, so its digits never turn around). */
export const ltr = (text: string): TemplateResult => html`<bdi dir="ltr">${text}</bdi>`;

/** The text with each left-to-right run set apart when it stands in right-to-left text; as is otherwise. */
export function isolateRuns(text: string, rightToLeft: boolean): string | (string | TemplateResult)[] {
  if (!rightToLeft) return text;
  const parts: (string | TemplateResult)[] = [];
  let from = 0;
  for (const match of text.matchAll(LEFT_TO_RIGHT_RUN)) {
    // A closing bracket whose opening one lies outside the run belongs to the right-to-left text.
    const run = match[0].endsWith(')') && !match[0].includes('(') ? match[0].slice(0, -1) : match[0];
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(ltr(run));
    from = match.index + run.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** Text from the registry or a partner in the widget's language, and the language it really is in. */
export interface ShownText {
  content: string | (string | TemplateResult)[];
  /** Set when the text is not in the widget's language (a partner wrote only Dutch), for screen readers. */
  lang: TextLanguage | undefined;
  /** "auto" for text in another language, so Dutch on an Arabic page reads left to right; else the widget's direction. */
  dir: 'auto' | undefined;
}

export function shownText(value: LocalizedText, language: TextLanguage): ShownText {
  const { text, lang } = inLanguage(value, language);
  if (lang !== language) return { content: text, lang, dir: 'auto' };
  return { content: isolateRuns(text, language === 'ar'), lang: undefined, dir: undefined };
}

/**
 * A translated sentence with a value that must read left to right (`Bel {{number}}`): the
 * sentence is split around the value, which goes in as its own `<bdi dir="ltr">`.
 */
export function sentenceWith(sentence: (marker: string) => string, value: TemplateResult): TemplateResult {
  const marker = '\uE000';
  const [before, after] = sentence(marker).split(marker);
  return after === undefined ? html`${before} ${value}` : html`${before}${value}${after}`;
}
