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

export function telHref(number: string | undefined): string | undefined {
  const digits = number?.replace(/[^\d+]/g, '');
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
