/**
 * The WordPress guide for partners' webmasters, in Dutch and English, and the WordPress-like
 * page its screenshots show: a classic theme with the finder in a Custom HTML block. Needs
 * `site/dist` (the site build) and the widgets' CDN build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { openWordPressPage, serveWordPressPage } from '../support/wordpress-page.ts';

const ROOT = join(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The anti-flash CSS as README.md's "Embedding a widget" gives it. */
const README_CSS = README.split(/^## /m)
  .find((section) => section.startsWith('Embedding a widget'))
  ?.match(/```css\n([\s\S]*?)```/)?.[1]
  ?.trimEnd();

const GUIDES = {
  nl: { path: '/voor-partners/wordpress/', partners: '/voor-partners/', words: ['Aangepaste HTML', 'Elementor', 'widget HTML', 'Divi', 'module Code', 'superbeheerder', 'loader.js', 'privévenster'], refusal: /WordPress weigert standaard bestanden die eindigen op \.json/ },
  en: { path: '/en/for-partners/wordpress/', partners: '/en/for-partners/', words: ['Custom HTML', 'Elementor', 'HTML widget', 'Divi', 'Code module', 'super admin', 'loader.js', 'private window'], refusal: /WordPress refuses files ending in \.json/ },
} as const;

let browser: Browser;
let site: StaticServer;
let wordpress: StaticServer;

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(join(ROOT, 'site/dist'));
  wordpress = await serveWordPressPage();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await wordpress?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200, url);
  return page;
}

describe('the WordPress guide', () => {
  for (const [language, guide] of Object.entries(GUIDES)) {
    it(`names the blocks, the capability, the .json refusal, caching plugins and testing (${language})`, async () => {
      const page = await open(`${site.origin}${guide.path}`);
      assert.equal(await page.locator('html').getAttribute('lang'), language);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const word of [...guide.words, 'unfiltered_html', 'multisite', 'Access-Control-Allow-Origin', "'wasm-unsafe-eval'", 'script-src', 'connect-src']) {
        assert.ok(text.includes(word), `"${word}" is missing from ${guide.path}`);
      }
      assert.match(text, guide.refusal);
      await page.close();
    });

    it(`shows README.md's anti-flash CSS as it stands (${language})`, async () => {
      assert.ok(README_CSS, 'README.md has no css block under "Embedding a widget"');
      const page = await open(`${site.origin}${guide.path}`);
      assert.equal(await page.locator('[data-sample="antiFlash"] pre').textContent(), README_CSS);
      await page.close();
    });

    it(`shows screenshots that load, each with alt text (${language})`, async () => {
      const page = await open(`${site.origin}${guide.path}`);
      const images = await page.locator('main img').evaluateAll((elements) =>
        (elements as HTMLImageElement[]).map((image) => ({ src: image.getAttribute('src'), alt: image.alt, width: image.naturalWidth })),
      );
      assert.deepEqual(
        images.map((image) => image.src),
        ['/images/wordpress/finder-1280.webp', '/images/wordpress/finder-375.webp'],
      );
      for (const image of images) {
        assert.ok(image.width > 0, `${image.src} did not load`);
        assert.ok(image.alt.length > 40, `${image.src} needs alt text that says what it shows`);
      }
      await page.close();
    });

    it(`is linked from the partner page (${language})`, async () => {
      const page = await open(`${site.origin}${guide.partners}`);
      assert.equal(await page.locator(`main a[href="${guide.path}"]`).count(), 1);
      await page.close();
    });
  }

  it('keeps each screenshot under 80 kB', () => {
    for (const width of [375, 1280]) {
      const bytes = readFileSync(join(ROOT, `site/public/images/wordpress/finder-${width}.webp`)).length;
      assert.ok(bytes < 80_000, `finder-${width}.webp is ${bytes} bytes`);
    }
  });
});

describe('the WordPress-like test page', () => {
  for (const width of [375, 1280]) {
    it(`shows the finder with activities, under a strict policy, at ${width} px`, async () => {
      const page = await openWordPressPage(browser, wordpress.origin, width);
      const probe = await page.evaluate(() => (window as unknown as { __probe: { violations: unknown[]; errors: string[] } }).__probe);
      assert.deepEqual(probe.violations, []);
      assert.deepEqual(probe.errors, []);
      assert.ok((await page.locator('wijk-initiative-finder [part~="card"]').count()) > 5);
      assert.match(await page.evaluate(() => document.querySelector('wijk-initiative-finder')!.shadowRoot!.textContent!.replace(/\s+/g, ' ')), /\d+ activiteiten gevonden/);
      // The finder stays inside the theme's content column: no sideways scrolling on a phone.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      await page.close();
    });
  }

  it('carries README.md’s anti-flash CSS as a partner pastes it', () => {
    assert.ok(README_CSS);
    assert.ok(readFileSync(join(ROOT, 'test/pages/wordpress.html'), 'utf8').includes(README_CSS));
  });
});
