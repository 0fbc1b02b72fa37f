/**
 * The finder in headless Chromium (Debian's), as residents meet it: first render of a
 * 1,000-record feed after it arrives, and the time from a keystroke to the updated list on
 * screen with 10,000 records. The same widget with MiniSearch inside runs beside it as the
 * named peer. Prints figures; asserts nothing.
 * Usage: node packages/widgets/bench/finder.bench.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from '../../../test/support/chromium.ts';
import { serveDirectory } from '../../../test/support/static-server.ts';
import { validateInitiativeFeed } from '../../model/src/validate.ts';
import { syntheticFeed } from '../../model/bench/synthetic-feed.ts';

const HERE = new URL('./', import.meta.url).pathname;
const BUILD = `${HERE}.build/`;
const TYPED = ['wandelen', 'koffie', 'taalcafé', 'geld', 'eenzaam', 'beweeg selwerd', 'moestuin', 'wandelgreop'];

mkdirSync(BUILD, { recursive: true });
await build({
  entryPoints: [`${HERE}minisearch-finder.ts`],
  outdir: BUILD,
  bundle: true,
  format: 'esm',
  minify: true,
  conditions: ['production'],
  tsconfig: `${HERE}../tsconfig.build.json`,
  logLevel: 'warning',
});
const demo = validateInitiativeFeed(JSON.parse(readFileSync(new URL('../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8')));
if (!demo.valid) throw new Error('the demo feed does not validate');
writeFileSync(`${BUILD}feed-1000.json`, JSON.stringify(syntheticFeed(demo.value, 1_000)));
writeFileSync(`${BUILD}feed-10000.json`, JSON.stringify(syntheticFeed(demo.value, 10_000)));

const server = await serveDirectory(HERE);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`${server.origin}/bench.html`);
await page.waitForFunction(() => customElements.get('wijk-minisearch-finder') !== undefined);

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const p95 = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length * 0.95)]!;

/** Time from the feed being handed over to the first list on screen. */
async function firstRender(tag: string, feed: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ tag, feed, runs }) => {
      const data = await (await fetch(feed)).json();
      const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const stage = document.getElementById('stage')!;
        stage.replaceChildren();
        const element = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        stage.append(element);
        await element.updateComplete;
        await afterPaint();
        const start = performance.now();
        element.data = structuredClone(data);
        await element.updateComplete;
        await afterPaint();
        times.push(performance.now() - start);
      }
      return times;
    },
    { tag, feed, runs },
  );
}

/** Types each word key by key and measures from each input event to the next frame on screen. */
async function keystrokes(tag: string): Promise<{ keystrokeTimes: number[]; scriptTimes: number[] }> {
  await page.evaluate(
    async ({ tag }) => {
      const data = await (await fetch('./.build/feed-10000.json')).json();
      const stage = document.getElementById('stage')!;
      stage.replaceChildren();
      const element = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      stage.append(element);
      element.data = data;
      await element.updateComplete;
      const times: number[] = [];
      const scriptTimes: number[] = [];
      Object.assign(window, { keystrokeTimes: times, scriptTimes });
      element.addEventListener('input', (event) => {
        const typedAt = event.timeStamp;
        void element.updateComplete.then(() => {
          scriptTimes.push(performance.now() - typedAt);
          requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - typedAt), 0));
        });
      });
    },
    { tag },
  );
  const input = page.locator(`${tag} input[type="search"]`);
  for (const word of TYPED) {
    await input.fill('');
    await input.focus();
    for (const character of word) {
      await page.keyboard.type(character);
      await page.waitForTimeout(30);
    }
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const { keystrokeTimes, scriptTimes } = window as unknown as { keystrokeTimes: number[]; scriptTimes: number[] };
    return { keystrokeTimes, scriptTimes };
  });
}

console.log(`Finder in headless Chromium (${browser.version()}), minified builds\n`);
const rows: [string, string, number, number][] = [];
for (const [name, tag] of [
  ['Wijkwijzer SearchIndex', 'wijk-initiative-finder'],
  ['MiniSearch 7.2 (peer)', 'wijk-minisearch-finder'],
] as const) {
  const render = await firstRender(tag, './.build/feed-1000.json', 7);
  rows.push([name, 'first render, 1,000 records', median(render), p95(render)]);
  const { keystrokeTimes, scriptTimes } = await keystrokes(tag);
  rows.push([name, `keystroke → painted, 10,000 records (${keystrokeTimes.length} keys)`, median(keystrokeTimes), p95(keystrokeTimes)]);
  rows.push([name, '  of which search, filter and render', median(scriptTimes), p95(scriptTimes)]);
}
console.log('engine'.padEnd(24), 'measure'.padEnd(46), 'median'.padStart(9), 'p95'.padStart(9));
for (const [name, measure, med, high] of rows) {
  console.log(name.padEnd(24), measure.padEnd(46), `${med.toFixed(1)} ms`.padStart(9), `${high.toFixed(1)} ms`.padStart(9));
}
const ratio = (index: number) => (rows[index + 3]![2] / rows[index]![2]).toFixed(1);
console.log(`\nMiniSearch peer vs ours (median): first render ${ratio(0)}×, keystroke → painted ${ratio(1)}×, script ${ratio(2)}×`);
console.log('A frame is 16.7 ms at 60 Hz: "painted" includes waiting for the next frame after the work is done.');
await browser.close();
await server.close();
