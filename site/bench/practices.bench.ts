/**
 * The learning house with 1,000 good practices: build and index time, index size, what a
 * visitor's first search downloads, and how long a search takes in headless Chromium.
 * Prints figures; asserts nothing. Usage: node site/bench/practices.bench.ts [--count 1000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../test/support/chromium.ts';
import { serveDirectory } from '../../test/support/static-server.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const COUNT = Number(values.count);
const SITE = join(import.meta.dirname, '..');
const SEED = join(SITE, '../packages/content/practices/nl');
const PLACES = ['Selwerd', 'Ruwaard', 'Beverwaard', 'Paddepoel', 'Lombok', 'Overvecht', 'Schilderswijk', 'Malburgen', 'Kanaleneiland', 'Woensel-West'];

const work = mkdtempSync(join(tmpdir(), 'wijk-practices-bench-'));
const practicesDir = join(work, 'practices');
mkdirSync(join(practicesDir, 'nl'), { recursive: true });
const seeds = readdirSync(SEED).map((file) => JSON.parse(readFileSync(join(SEED, file), 'utf8')));
for (let index = 0; index < COUNT; index += 1) {
  const seed = seeds[index % seeds.length];
  const place = PLACES[index % PLACES.length];
  const id = `${seed.id}-${index}`;
  const practice = { ...seed, id, title: `${seed.title} (${place} ${index})`, place: `${place}`, principles: [1 + (index % 7), ...seed.principles.filter((p: number) => p !== 1 + (index % 7))] };
  writeFileSync(join(practicesDir, 'nl', `${id}.json`), JSON.stringify(practice));
}

const outDir = join(work, 'dist');
const timed = (label: string, run: () => void) => {
  const started = performance.now();
  run();
  const seconds = (performance.now() - started) / 1000;
  return [label, seconds] as const;
};
const environment = { ...process.env, WIJKWIJZER_PRACTICES_DIR: practicesDir, ASTRO_TELEMETRY_DISABLED: '1' };
const build = timed('astro build', () => execFileSync('pnpm', ['exec', 'astro', 'build', '--outDir', outDir], { cwd: SITE, env: environment, stdio: 'ignore' }));
const index = timed('pagefind', () => execFileSync('pnpm', ['exec', 'pagefind', '--site', outDir], { cwd: SITE, stdio: 'ignore' }));

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(folder, entry));
    if (info.isFile()) {
      bytes += info.size;
      files += 1;
    }
  }
  return { bytes, files };
}
const size = folderSize(join(outDir, 'pagefind'));

const server = await serveDirectory(outDir);
const browser = await launchChromium();
const page = await browser.newPage();
// Pagefind fetches its index from a Web Worker; Playwright reports those requests on the page.
const pagefindBytes: number[] = [];
page.on('response', (response) => {
  if (!response.url().includes('/pagefind/')) return;
  void response.body().then(
    (body) => pagefindBytes.push(body.length),
    () => undefined,
  );
});
await page.goto(`${server.origin}/goede-voorbeelden/`, { waitUntil: 'networkidle' });
await page.waitForFunction(() => document.querySelector('wijk-practice-search')?.shadowRoot?.querySelector('#practice-count'));
const input = page.locator('wijk-practice-search input[type="search"]');
/** What the search last announced; it changes with every search, even to the same count. */
const announcement = () => document.querySelector('wijk-practice-search')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '';
const latencies: number[] = [];
let firstQueryBytes = 0;
for (const [position, query] of ['eenzaamheid', 'wijkbedrijf', 'huisarts', 'jongeren', 'recept', 'buurt', 'geld', 'wonen'].entries()) {
  await page.waitForTimeout(200);
  const before = pagefindBytes.length;
  const started = Date.now();
  const announced = await page.evaluate(announcement);
  await input.fill(query);
  // The count is announced once the results are on screen (the URL is written as soon as one types).
  await page.waitForFunction(`(${announcement})() !== ${JSON.stringify(announced)}`);
  latencies.push(Date.now() - started);
  if (position === 0) {
    await page.waitForTimeout(200);
    firstQueryBytes = pagefindBytes.slice(before).reduce((sum, bytes) => sum + bytes, 0);
  }
}
await page.waitForTimeout(200);
const startupBytes = pagefindBytes.reduce((sum, bytes) => sum + bytes, 0);
await browser.close();
await server.close();

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`Learning house with ${COUNT} generated practices (Astro 7, Pagefind 1.6, headless Chromium)\n`);
console.log(`${build[0].padEnd(40)} ${build[1].toFixed(1)} s`);
console.log(`${index[0].padEnd(40)} ${index[1].toFixed(1)} s`);
console.log(`${'pagefind index on disk'.padEnd(40)} ${kb(size.bytes)} in ${size.files} files`);
console.log(`${'downloaded by the first query'.padEnd(40)} ${kb(firstQueryBytes)} (index chunks and fragments)`);
console.log(`${'downloaded by search, page + 8 queries'.padEnd(40)} ${kb(startupBytes)} (incl. pagefind.js, worker and wasm)`);
console.log(`${'query → results on screen, median'.padEnd(40)} ${median(latencies)} ms (of ${latencies.length}: ${latencies.join(', ')} ms)`);
