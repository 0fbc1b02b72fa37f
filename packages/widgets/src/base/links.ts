/**
 * The only links a widget lets leave the page: http(s) web pages, mailto: and tel:. Feed values
 * were validated already; this is the last check, so a bug elsewhere cannot open javascript:.
 */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `+31 (0)50 …` → `tel:+3150…`: the (0) is dialled only from inside the country, never after a
 * country code. An international 00 becomes +, the form every phone and RFC 3966 understand.
 */
export function telHref(number: string | undefined): string | undefined {
  const international = number?.trim().replace(/^00/, '+');
  const digits = (international?.startsWith('+') ? international.replace(/\(\s*0\s*\)/, '') : international)?.replace(/[^\d+]/g, '');
  return digits && /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

export function mailtoHref(email: string | undefined): string | undefined {
  return email && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(email) ? `mailto:${email}` : undefined;
}

/**
 * A maps link that phones open in their map app (Google's cross-platform Maps URL);
 * it is only followed when the resident taps it.
 */
export function mapHref(query: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/**
 * Wraps text from a feed or module in a first-strong isolate before it is put into a translated
 * sentence, so "الدرس 1: Wat is …?" keeps its Dutch question mark at the end of the Dutch.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
