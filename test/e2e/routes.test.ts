/**
 * The learning house's addresses: English pages at English slugs, a language switch on every page
 * that leads to the same page in the other language (and back), old English addresses that still
 * arrive, and a 404 page that helps on. Needs `site/dist` (the site build).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'packages/content');
const readJson = (path: string) => JSON.parse(readFileSync(join(CONTENT, path), 'utf8'));

/** The slugs a resident or partner reading English expects; detail pages keep the content's id. */
const ENGLISH_SECTIONS = [
  '/en/',
  '/en/good-practices/',
  '/en/principles/',
  '/en/learning-house/',
  '/en/for-partners/',
  '/en/for-partners/styling/',
  '/en/activities/',
  '/en/trusted-information/',
  '/en/welcoming-neighbourhood/',
];
const principleSlugs = (readJson('principles/en.json') as { slug: string }[]).map((principle) => principle.slug);
const practiceIds = readdirSync(join(CONTENT, 'practices/en')).map((file) => file.replace(/\.json$/, ''));
const moduleIds = readdirSync(join(CONTENT, 'modules'))
  .filter((file) => file.endsWith('.en.json'))
  .map((file) => file.replace(/\.en\.json$/, ''));
const ENGLISH_PAGES = [
  ...ENGLISH_SECTIONS,
  ...principleSlugs.map((slug) => `/en/principles/${slug}/`),
  ...practiceIds.map((id) => `/en/good-practices/${id}/`),
  ...moduleIds.map((id) => `/en/learning-house/${id}/`),
];

let browser: Browser;
let site: StaticServer;
/** Pages without JavaScript: the addresses, links and text are the site's, not a widget's. */
let plain: BrowserContext;
/** One tab for `visit`, which opens pages one after another. */
let visitor: Page;

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(join(ROOT, 'site/dist'));
  plain = await browser.newContext({ javaScriptEnabled: false });
  visitor = await plain.newPage();
});
after(async () => {
  await plain?.close();
  await browser?.close();
  await site?.close();
});

async function withJavaScript<T>(path: string, check: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    const result = await check(page);
    assert.deepEqual(errors, [], `${path} threw`);
    return result;
  } finally {
    await page.close();
  }
}

interface PageFacts {
  status: number;
  /** Set when the page only sends the visitor on (an old address): where to. */
  movedTo?: string;
  lang: string;
  languageSwitch?: string;
  alternates: Record<string, string>;
  links: string[];
}

const facts = new Map<string, Promise<PageFacts>>();

/** What a visitor without JavaScript meets at `path`; each path is opened once, and one at a time. */
function visit(path: string): Promise<PageFacts> {
  if (!facts.has(path)) {
    facts.set(
      path,
      (async () => {
        const response = await visitor.goto(`${site.origin}${path}`);
        return {
          status: response?.status() ?? 0,
          ...(await visitor.evaluate(() => ({
            movedTo: document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? undefined,
            lang: document.documentElement.lang,
            languageSwitch: document.querySelector('header nav a[hreflang]')?.getAttribute('href') ?? undefined,
            alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!, location.href).pathname])),
            links: [...document.querySelectorAll('a[href^="/"]')].map((link) => link.getAttribute('href')!),
          }))),
        };
      })(),
    );
  }
  return facts.get(path)!;
}

/** Every page a visitor can reach by following the site's own links from both home pages. */
async function crawl(): Promise<string[]> {
  const seen = new Set(['/', '/en/']);
  const queue = [...seen];
  while (queue.length > 0) {
    const { links } = await visit(queue.shift()!);
    for (const link of links) {
      const path = new URL(link, site.origin).pathname;
      // Files (schemas, data) are downloads, not pages.
      if (/\.[a-z]+$/i.test(path) || seen.has(path)) continue;
      seen.add(path);
      queue.push(path);
    }
  }
  return [...seen];
}

