/**
 * One catalogue per language for the domain's words and the model's sentences: themes, target
 * groups and schedule sentences, used by the widgets, the site and the CLI alike. Dutch is the
 * reference; the `Catalogue` type makes an English or Arabic catalogue that lacks a key, or has
 * one too many, fail to compile. Slugs exist here once: every list of themes is made from it.
 */
import dutch from './nl.ts';

export { searchWords, type SearchWordEntry, type SearchWordLanguage, type SearchWords } from './search-words.ts';

/** The shape of the Dutch catalogue with every text widened to `string`. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof dutch>;

export const dutchCatalogue: Catalogue = dutch;

export type ThemeSlug = keyof typeof dutch.theme;
export type TargetGroupSlug = keyof typeof dutch.targetGroup;
export const THEME_SLUGS = Object.keys(dutch.theme) as ThemeSlug[];
export const TARGET_GROUP_SLUGS = Object.keys(dutch.targetGroup) as TargetGroupSlug[];

export const isThemeSlug = (value: string): value is ThemeSlug => Object.hasOwn(dutch.theme, value);
export const isTargetGroupSlug = (value: string): value is TargetGroupSlug => Object.hasOwn(dutch.targetGroup, value);

/**
 * Translates a key with values. Widgets pass i18next's `t`; the site and the CLI pass
 * `translatorFor(catalogue)`.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A small translator over one catalogue, for code without i18next (site build, CLI). */
export function translatorFor(catalogue: Catalogue): Translate {
  return (key, values = {}) => {
    let found: unknown = catalogue;
    for (const part of key.split('.')) found = found && typeof found === 'object' && Object.hasOwn(found, part) ? (found as Record<string, unknown>)[part] : undefined;
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
