/**
 * The feed studio as a welfare worker uses it: the built site served on 127.0.0.1 in Debian's
 * Chromium, files set on the page's file input (or dropped on its box) as a partner would: a CSV
 * that Dutch Excel saved, a workbook, broken files. The downloaded feed must pass the model's own
 * validation, and no request may leave the page while a file is read but for its own scripts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { ROUTES } from '../../site/src/i18n/routes.ts';
import { validateInitiativeFeed } from '../../packages/model/src/validate.ts';
import { readFeedFile } from '../../packages/model/src/feed-file.ts';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'packages/model/test/fixtures');
const DUTCH_EXCEL_CSV = join(FIXTURES, 'spreadsheet/activiteiten-windows-1252.csv');
const WORKBOOK = join(FIXTURES, 'spreadsheet/activiteiten.xlsx');
const STUDIO = { nl: ROUTES.studio.nl, en: `/en${ROUTES.studio.en}` };

let browser: Browser;
let site: StaticServer;

before(async () => {
  browser = await launchChromium();
  site = await serveDirectory(join(ROOT, 'site/dist'));
});
after(async () => {
  await browser?.close();
  await site?.close();
});

interface Studio {
  page: Page;
  /** Requests made since the page finished loading. */
  requests: Request[];
}

async function openStudio(path: string): Promise<Studio> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => assert.deepEqual(errors, [], `${path} threw`));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return { page, requests };
}

const outcome = (page: Page) => page.locator('.studio .outcome');

async function choose(page: Page, file: { name: string; buffer: Buffer; mimeType?: string }, expected: RegExp): Promise<void> {
  await page.locator('.studio input[type="file"]').setInputFiles({ mimeType: 'application/octet-stream', ...file });
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.studio .outcome')?.textContent ?? ''), expected.source);
}

async function cardNames(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((count) => (document.querySelector('wijk-initiative-finder')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) === count, count);
  return (await page.locator('wijk-initiative-finder [part~="card-button"]').allTextContents()).map((name) => name.trim());
}

