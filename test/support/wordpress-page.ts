/**
 * The WordPress-like test page (test/pages/wordpress.html) as a partner's host serves it: from
 * the repository root, with the widgets' CDN build and the demo feed on the same origin, under a
 * policy as strict as a WordPress page allows (inline styles, as WordPress prints them).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveDirectory, type StaticServer } from './static-server.ts';

export const WORDPRESS_PAGE = '/test/pages/wordpress.html';
const WORDPRESS_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; base-uri 'none'; object-src 'none'";
const ROOT = join(import.meta.dirname, '../..');

export function serveWordPressPage(): Promise<StaticServer> {
  return serveDirectory(ROOT, (pathname): Record<string, string> => (pathname === WORDPRESS_PAGE ? { 'Content-Security-Policy': WORDPRESS_CSP } : {}));
}

/** Opens the page at a screen width and waits until the finder shows its activities. */
export async function openWordPressPage(browser: Browser, origin: string, width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${origin}${WORDPRESS_PAGE}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => {
    const finder = document.querySelector('wijk-initiative-finder');
    return Boolean(finder?.matches(':state(ready)') && finder.shadowRoot?.querySelector('[part~="card"]'));
  });
  return page;
}
