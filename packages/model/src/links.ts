/**
 * The only links that leave a widget or a fallback page: http(s) web pages, mailto: and tel:.
 * Feed values were validated already; this is the last check, so a bug elsewhere cannot open
 * javascript:. One copy for the widgets, the learning house and the practice-search adapter.
 */

/** The URL when it is an http(s) web page (relative ones resolved against `base`), else undefined. */
export function webUrlOf(url: string | undefined, base?: string | URL): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function webHref(url: string | undefined, base?: string | URL): string | undefined {
  return webUrlOf(url, base)?.href;
}

/**
 * `0800-0113` → `tel:08000113`, `+31 (0)50 …` → `tel:+3150…`: the (0) is dialled only from inside
 * the country, never after a country code. An international 00 becomes +, the form every phone
 * and RFC 3966 understand.
 */
export function telHref(number: string | undefined): string | undefined {
  const international = number?.trim().replace(/^00/, '+');
  const digits = (international?.startsWith('+') ? international.replace(/\(\s*0\s*\)/, '') : international)?.replace(/[^\d+]/g, '');
  return digits && /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * A mailto: link for one plain address; nothing from the address can add `?cc=` or a body. A
 * subject, when given, is our own text and is encoded whole.
 */
export function mailtoHref(email: string | undefined, subject?: string): string | undefined {
  if (!email || !/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(email)) return undefined;
  return subject ? `mailto:${email}?subject=${encodeURIComponent(subject)}` : `mailto:${email}`;
}

/**
 * A maps link that phones open in their map app (Google's cross-platform Maps URL);
 * it is only followed when the resident taps it.
 */
export function mapHref(query: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
