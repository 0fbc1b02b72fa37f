/**
 * The learning house for a visitor whose browser never runs the widgets (JavaScript off, the
 * script blocked or failing): every page with a widget shows, inside the element, what the widget
 * would (the activities, the lessons, the crisis lines and trusted sources), in Dutch and English.
 * The partner configurator's snippet carries that fallback too. And the English pages show English
 * demo content, with and without JavaScript. Needs `site/dist` (the site build).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { THEME_SLUGS } from '../../packages/model/src/catalogue/index.ts';
import { href } from '../../site/src/i18n/routes.ts';

const ROOT = join(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site/dist');
const CONTENT = join(ROOT, 'packages/content');
const LANGUAGES = ['nl', 'en'] as const;
/** The widget demo pages come in Arabic too, with Arabic content. */
const DEMO_LANGUAGES = [...LANGUAGES, 'ar'] as const;
type Language = (typeof DEMO_LANGUAGES)[number];

const readJson = (path: string) => JSON.parse(readFileSync(join(CONTENT, path), 'utf8'));
const feedFile = (language: Language) => (language === 'nl' ? 'feeds/demo-initiatives.json' : `feeds/demo-initiatives.${language}.json`);
/** What the finder shows: every service that has not ended. */
const initiativeNames = (language: Language): string[] =>
  (readJson(feedFile(language)).services as { name: string; status: string }[])
    .filter((service) => service.status !== 'inactive' && service.status !== 'defunct')
    .map((service) => service.name);

const moduleIds = readdirSync(join(CONTENT, 'modules'))
  .filter((file) => file.endsWith('.nl.json'))
  .map((file) => file.replace(/\.nl\.json$/, ''));
const lessonTitles = (id: string, language: Language): string[] => (readJson(`modules/${id}.${language}.json`).lessons as { title: string }[]).map((lesson) => lesson.title);

// The registry is read in both its shapes: Dutch-only strings, or texts per language.
const registry = readJson('trusted/registry.json') as { topics: { id: string; title: string | Record<string, string> }[] };
const textIn = (value: string | Record<string, string>, language: Language) => (typeof value === 'string' ? value : (value[language] ?? value.nl ?? ''));
const topicTitles = (language: Language) => registry.topics.map((topic) => textIn(topic.title, language));

/** Dutch strings that the English version does not also contain (names such as "Welzijn op Recept" stay). */
function dutchOnly(dutch: string[], englishSource: string): string[] {
  return dutch.filter((text) => !englishSource.includes(text));
}

let browser: Browser;
let site: StaticServer;
let partner: StaticServer;
const partnerDir = mkdtempSync(join(tmpdir(), 'wijk-partner-nojs-'));

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(SITE, { 'Access-Control-Allow-Origin': '*' });
  partner = await serveDirectory(partnerDir);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await partner?.close();
});

async function withoutJavaScript<T>(url: string, check: (page: Page) => Promise<T>): Promise<T> {
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await check(page);
  } finally {
    await context.close();
  }
}

async function withJavaScript<T>(url: string, check: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const result = await check(page);
    assert.deepEqual(errors, [], `${url} threw`);
    return result;
  } finally {
    await page.close();
  }
}

