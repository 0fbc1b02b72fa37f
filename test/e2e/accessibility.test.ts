/**
 * axe-core on every built page of the learning house and every Storybook story, in Debian's
 * Chromium: zero violations (WCAG 2.2 A and AA rules). Needs `site/dist` and
 * `stories/storybook-static`, which the test command builds before this suite.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site/dist');
const STORYBOOK = join(ROOT, 'stories/storybook-static');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** A page that only sends the visitor on (an old address); the crawl checks where it goes on its own. */
const isRedirect = (file: string) => /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));

function htmlPages(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !isRedirect(join(directory, file)))
    .map((file) => `/${relative(directory, join(directory, file)).replace(/index\.html$/, '')}`);
}

/** A story shows one component, not a page: page-level rules (one main, one h1) do not apply. */
const PAGE_LEVEL_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

async function axeViolations(page: Page, { isStory }: { isStory: boolean }): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const disabled = isStory ? PAGE_LEVEL_RULES : [];
  const violations = await page.evaluate(async ({ tags, disabled }) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules });
    return result.violations;
  }, { tags: WCAG_TAGS, disabled });
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const [name, directory] of [
  ['learning house', SITE],
  ['Storybook', STORYBOOK],
] as const) {
  describe(`axe on every ${name} page`, () => {
    let server: StaticServer;
    before(async () => {
      assert.ok(existsSync(directory), `${relative(ROOT, directory)} is missing: build it first`);
      server = await serveDirectory(directory);
    });
    after(() => server?.close());

    const paths =
      directory === STORYBOOK && existsSync(join(STORYBOOK, 'index.json'))
        ? Object.values(JSON.parse(readFileSync(join(STORYBOOK, 'index.json'), 'utf8')).entries as Record<string, { id: string; type: string }>)
            .filter((entry) => entry.type === 'story')
            .map((entry) => `/iframe.html?id=${entry.id}&viewMode=story`)
        : existsSync(directory)
          ? htmlPages(directory)
          : [];

    it(`finds pages to check in ${name}`, () => {
      assert.ok(paths.length > 0, `no pages found in ${relative(ROOT, directory)}`);
    });

    for (const path of paths) {
      it(`${path} has no axe violations${directory === SITE ? ', fits 320 px and asks no other origin' : ''}`, async () => {
        // The learning house is checked on a phone-sized screen; stories at the default size.
        const page = await browser.newPage(directory === SITE ? { viewport: { width: 320, height: 720 } } : {});
        const errors: string[] = [];
        const otherOrigins = new Set<string>();
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('request', (request) => {
          const origin = new URL(request.url()).origin;
          if (origin !== server.origin && !request.url().startsWith('data:')) otherOrigins.add(origin);
        });
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        if (directory === STORYBOOK) await page.waitForSelector('#storybook-root > *', { timeout: 10_000 });
        const violations = await axeViolations(page, { isStory: directory === STORYBOOK });
        const overflow = directory === SITE ? await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) : 0;
        await page.close();
        assert.deepEqual(errors, [], 'the page threw');
        assert.deepEqual(violations, []);
        if (directory === SITE) {
          assert.deepEqual([...otherOrigins], [], 'the learning house asks nothing of other origins');
          assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
        }
      });
    }
  });
}
