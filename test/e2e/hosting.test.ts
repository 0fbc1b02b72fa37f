/**
 * The learning house as a real static host serves it: the headers of site/public/_headers
 * (Netlify, Cloudflare Pages; the nginx and Caddy files in site/hosting/ say the same), applied
 * path by path to the built site, and a partner's page on another origin embedding a widget,
 * its data and the practice search from it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site/dist');

interface Rule {
  pattern: RegExp;
  path: string;
  headers: Record<string, string>;
}

/** The `_headers` format: a path (with `*` as a splat) on its own line, then indented `Name: value` lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      rules.push({ path, pattern: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
  }
  return rules;
}

const rules = parseHeaders(readFileSync(join(SITE, '_headers'), 'utf8'));
/** Every matching rule applies, as on Netlify and Cloudflare Pages. */
const headersFor = (pathname: string) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers)) as Record<string, string>;

let browser: Browser;
let site: StaticServer;
let partner: StaticServer;
const partnerDir = mkdtempSync(join(tmpdir(), 'wijk-partner-hosting-'));

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(SITE, headersFor);
  partner = await serveDirectory(partnerDir);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await partner?.close();
});

describe('hosting the learning house', () => {
  it('sends CORS headers for widgets, data and the index, and caches files named by their hash for a year', async () => {
    const head = async (path: string) => (await fetch(`${site.origin}${path}`)).headers;
    const chunk = (await (await fetch(`${site.origin}/widgets/size-report.json`)).json()) as Record<string, { initialFiles: string[] }>;
    const chunkFile = chunk['page with trusted-info']!.initialFiles.find((file) => file.startsWith('chunk-'))!;
    const hashed = await head(`/widgets/${chunkFile}`);
    assert.equal(hashed.get('access-control-allow-origin'), '*');
    assert.equal(hashed.get('cache-control'), 'public, max-age=31536000, immutable');
    const loader = await head('/widgets/loader.js');
    assert.equal(loader.get('access-control-allow-origin'), '*');
    assert.equal(loader.get('cache-control'), null, 'loader.js keeps its name across versions: no year-long cache');
    assert.equal((await head('/data/demo-initiatives.json')).get('access-control-allow-origin'), '*');
    assert.equal((await head('/pagefind/pagefind-entry.json')).get('access-control-allow-origin'), '*');
    assert.equal((await head('/')).get('access-control-allow-origin'), null, 'pages themselves are not cross-origin');
  });

  it('lets a partner’s page on another origin embed the finder and the practice search from it', async () => {
    writeFileSync(
      join(partnerDir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title><script type="module" src="${site.origin}/widgets/loader.js"></script></head>` +
        `<body><main><h1>Welzijn Voorbeeld</h1><wijk-initiative-finder src="${site.origin}/data/demo-initiatives.json"></wijk-initiative-finder>` +
        `<wijk-practice-search index="${site.origin}/pagefind/"></wijk-practice-search></main></body></html>`,
    );
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${partner.origin}/`);
    await page.waitForFunction(() => (document.querySelector('wijk-initiative-finder')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) > 0);
    await page.locator('wijk-practice-search [part~="search-input"]').fill('selwerd');
    await page.waitForFunction(() => (document.querySelector('wijk-practice-search')?.shadowRoot?.querySelectorAll('[part~="result"]').length ?? 0) > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says the same in the nginx and Caddy files as in _headers', () => {
    const nginx = readFileSync(join(ROOT, 'site/hosting/nginx.conf'), 'utf8');
    const caddy = readFileSync(join(ROOT, 'site/hosting/Caddyfile'), 'utf8');
    for (const rule of rules) {
      const folder = rule.path.split('/')[1]!;
      assert.ok(nginx.includes(folder) && caddy.includes(rule.path), `${rule.path} missing from site/hosting/`);
      for (const value of Object.values(rule.headers)) assert.ok(nginx.includes(value) && caddy.includes(value), `${value} missing from site/hosting/`);
    }
  });
});
