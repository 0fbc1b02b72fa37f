/** Names of languages in the widget's language ("Arabisch", "Arabic", "العربية"), made once per locale. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
