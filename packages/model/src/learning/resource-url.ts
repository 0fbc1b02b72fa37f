/**
 * Where an image (or other file) named in a module is loaded from. A path is a file next to the
 * module, so it must stay on the module's own site; an address with an explicit http(s) scheme
 * is the author's visible choice of another site. `//other.example/x.png` has no scheme but is
 * not a path: browsers read it as another site, so it is allowed only when it names the
 * module's own site.
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** The absolute URL to load, or `undefined` when the address may not be loaded. */
export function moduleResourceUrl(address: string, moduleUrl: string): string | undefined {
  // What the URL parser itself ignores: leading and trailing controls and spaces, tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex
  const cleaned = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  let url: URL;
  let base: URL;
  try {
    base = new URL(moduleUrl);
    url = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  if (!WEB_PROTOCOLS.has(url.protocol)) return undefined;
  if (SCHEME.test(cleaned)) return url.href;
  return url.origin === base.origin ? url.href : undefined;
}
