/**
 * The model's catalogue (themes, target groups, schedule sentences) as the i18next namespace
 * `vocabulary`, so widgets say a theme or a schedule with the same words as the site and the CLI.
 * Dutch is bundled; English and Arabic load with the widget's other strings, only when used.
 */
import { dutchCatalogue, isTargetGroupSlug, isThemeSlug } from '@wijkwijzer/model';
import { registerMessages, type Messages } from '../base/localize.ts';

registerMessages('vocabulary', {
  nl: dutchCatalogue as unknown as Messages,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

/** The key of a facet value's label, when the catalogue knows the value. */
export function vocabularyKey(group: 'theme' | 'targetGroup', value: string): string | undefined {
  const known = group === 'theme' ? isThemeSlug(value) : isTargetGroupSlug(value);
  return known ? `vocabulary:${group}.${value}` : undefined;
}
