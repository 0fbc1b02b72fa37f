/**
 * The learning house as visitors and partners meet it: the built site (with its Pagefind index)
 * served on 127.0.0.1, driven in Debian's Chromium. A second server on another port plays a
 * partner's website. The learning house sends CORS headers, as its host must for embedding.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const practicesDir = join(ROOT, 'packages/content/practices/nl');
const practices = readdirSync(practicesDir).map((file) => JSON.parse(readFileSync(join(practicesDir, file), 'utf8')) as { title: string; themes: string[]; principles: number[] });

let browser: Browser;
let site: StaticServer;
let partner: StaticServer;
const partnerDir = mkdtempSync(join(tmpdir(), 'wijk-partner-'));

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(join(ROOT, 'site/dist'), { 'Access-Control-Allow-Origin': '*' });
  partner = await serveDirectory(partnerDir);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await partner?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => assert.deepEqual(errors, [], `${url} threw`));
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

const resultTitles = (page: Page) => page.locator('wijk-practice-search [part~="result"] h3').allTextContents();

describe('the learning house', () => {
  it('loads widget code only on pages that show a widget, and there only that widget’s', async () => {
    const requestsOn = async (path: string) => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/widgets/')) requested.push(url.pathname.slice('/widgets/'.length));
      });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      await page.close();
      return requested;
    };
    assert.deepEqual(await requestsOn('/'), ['loader.js']);
    const finderPage = await requestsOn('/activiteiten/');
    assert.ok(finderPage.includes('initiative-finder.js'), finderPage.join(', '));
    for (const other of ['wijkwijzer.js', 'learning-module.js', 'trusted-info.js', 'practice-search.js']) assert.ok(!finderPage.includes(other), `${other} on the finder page`);
  });

  it('finds the practices about loneliness when a resident searches "eenzaamheid"', async () => {
    const page = await open(`${site.origin}/goede-voorbeelden/`);
    await page.locator('wijk-practice-search input[type="search"]').fill('eenzaamheid');
    const lonely = practices.filter((practice) => practice.themes.includes('eenzaamheid')).map((practice) => practice.title);
    assert.ok(lonely.length > 0);
    await page.waitForFunction(
      (count) => document.querySelector('wijk-practice-search')!.shadowRoot!.querySelectorAll('[part~="result"]').length >= count,
      lonely.length,
    );
    const titles = (await resultTitles(page)).map((title) => title.trim());
    for (const title of lonely) assert.ok(titles.includes(title), `${title} not found in ${titles.join(' | ')}`);
    assert.match(page.url(), /[?&]wijk-gv-zoek=eenzaamheid/);
    await page.close();
  });

  it('narrows the list when filtering on principle 7', async () => {
    const page = await open(`${site.origin}/goede-voorbeelden/`);
    const count = () => page.locator('wijk-practice-search #practice-count').textContent();
    await page.waitForFunction(() => /\d/.test(document.querySelector('wijk-practice-search')?.shadowRoot?.querySelector('#practice-count')?.textContent ?? ''));
    assert.equal(await count(), `${practices.length} goede voorbeelden gevonden`);
    await page.locator('wijk-practice-search label.option', { hasText: /^\s*7\. / }).locator('input').check();
    const withSeven = practices.filter((practice) => practice.principles.includes(7)).length;
    await page.waitForFunction((n) => document.querySelector('wijk-practice-search')!.shadowRoot!.querySelector('#practice-count')!.textContent!.startsWith(`${n} `), withSeven);
    assert.ok(withSeven < practices.length);
    assert.equal((await resultTitles(page)).length, withSeven);
    await page.close();
  });

  it('shows a plain list of practices without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/goede-voorbeelden/`);
    assert.equal(await page.locator('.practice-list h3 a').count(), practices.length);
    await context.close();
  });

  it('gives a snippet that, pasted into a partner’s plain page on another origin, shows a working widget', async () => {
    const guide = await open(`${site.origin}/voor-partners/`);
    const snippet = await guide.locator('#wijk-initiative-finder-snippet').inputValue();
    await guide.close();
    assert.match(snippet, new RegExp(`src="${site.origin}/widgets/loader.js"`));
    writeFileSync(join(partnerDir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Welzijn Voorbeeld</h1>${snippet}</main></body></html>`);
    const page = await open(`${partner.origin}/`);
    await page.waitForFunction(() => /\d+ activiteiten gevonden/.test(document.querySelector('wijk-initiative-finder')?.shadowRoot?.textContent ?? ''));
    assert.ok((await page.locator('wijk-initiative-finder [part~="card"]').count()) > 10);
    await page.close();
  });

  it('shows the practices on the first screen before it fetches the rest of the page', async () => {
    const page = await browser.newPage();
    const fragments: string[] = [];
    // Fragments after the fifth arrive late, so what shows first is what was read first.
    await page.route('**/pagefind/fragment/**', async (route) => {
      fragments.push(route.request().url());
      if (fragments.length > 5) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${site.origin}/goede-voorbeelden/`);
    await page.waitForFunction(() => (document.querySelector('wijk-practice-search')?.shadowRoot?.querySelectorAll('[part~="result"]').length ?? 0) > 0);
    // All at once (the old way) would show every result together, after the slow ones.
    assert.equal(await page.locator('wijk-practice-search [part~="result"]').count(), 5);
    await page.waitForFunction((count) => document.querySelector('wijk-practice-search')!.shadowRoot!.querySelectorAll('[part~="result"]').length === count, Math.min(practices.length, 20));
    await page.close();
  });

  it('plays a learning module in the language the partner picks, where the module is written in it', async () => {
    const guide = await open(`${site.origin}/voor-partners/`);
    const snippet = () => guide.locator('#wijk-learning-module-snippet').inputValue();
    const language = guide.locator('#wijk-learning-module-lang');
    assert.match(await snippet(), /src="[^"]*\/data\/modules\/welkome-wijk\.nl\.json"/);
    await language.selectOption('en');
    assert.match(await snippet(), /welkome-wijk\.en\.json/);
    await guide.waitForFunction(() => /Welcom/i.test(document.querySelector('.preview wijk-learning-module')?.shadowRoot?.textContent ?? ''));
    await language.selectOption('ar');
    assert.match(await snippet(), /welkome-wijk\.ar\.json/);
    // A module not written in Arabic stays in the language chosen from the list.
    const moduleSelect = guide.locator('form[data-tag="wijk-learning-module"] select[data-attribute="src"]');
    const other = await moduleSelect.locator('option').evaluateAll((options) => (options as HTMLOptionElement[]).map((option) => option.value).find((value) => !value.includes('welkome-wijk')));
    await moduleSelect.selectOption(other!);
    assert.ok((await snippet()).includes(other!.replace(/^\/data/, `${site.origin}/data`)), 'the Dutch file, as picked');
    await guide.close();
  });

  it('lets <wijk-practice-search> on a partner’s site search the learning house’s index across origins', async () => {
    writeFileSync(
      join(partnerDir, 'search.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title><script type="module" src="${site.origin}/widgets/wijkwijzer.js"></script></head><body><main><h1>Zoeken</h1><wijk-practice-search index="${site.origin}/pagefind/"></wijk-practice-search></main></body></html>`,
    );
    const page = await open(`${partner.origin}/search.html`);
    await page.locator('wijk-practice-search input[type="search"]').fill('selwerd');
    await page.waitForFunction(() => document.querySelector('wijk-practice-search')!.shadowRoot!.querySelectorAll('[part~="result"]').length > 0);
    const href = await page.locator('wijk-practice-search [part~="result"] a').first().getAttribute('href');
    assert.ok(href!.startsWith(`${site.origin}/goede-voorbeelden/`), href!);
    await page.close();
  });
});