async function tableRows(page: Page, section: string): Promise<string[][]> {
  return page.locator(`.studio .${section} tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** Only this site's own scripts: nothing of the file can have left the computer. */
function assertNothingSent(requests: readonly Request[]): void {
  const elsewhere = requests.filter((request) => new URL(request.url()).origin !== site.origin || request.method() !== 'GET' || request.resourceType() !== 'script');
  assert.deepEqual(elsewhere.map((request) => `${request.method()} ${request.resourceType()} ${request.url()}`), []);
}

async function downloadedFeed(page: Page): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.studio a.download-link').click()]);
  assert.equal(download.suggestedFilename(), 'activiteiten.json');
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

describe('the feed studio', () => {
  it('reads a CSV saved by Dutch Excel (Windows-1252, semicolons), shows the activities and gives a valid feed, sending nothing', async () => {
    const { page, requests } = await openStudio(STUDIO.nl);
    await choose(page, { name: 'activiteiten.csv', buffer: readFileSync(DUTCH_EXCEL_CSV), mimeType: 'text/csv' }, /gelezen/);
    assert.equal(await outcome(page).textContent(), 'activiteiten.csv: 3 activiteiten gelezen, geen problemen.');
    assert.match((await page.locator('.studio .format').textContent())!, /windows-1252, scheidingsteken: ;/);
    assert.deepEqual((await cardNames(page, 3)).sort(), ['Crèche-ouders ontmoeten elkaar', 'Koffieochtend in het café', 'Wandelen met de buurtsportcoach']);
    const feed = await downloadedFeed(page);
    const validation = validateInitiativeFeed(feed);
    assert.ok(validation.valid, JSON.stringify(validation.problems));
    assert.deepEqual(validation.value.services.find((service) => service.name === 'Koffieochtend in het café')?.wijkwijzer?.cost, { free: false, description: '€ 2,50 per keer' });
    assert.equal(await page.locator('.studio .problems').isHidden(), true);
    assertNothingSent(requests);
    await page.close();
  });

  it('reads an Excel workbook dropped on the box, with what to check by row and column', async () => {
    const { page, requests } = await openStudio(STUDIO.nl);
    const bytes = [...readFileSync(WORKBOOK)];
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'activiteiten.xlsx'));
      return data;
    }, bytes);
    await page.locator('.studio .drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.waitForFunction(() => /gelezen/.test(document.querySelector('.studio .outcome')?.textContent ?? ''));
    // The second sheet, a cell starting with = and one with @, and two organisations' names that look alike.
    assert.equal(await outcome(page).textContent(), 'activiteiten.xlsx: 4 activiteiten gelezen, geen problemen, 4 punten om na te kijken.');
    assert.deepEqual(await cardNames(page, 4).then((names) => names.sort()), ['Breiclub', 'Koffieochtend', 'Repair café', 'Taalcafé']);
    const warnings = await tableRows(page, 'warnings');
    assert.deepEqual(warnings[0]!.slice(0, 2), ['hele bestand', ''], 'the whole file first, then row by row');
    // Columns named as the partner's spreadsheet shows them: header and letter.
    const lookalike = warnings.find((row) => row[0] === '5' && row[1] === 'organisatie (B)');
    assert.match(lookalike?.[2] ?? '', /lijkt op "Café Oost"/, JSON.stringify(warnings));
    assert.equal(validateInitiativeFeed(await downloadedFeed(page)).valid, true);
    assertNothingSent(requests);
    await page.close();
  });

  it('lists a broken spreadsheet’s problems by row and column and offers no feed, also after a good file', async () => {
    const { page, requests } = await openStudio(STUDIO.nl);
    await choose(page, { name: 'goed.csv', buffer: readFileSync(DUTCH_EXCEL_CSV) }, /gelezen/);
    await cardNames(page, 3);
    const broken = 'naam;organisatie;website;dagen;van;tot\nKoffie;Buurtwerk;welzijn.example;di;10:00;12:00\n;Buurtwerk;;xx;10:00;09:00\n';
    await choose(page, { name: 'kapot.csv', buffer: Buffer.from(broken) }, /problemen/);
    assert.match((await outcome(page).textContent())!, /^kapot\.csv: 2 activiteiten gelezen, \d+ problemen\.$/);
    const rows = await tableRows(page, 'problems');
    assert.deepEqual(rows.slice(0, 2).map((row) => row.slice(0, 2)), [['2', 'website (C)'], ['3', 'naam (A)']]);
    assert.match(rows[0]![2]!, /https:\/\//);
    assert.ok(rows.every((row) => row[2]!.length > 0 && !/[{}]/.test(row[2]!)), JSON.stringify(rows));
    assert.deepEqual(await page.locator('.studio .problems thead th').allTextContents(), ['Rij', 'Kolom', 'Wat is er aan de hand']);
    assert.equal(await page.locator('.studio .preview').isHidden(), true);
    assert.equal(await page.locator('.studio .download').isHidden(), true);
    assertNothingSent(requests);
    await page.close();
  });

  it('says in English where a JSON feed is wrong, and what a file that is no spreadsheet is', async () => {
    const { page } = await openStudio(STUDIO.en);
    await choose(page, { name: 'feed.json', buffer: readFileSync(join(FIXTURES, 'invalid/feed-bad-postal-code.json')) }, /problem/);
    assert.deepEqual(await page.locator('.studio .problems thead th').allTextContents(), ['Place in the file', 'What is the matter']);
    const [problem] = await tableRows(page, 'problems');
    assert.match(problem![0]!, /^\$\.locations\[0\]/);
    await choose(page, { name: 'feed.json', buffer: Buffer.from('{ "services": [ }') }, /feed\.json: 1 problem\./);
    assert.match((await tableRows(page, 'problems'))[0]![1]!, /^This file looks like JSON/);
    await page.close();
  });

  it('offers template spreadsheets (CSV and Excel) that read as one valid activity', async () => {
    for (const path of Object.values(STUDIO)) {
      const { page } = await openStudio(path);
      const links = await page.locator('a[download][href^="/sjablonen/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      assert.equal(links.length, 2, path);
      for (const link of links) {
        const response = await fetch(`${site.origin}${link}`);
        assert.equal(response.status, 200, link);
        const result = await readFeedFile(new Uint8Array(await response.arrayBuffer()));
        assert.ok(result.ok, `${link}: ${JSON.stringify(result.ok ? [] : result.problems)}`);
        assert.equal(result.activities, 1, link);
        assert.deepEqual(result.warnings, [], link);
      }
      await page.close();
    }
  });

  it('is linked from the partner page in both languages', async () => {
    for (const [partners, studio] of [[ROUTES.partners.nl, STUDIO.nl], [`/en${ROUTES.partners.en}`, STUDIO.en]]) {
      const { page } = await openStudio(partners!);
      assert.equal(await page.locator(`a[href="${studio}"]`).count(), 1, partners);
      await page.close();
    }
  });
});
