/**
 * Text per language in a trusted-pointer list: `{ nl, en, ar }`, the languages the widget speaks.
 * A plain string is Dutch only (a partner's neighbourhood desk may write only Dutch); the list's
 * `text_languages` says which languages every text must have, and validation names what is missing.
 */

/** The languages the widgets speak, and so the languages a list's own text can be written in. */
export const TEXT_LANGUAGES = ['nl', 'en', 'ar'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Text in Dutch and, when written, English and Arabic. */
export interface PerLanguage<T> {
  nl: T;
  en?: T;
  ar?: T;
}

/** A list's text: a plain string (Dutch) or one text per language. */
export type LocalizedText = string | PerLanguage<string>;

/** The text to show in `language`, and the language it is really in (Dutch when no translation exists). */
export function inLanguage(value: LocalizedText, language: TextLanguage): { text: string; lang: TextLanguage } {
  if (typeof value === 'string') return { text: value, lang: 'nl' };
  const translated = value[language];
  return translated ? { text: translated, lang: language } : { text: value.nl, lang: 'nl' };
}

/** Just the text to show in `language` (Dutch when not translated). */
export const textIn = (value: LocalizedText, language: TextLanguage): string => inLanguage(value, language).text;

/** Which of the wanted languages a text lacks: a plain string has only Dutch. */
export function missingLanguages(value: LocalizedText, wanted: readonly TextLanguage[]): TextLanguage[] {
  return wanted.filter((language) => (typeof value === 'string' ? language !== 'nl' : !value[language]));
}

/** Every text of a value, whatever its language (for matching words in any language). */
export function allTexts(value: LocalizedText | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return TEXT_LANGUAGES.flatMap((language) => (value[language] ? [value[language]] : []));
}
