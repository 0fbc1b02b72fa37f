/**
 * The only links a widget lets leave the page (http(s), mailto:, tel:) are checked by the model's
 * link rules, shared with the learning house's no-JavaScript pages.
 */
export { mailtoHref, mapHref, telHref, webHref } from '@wijkwijzer/model';

/**
 * Wraps text from a feed or module in a first-strong isolate before it is put into a translated
 * sentence, so "الدرس 1: Wat is …?" keeps its Dutch question mark at the end of the Dutch.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
