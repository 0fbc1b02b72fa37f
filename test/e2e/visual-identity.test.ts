/**
 * The learning house's look (issue #14): on every built page a header that says what the site is
 * and a footer that says for whom, with the way to the partner page and the licences; the design
 * tokens in use; the 7 principles as numbered badges with their names (each number legible on its
 * own colour) on the principle and practice pages; and no page that scrolls sideways at 320 px.
 * Needs `site/dist` (the site build).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { href } from '../../site/src/i18n/routes.ts';
import { LANGUAGES, ui, type Language } from '../../site/src/i18n/ui.ts';

const ROOT = join(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site/dist');
const CONTENT = join(ROOT, 'packages/content');
const readJson = (path: string) => JSON.parse(readFileSync(join(CONTENT, path), 'utf8'));

interface Principle {
  number: number;
  slug: string;
  title: string;
}
const principlesIn = (language: Language) => readJson(`principles/${language}.json`) as Principle[];
const practicesIn = (language: Language) =>
  readdirSync(join(CONTENT, 'practices', language)).map((file) => readJson(`practices/${language}/${file}`) as { id: string; principles: number[] });

/** Every page of the build, as the accessibility crawl finds them: old addresses that only send the visitor on are left out. */
const pages = readdirSync(SITE, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !/<meta http-equiv="refresh"/i.test(readFileSync(join(SITE, file), 'utf8')))
  .map((file) => `/${relative(SITE, join(SITE, file)).replace(/index\.html$/, '')}`);

/** WCAG's contrast ratio of two computed colours (`rgb(r, g, b)`). */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

interface Badge {
  /** The number as the eye sees it, without the full stop kept for screen readers. */
  number: string;
  /** What a screen reader reads and Pagefind indexes: "3. Name". */
  label: string;
  name: string;
  href: string | null;
  colour: string;
  background: string;
}

/** The principle badges inside `selector`: the number as shown, the name, the whole text and the number's colours. */
function badgesIn(page: Page, selector: string): Promise<Badge[]> {
  return page.locator(`${selector} .principle-badge`).evaluateAll((found) =>
    found.map((badge) => {
      const number = badge.querySelector<HTMLElement>('.principle-badge__number')!;
      return {
        number: [...number.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim(),
        label: badge.textContent!.replace(/\s+/g, ' ').trim(),
        name: badge.querySelector<HTMLElement>('.principle-badge__name')?.innerText.trim() ?? '',
        href: badge.getAttribute('href'),
        colour: getComputedStyle(number).color,
        background: getComputedStyle(number).backgroundColor,
      };
    }),
  );
}

function assertLegible(badges: Badge[], where: string): void {
  for (const badge of badges) {
    assert.notEqual(badge.background, 'rgba(0, 0, 0, 0)', `${where}: principle ${badge.number} has no colour of its own`);
    const ratio = contrast(badge.colour, badge.background);
    assert.ok(ratio >= 4.5, `${where}: the number ${badge.number} has a contrast of ${ratio.toFixed(2)}:1 on its colour`);
  }
}

let browser: Browser;
let site: StaticServer;
let phone: Page;

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(SITE);
  phone = await browser.newPage({ viewport: { width: 320, height: 720 } });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

describe('the learning house’s look', () => {
  it('has on every page the header with the site’s purpose, the footer, the design tokens in use, and no sideways scrolling at 320 px', async () => {
    assert.ok(pages.length > 30, `only ${pages.length} pages in site/dist`);
    for (const path of pages) {
      await phone.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const found = await phone.evaluate(() => {
        const header = document.querySelector('body > header');
        const footer = document.querySelector('body > footer');
        // The body's text colour is the token's, not the browser's.
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'var(--basis-color-default-color-document)';
        const tokenColour = getComputedStyle(probe).color;
        probe.remove();
        return {
          language: header?.closest('[lang]')?.getAttribute('lang') ?? '',
          purpose: header?.querySelector('.site-purpose')?.textContent?.trim(),
          brand: header?.querySelector('.brand')?.getAttribute('href'),
          footer: footer?.textContent?.replace(/\s+/g, ' ') ?? '',
          footerLinks: [...(footer?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
          token: getComputedStyle(document.documentElement).getPropertyValue('--basis-color-default-color-document').trim(),
          tokenColour,
          bodyColour: getComputedStyle(document.body).color,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      const language = found.language as Language;
      assert.ok(LANGUAGES.includes(language), `${path}: the header is in "${found.language}"`);
      const text = ui(language);
      assert.equal(found.purpose, text.purpose, `${path}: the header does not say what the site is`);
      assert.equal(found.brand, href(language, 'home'), `${path}: the site's name does not lead home`);
      for (const part of [text.footer.about, text.footer.audience, text.footer.codeLicence, text.footer.contentLicence]) {
        assert.ok(found.footer.includes(part), `${path}: the footer lacks "${part}"`);
      }
      assert.ok(found.footerLinks.includes(href(language, 'partners')), `${path}: the footer has no link to the partner page`);
      assert.ok(found.token, `${path}: the design tokens are missing`);
      assert.equal(found.bodyColour, found.tokenColour, `${path}: the text is not in the token's colour`);
      assert.ok(found.overflow <= 0, `${path} scrolls sideways by ${found.overflow}px at 320 px`);
    }
  });

  for (const language of LANGUAGES) {
    it(`shows each principle page in ${language} with its numbered badge and name, each principle in a colour of its own`, async () => {
      const principles = principlesIn(language);
      assert.equal(principles.length, 7);
      const page = await browser.newPage();
      await page.goto(`${site.origin}${href(language, 'principles')}`);
      const overview = await badgesIn(page, 'main');
      assert.deepEqual(
        overview.map(({ number, name, label }) => ({ number, name, label })),
        principles.map((principle) => ({ number: String(principle.number), name: principle.title, label: `${principle.number}. ${principle.title}` })),
        'the principles page lists the 7 badges in order',
      );
      assertLegible(overview, href(language, 'principles'));
      assert.equal(new Set(overview.map((badge) => badge.background)).size, 7, 'two principles share a colour');
      for (const principle of principles) {
        const path = href(language, { route: 'principle', id: principle.slug });
        await page.goto(`${site.origin}${path}`);
        const badges = await badgesIn(page, 'main h1');
        assert.deepEqual(badges.map(({ number, name, label }) => ({ number, name, label })), [{ number: String(principle.number), name: principle.title, label: `${principle.number}. ${principle.title}` }], path);
        assertLegible(badges, path);
      }
      await page.close();
    });

    it(`shows on each practice page in ${language} the practice’s principles as numbered badges with their names, linking to them`, async () => {
      const principles = new Map(principlesIn(language).map((principle) => [principle.number, principle]));
      const page = await browser.newPage();
      for (const practice of practicesIn(language)) {
        const path = href(language, { route: 'practice', id: practice.id });
        await page.goto(`${site.origin}${path}`);
        const badges = await badgesIn(page, 'main article');
        assert.deepEqual(
          badges.map(({ number, name, href: link }) => ({ number, name, link })),
          practice.principles.map((number) => ({
            number: String(number),
            name: principles.get(number)!.title,
            link: href(language, { route: 'principle', id: principles.get(number)!.slug }),
          })),
          path,
        );
        assertLegible(badges, path);
      }
      await page.close();
    });
  }
});