describe('addresses of the learning house', () => {
  it('has every English page at its English slug, in English', async () => {
    assert.ok(principleSlugs.length > 0 && practiceIds.length > 0 && moduleIds.length > 0);
    for (const path of ENGLISH_PAGES) {
      const page = await visit(path);
      assert.equal(page.status, 200, `${path} answers ${page.status}`);
      assert.equal(page.movedTo, undefined, `${path} sends the visitor on (${page.movedTo})`);
      assert.equal(page.lang, 'en', `${path} says lang="${page.lang}"`);
    }
  });

  it('links, on every page reachable from either home page, only to pages that exist at their own address, with a language switch to the counterpart and back', async () => {
    const paths = await crawl();
    assert.ok(paths.length >= ENGLISH_PAGES.length * 2, `only ${paths.length} pages reached`);
    for (const path of ENGLISH_PAGES) assert.ok(paths.includes(path), `${path} is not linked from anywhere`);
    for (const path of paths) {
      const page = await visit(path);
      assert.equal(page.status, 200, `a link leads to ${path}, which answers ${page.status}`);
      assert.equal(page.movedTo, undefined, `a link leads to the old address ${path} (${page.movedTo})`);
      assert.ok(page.languageSwitch, `${path} has no language switch`);
      const other = await visit(page.languageSwitch);
      assert.equal(other.status, 200, `the language switch on ${path} leads to ${page.languageSwitch}, which answers ${other.status}`);
      assert.equal(other.movedTo, undefined, `the language switch on ${path} leads to the old address ${page.languageSwitch}`);
      const switchLanguage = page.lang === 'en' ? 'nl' : 'en';
      assert.equal(other.lang, switchLanguage, `the language switch on ${path} leads to a page in ${other.lang}`);
      assert.equal(page.alternates[switchLanguage], page.languageSwitch, `${path}: hreflang=${switchLanguage} and the language switch disagree`);
      // An Arabic demo page's switch leads to English, whose switch leads to Dutch.
      if (page.lang !== 'ar') assert.equal(other.languageSwitch, path, `the language switch on ${page.languageSwitch} does not lead back to ${path}`);
    }
  });

  it('has the English principles at /en/principles/, and sends the old /en/principes/ addresses there', async () => {
    assert.equal((await visit('/en/principles/')).status, 200);
    for (const [old, current] of [
      ['/en/principes/', '/en/principles/'],
      [`/en/principes/${principleSlugs[0]}/`, `/en/principles/${principleSlugs[0]}/`],
      ['/en/voor-partners/vormgeving/', '/en/for-partners/styling/'],
    ]) {
      const page = await plain.newPage();
      await page.goto(`${site.origin}${old}`);
      await page.waitForURL(`${site.origin}${current}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.close();
    }
  });

  it('gives each English principle page the official Dutch name beside the translation', async () => {
    const principles = readJson('principles/en.json') as { slug: string; official_name: string }[];
    for (const { slug, official_name: official } of principles) {
      const page = await plain.newPage();
      await page.goto(`${site.origin}/en/principles/${slug}/`);
      assert.equal(await page.locator('.official-name [lang="nl"]').textContent(), official, slug);
      await page.close();
    }
  });

  it('answers an unknown address with a 404 page in Dutch and English, with the menu and a search in the good practices', async () => {
    const page = await plain.newPage();
    const response = await page.goto(`${site.origin}/bestaat-niet/`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    const menu = await page.locator('header nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const path of ['/', '/goede-voorbeelden/', '/principes/', '/leerhuis/', '/voor-partners/']) assert.ok(menu.includes(path), `the menu has no link to ${path}`);
    const english = page.locator('main [lang="en"]');
    assert.equal(await english.count(), 1);
    assert.match((await english.textContent()) ?? '', /does not exist/);
    assert.ok(await english.locator('a[href="/en/principles/"]').count(), 'the English part has no way to the English pages');
    const forms = await page.locator('main form[role="search"]').evaluateAll((found) =>
      found.map((form) => ({ action: new URL((form as HTMLFormElement).action).pathname, method: (form as HTMLFormElement).method, english: !!form.closest('[lang="en"]') })),
    );
    assert.deepEqual(forms, [
      { action: '/goede-voorbeelden/', method: 'get', english: false },
      { action: '/en/good-practices/', method: 'get', english: true },
    ]);
    await page.close();
  });

  it('searches the good practices from the 404 page: the practice search takes the word from the form', async () => {
    await withJavaScript('/bestaat-niet/', async (page) => {
      await page.locator('main form[role="search"] input[type="search"]').first().fill('eenzaamheid');
      await page.locator('main form[role="search"] button').first().click();
      await page.waitForURL((url) => url.pathname === '/goede-voorbeelden/');
      const search = page.locator('wijk-practice-search input[type="search"]');
      await search.waitFor();
      assert.equal(await search.inputValue(), 'eenzaamheid');
    });
  });

  it('describes the styling options in Dutch on the Dutch styling page, in English on the English one', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { name?: string; cssProperties?: { name: string; description: string }[] }[] }[];
    };
    const properties = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'WijkElement')!.cssProperties!;
    for (const [path, language] of [
      ['/voor-partners/vormgeving/', 'nl'],
      ['/en/for-partners/styling/', 'en'],
    ] as const) {
      const page = await plain.newPage();
      await page.goto(`${site.origin}${path}`);
      const otherLanguages = await page.locator(`main [lang]:not([lang="${language}"])`).evaluateAll((found) => found.map((element) => `${element.getAttribute('lang')}: ${element.textContent}`));
      assert.deepEqual(otherLanguages, [], `${path} has text in another language`);
      const descriptions = await page.locator('main table td:nth-child(2)').allTextContents();
      assert.equal(descriptions.length, properties.length);
      const english = descriptions.filter((text) => properties.some((property) => property.description === text.trim()));
      assert.equal(english.length, language === 'en' ? properties.length : 0, `${path}: ${english.length} English descriptions`);
      await page.close();
    }
  });

  it('shows a learning module’s title and introduction once on its page, with the widget running', async () => {
    const module = readJson('modules/zeven-principes.nl.json') as { title: string; summary: string };
    const firstParagraph = module.summary.split(/\n\s*\n/)[0]!.trim();
    await withJavaScript('/leerhuis/zeven-principes/', async (page) => {
      await page.waitForFunction(() => !!document.querySelector('wijk-learning-module')?.shadowRoot?.querySelector('[part~="overview"]'));
      // Playwright's text locators see into the widget's shadow root too.
      assert.equal(await page.getByText(module.title, { exact: true }).filter({ visible: true }).count(), 1, 'the title is shown more than once');
      assert.equal(await page.getByText(firstParagraph, { exact: true }).filter({ visible: true }).count(), 1, 'the introduction is shown more than once');
    });
  });
});