/** Text a visitor can see: the light DOM's rendered text and every widget's shadow root. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    const hosts = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].filter((element) => element.shadowRoot);
    const queue = hosts(document);
    while (queue.length > 0) {
      const shadow = queue.shift()!.shadowRoot!;
      for (const child of shadow.children) if (child instanceof HTMLElement) parts.push(child.innerText);
      queue.push(...hosts(shadow));
    }
    return parts.join('\n');
  });
}

describe('without JavaScript, every widget page shows its content', () => {
  it('every built page holds fallback content inside each widget element', () => {
    const pages = readdirSync(SITE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const empty: string[] = [];
    let widgets = 0;
    for (const file of pages) {
      const html = readFileSync(join(SITE, file), 'utf8');
      for (const match of html.matchAll(/<(wijk-(?:initiative-finder|learning-module|trusted-info))\b[^>]*>([\s\S]*?)<\/\1>/g)) {
        widgets += 1;
        if (!match[2]!.replace(/<[^>]*>/g, '').trim()) empty.push(`${relative(SITE, join(SITE, file))}: <${match[1]}>`);
      }
    }
    assert.ok(widgets >= 6, `only ${widgets} widget elements found in site/dist`);
    assert.deepEqual(empty, [], 'widget elements without fallback content');
  });

  for (const language of DEMO_LANGUAGES) {
    it(`${href(language, 'activities')} lists every initiative of the ${language} demo feed`, async () => {
      const names = await withoutJavaScript(`${site.origin}${href(language, 'activities')}`, async (page) => {
        const headings = page.locator('wijk-initiative-finder h3');
        assert.ok(await headings.first().isVisible(), 'the list is hidden');
        assert.ok((await page.locator('wijk-initiative-finder a[href^="tel:"]').count()) > 10, 'no phone numbers to call');
        return (await headings.allTextContents()).map((name) => name.trim());
      });
      assert.deepEqual([...names].sort(), initiativeNames(language).sort());
    });

    it(`${href(language, 'trusted')} shows the crisis lines as numbers to call and every topic`, async () => {
      await withoutJavaScript(`${site.origin}${href(language, 'trusted')}`, async (page) => {
        for (const href of ['tel:08000113', 'tel:112']) {
          assert.ok(await page.locator(`wijk-trusted-info a[href="${href}"]`).first().isVisible(), `no visible ${href} link`);
        }
        const headings = (await page.locator('wijk-trusted-info h3').allTextContents()).map((title) => title.trim());
        assert.deepEqual(headings, topicTitles(language));
        const sources = await page.locator('wijk-trusted-info li a[href^="https://"]').count();
        assert.ok(sources >= registry.topics.length, `only ${sources} links to sources`);
      });
    });

    it(`${href(language, 'welcome')} shows the course as text`, async () => {
      await withoutJavaScript(`${site.origin}${href(language, 'welcome')}`, async (page) => {
        const lessons = (await page.locator('wijk-learning-module h2').allTextContents()).map((title) => title.trim());
        assert.deepEqual(lessons, lessonTitles('welkome-wijk', language).map((title, index) => `${index + 1}. ${title}`));
        assert.ok(await page.locator('wijk-learning-module h2').first().isVisible());
      });
    });
  }

  for (const language of LANGUAGES) {
    for (const id of moduleIds) {
      it(`${href(language, { route: 'module', id })} shows the module's lessons inside the widget`, async () => {
        await withoutJavaScript(`${site.origin}${href(language, { route: 'module', id })}`, async (page) => {
          const widget = page.locator('wijk-learning-module');
          for (const title of lessonTitles(id, language)) assert.ok(await widget.getByText(title, { exact: true }).isVisible(), `lesson "${title}" not shown`);
        });
      });
    }
  }

  it('the Arabic demo pages run the widgets on Arabic content, right to left', async () => {
    const arabicNames = initiativeNames('ar');
    await withJavaScript(`${site.origin}/ar/activiteiten/`, async (page) => {
      assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
      await page.waitForFunction(() => (document.querySelector('wijk-initiative-finder')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) > 0);
      const cards = (await page.locator('wijk-initiative-finder [part~="card-button"]').allTextContents()).map((name) => name.trim());
      assert.ok(cards.length >= 10, `only ${cards.length} cards`);
      assert.deepEqual(cards.filter((name) => !arabicNames.includes(name)), [], 'cards that are not the Arabic demo feed’s');
    });
    await withJavaScript(`${site.origin}/ar/welkome-wijk/`, async (page) => {
      await page.waitForFunction(() => document.querySelector('wijk-learning-module')?.matches(':state(ready)'));
      const text = await visibleText(page);
      for (const title of lessonTitles('welkome-wijk', 'ar')) assert.ok(text.includes(title), `lesson "${title}" not on the Arabic page`);
    });
  });

  it('a practice page names its place and region once (not "Groningen (Selwerd) (Groningen)")', async () => {
    const practice = readJson('practices/nl/wijkbedrijf-selwerd.json') as { place: string; region: string };
    await withoutJavaScript(`${site.origin}/goede-voorbeelden/wijkbedrijf-selwerd/`, async (page) => {
      const line = (await page.locator('article p').first().innerText()).trim();
      assert.ok(line.includes(practice.place), line);
      assert.equal(line.split(practice.region).length - 1, 1, `the region more than once: ${line}`);
    });
  });

  it('shows the crisis lines after a few seconds when the widget script fails to load', async () => {
    const page = await browser.newPage();
    await page.route('**/widgets/*.js', (route) => route.abort());
    const started = Date.now();
    await page.goto(`${site.origin}/betrouwbare-informatie/`);
    const crisisLine = page.locator('wijk-trusted-info a[href="tel:08000113"]').first();
    // Hidden at first, as while a working script loads (no flash before the widget replaces it)…
    const hiddenAtFirst = !(await crisisLine.isVisible());
    if (Date.now() - started < 2_000) assert.ok(hiddenAtFirst, 'the fallback shows before the script had its chance');
    // …and shown once the script has clearly failed.
    await crisisLine.waitFor({ state: 'visible', timeout: 6_000 });
    await page.close();
  });

  it('hides the fallback once the widget runs, so nothing shows twice', async () => {
    await withJavaScript(`${site.origin}/betrouwbare-informatie/`, async (page) => {
      await page.waitForFunction(() => customElements.get('wijk-trusted-info') !== undefined);
      assert.equal(await page.locator('wijk-trusted-info > .wijk-fallback').isVisible(), false);
    });
  });
});

describe('the snippet from the partner configurator', () => {
  async function snippetFor(tag: string, settings: Record<string, string>): Promise<string> {
    return withJavaScript(`${site.origin}/voor-partners/`, async (page) => {
      for (const [attribute, value] of Object.entries(settings)) await page.selectOption(`#${tag}-${attribute}`, value);
      return page.locator(`#${tag}-snippet`).inputValue();
    });
  }

  it('carries the crisis lines for trusted info, in the chosen language', async () => {
    const dutch = await snippetFor('wijk-trusted-info', { topic: 'zelfmoordgedachten' });
    for (const text of ['href="tel:08000113"', 'href="tel:112"', 'Direct hulp nodig?']) assert.ok(dutch.includes(text), `no ${text} in\n${dutch}`);
    const english = await snippetFor('wijk-trusted-info', { topic: 'zelfmoordgedachten', lang: 'en' });
    assert.ok(english.includes('Need help right now?') && english.includes('href="tel:08000113"'), english);
    const arabic = await snippetFor('wijk-trusted-info', { topic: '', lang: 'ar' });
    assert.ok(arabic.includes('dir="rtl"') && arabic.includes('href="tel:08000113"') && arabic.includes('href="tel:112"'), arabic);
    assert.ok(arabic.includes('<bdi dir="ltr">0800-0113</bdi>'), 'the number is not isolated inside Arabic text');
  });

  it('offers every topic, theme, neighbourhood and module from the data, by name in the page’s language', async () => {
    const feed = readJson(feedFile('en')) as { services: { wijkwijzer?: { neighbourhoods?: string[] } }[] };
    const neighbourhoods = new Set(feed.services.flatMap((service) => service.wijkwijzer?.neighbourhoods ?? []));
    await withJavaScript(`${site.origin}${href('en', 'partners')}`, async (page) => {
      const options = (id: string) => page.locator(`#${id} option`).evaluateAll((found) => found.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent!.trim() })));
      const topics = await options('wijk-trusted-info-topic');
      assert.deepEqual(new Set(topics.map((topic) => topic.value).filter(Boolean)), new Set(registry.topics.map((topic) => topic.id)));
      const loneliness = registry.topics.find((topic) => topic.id === 'eenzaamheid')!;
      assert.ok(topics.some((topic) => topic.value === 'eenzaamheid' && topic.label === textIn(loneliness.title, 'en')), JSON.stringify(topics));
      const themes = await options('wijk-initiative-finder-theme');
      assert.deepEqual(new Set(themes.map((theme) => theme.value).filter(Boolean)), new Set(THEME_SLUGS));
      for (const theme of themes.filter((option) => option.value)) assert.notEqual(theme.label, theme.value, `theme ${theme.value} shown as its slug`);
      assert.deepEqual(new Set((await options('wijk-initiative-finder-neighbourhood')).map((option) => option.value).filter(Boolean)), neighbourhoods);
      const modules = await options('wijk-learning-module-src');
      assert.deepEqual(new Set(modules.map((module) => module.value)), new Set(moduleIds.map((id) => `/data/modules/${id}.en.json`)));
    });
  });

  it('gives a message or link for the finder and the learning module', async () => {
    const finder = await snippetFor('wijk-initiative-finder', { lang: 'en' });
    assert.match(finder, /<wijk-initiative-finder[^>]*>\s*<p[^>]*>[^<]*JavaScript[^<]*<\/p>\s*<\/wijk-initiative-finder>/);
    const module = await snippetFor('wijk-learning-module', { lang: 'nl' });
    assert.match(module, new RegExp(`<a href="${site.origin}/leerhuis/welkome-wijk/"`));
  });

  it('pasted into a partner’s page, shows the crisis lines there without JavaScript', async () => {
    const snippet = await snippetFor('wijk-trusted-info', { topic: 'zelfmoordgedachten' });
    writeFileSync(join(partnerDir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Huisartsenpraktijk</h1>${snippet}</main></body></html>`);
    await withoutJavaScript(`${partner.origin}/`, async (page) => {
      for (const href of ['tel:08000113', 'tel:112']) assert.ok(await page.locator(`a[href="${href}"]`).first().isVisible(), `no visible ${href}`);
    });
  });
});

describe('English pages show English demo content', () => {
  const englishFeed = readFileSync(join(CONTENT, feedFile('en')), 'utf8');
  const dutchNames = dutchOnly(initiativeNames('nl'), englishFeed);
  const dutchTopics = dutchOnly(topicTitles('nl'), JSON.stringify(topicTitles('en')));

  it('has Dutch names to look for', () => {
    assert.ok(dutchNames.length > 50, `only ${dutchNames.length} Dutch initiative names differ from the English ones`);
  });

  for (const javaScript of [false, true]) {
    const how = javaScript ? 'with JavaScript' : 'without JavaScript';
    const visit = javaScript ? withJavaScript : withoutJavaScript;

    it(`${href('en', 'activities')} shows English initiatives and no Dutch ones, ${how}`, async () => {
      const text = await visit(`${site.origin}${href('en', 'activities')}`, async (page) => {
        if (javaScript) await page.locator('wijk-initiative-finder [part~="card"]').first().waitFor();
        return visibleText(page);
      });
      const found = dutchNames.filter((name) => text.includes(name));
      assert.deepEqual(found, [], 'Dutch demo initiatives on the English page');
      // Without JavaScript every initiative is listed; with it, the first page of cards.
      const english = initiativeNames('en').filter((name) => text.includes(name) && !dutchNames.includes(name));
      assert.ok(javaScript ? english.length >= 10 : text.includes('Language café Selwerd'), `English initiatives shown: ${english.join(', ')}`);
    });

    const modulePages = [[href('en', 'welcome'), 'welkome-wijk'] as const, ...moduleIds.map((id) => [href('en', { route: 'module', id }), id] as const)];
    for (const [path, id] of modulePages) {
      it(`${path} shows the English module and no Dutch lesson titles, ${how}`, async () => {
        const text = await visit(`${site.origin}${path}`, async (page) => {
          if (javaScript) await page.waitForFunction(() => (document.querySelector('wijk-learning-module')?.shadowRoot?.textContent ?? '').trim().length > 0);
          return visibleText(page);
        });
        const dutchLessons = dutchOnly(lessonTitles(id, 'nl'), readFileSync(join(CONTENT, `modules/${id}.en.json`), 'utf8'));
        assert.deepEqual(dutchLessons.filter((title) => text.includes(title)), [], 'Dutch lesson titles on the English page');
        assert.ok(text.includes(lessonTitles(id, 'en')[0]!), 'the first English lesson is not shown');
      });
    }

    it(`${href('en', 'trusted')} names the topics in English, ${how}`, async () => {
      const text = await visit(`${site.origin}${href('en', 'trusted')}`, async (page) => {
        if (javaScript) await page.waitForFunction(() => (document.querySelector('wijk-trusted-info')?.shadowRoot?.textContent ?? '').trim().length > 0);
        return visibleText(page);
      });
      // Whole lines: "Mantelzorg" is a topic, "MantelzorgNL" the name of a source.
      const lines = new Set(text.split('\n').map((line) => line.trim()));
      assert.deepEqual(dutchTopics.filter((title) => lines.has(title)), [], 'Dutch topic names on the English page');
      assert.ok(lines.has(topicTitles('en')[0]!), 'no English topic shown');
    });
  }
});
