/**
 * The finder in headless Chromium (Debian's), as residents meet it, at 1,000, 10,000 and 100,000
 * initiatives (the synthetic feed of packages/model/bench/synthetic-feed.ts): how long from the
 * feed arriving to the first results on screen, the longest task meanwhile and while typing
 * (PerformanceObserver 'longtask', which reports tasks of 50 ms and more), keystroke → painted,
 * and the JS heap once loaded (CDP Performance.getMetrics after a forced GC). The same widget
 * with MiniSearch inside (minisearch-finder.ts) runs beside it. Targets are printed beside the
 * figures; it asserts nothing.
 *
 * "Feed arrival" is the moment the parsed feed is handed to the widget (`element.data = feed`);
 * downloading and JSON.parse (with the collection of its garbage, forced before) are left out,
 * being the same for every engine. "On screen" is the
 * first frame after a result card is in the DOM (checked every animation frame, then one task
 * later, so the paint is done; up to one frame late).
 *
 * Usage: node packages/widgets/bench/finder.bench.ts [--counts 1000,10000,100000] [--profile <dir>]
 * (`--profile` writes Chrome DevTools CPU profiles of a load and of typing, and traces of both, per engine and size.)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../test/support/chromium.ts';
import { serveDirectory } from '../../../test/support/static-server.ts';
import { validateInitiativeFeed } from '../../model/src/validate.ts';
import { syntheticFeed } from '../../model/bench/synthetic-feed.ts';

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1000,10000,100000' }, profile: { type: 'string' } } });
const COUNTS = values.counts.split(',').map(Number);
const HERE = new URL('./', import.meta.url).pathname;
/** Bundle and feeds go to a temporary folder (the 100,000-record feed is about 100 MB), removed at the end. */
const WORK = mkdtempSync(join(tmpdir(), 'wijk-finder-bench-'));
const BUILD = join(WORK, '.build');
const TYPED = ['koffie', 'wandelgreop', 'taalcafé', 'beweeg selwerd', 'kofie', 'geld', 'eenzaam', 'moestuin'];
/** Typing stops starting new words after this long (per engine and size). */
const TYPING_BUDGET_MS = 45_000;
/** Loads per engine and size: fewer for big feeds, each of which takes seconds. */
const RUNS = (count: number) => (count <= 1_000 ? 5 : count <= 10_000 ? 3 : 1);

interface Target {
  firstResultsMs: number;
  longestTaskMs: number;
  keystrokeMedianMs: number;
}
const TARGETS: Record<number, Target> = {
  10_000: { firstResultsMs: 300, longestTaskMs: 50, keystrokeMedianMs: 16 },
  100_000: { firstResultsMs: 1_500, longestTaskMs: 200, keystrokeMedianMs: 50 },
};

mkdirSync(BUILD, { recursive: true });
await build({
  entryPoints: [`${HERE}minisearch-finder.ts`],
  outdir: BUILD,
  bundle: true,
  format: 'esm',
  minify: true,
  // The model from source (its `source` export), so the figures follow the working tree without a build.
  conditions: ['source'],
  tsconfig: `${HERE}../tsconfig.build.json`,
  logLevel: 'warning',
});
copyFileSync(`${HERE}bench.html`, join(WORK, 'bench.html'));
const demo = validateInitiativeFeed(JSON.parse(readFileSync(new URL('../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8')));
if (!demo.valid) throw new Error('the demo feed does not validate');
const feedSizes = new Map<number, number>();
for (const count of COUNTS) {
  const json = JSON.stringify(syntheticFeed(demo.value, count));
  feedSizes.set(count, json.length);
  writeFileSync(join(BUILD, `feed-${count}.json`), json);
}

const server = await serveDirectory(WORK);
const browser: Browser = await launchChromium();

const median = (numbers: number[]) => (numbers.length === 0 ? NaN : [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!);
const p95 = (numbers: number[]) => (numbers.length === 0 ? NaN : [...numbers].sort((a, b) => a - b)[Math.min(numbers.length - 1, Math.floor(numbers.length * 0.95))]!);

interface Measurement {
  firstResults: number[];
  /** Until filters and counts are there too (the first page of a large feed shows before). */
  allReady: number[];
  longestLoadTask: number;
  keystrokes: number[];
  longestTypingTask: number;
  heapAfterLoad: number;
  heapBaseline: number;
  missedKeys: number;
}

async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function measure(tag: string, count: number): Promise<Measurement> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.origin}/bench.html`);
  await page.waitForFunction(() => customElements.get('wijk-minisearch-finder') !== undefined);
  await page.evaluate(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  const heapBaseline = await heapUsed(page);
  const profiler = values.profile ? await page.context().newCDPSession(page) : undefined;
  const startProfile = async () => {
    if (!profiler) return;
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  };
  const stopProfile = async (name: string) => {
    if (!profiler || !values.profile) return;
    const { profile } = await profiler.send('Profiler.stop');
    mkdirSync(values.profile, { recursive: true });
    writeFileSync(join(values.profile, `${tag}-${count}-${name}.cpuprofile`), JSON.stringify(profile));
  };

  const firstResults: number[] = [];
  const allReady: number[] = [];
  let longestLoadTask = 0;
  for (let run = 0; run < RUNS(count); run += 1) {
    if (run === 0) await startProfile();
    if (run === 0 && values.profile) await browser.startTracing(page, { path: join(values.profile, `${tag}-${count}-load.trace.json`), categories: ['devtools.timeline', 'blink', 'v8'] });
    // Parsed first, and its garbage collected, so the figures are the widget's own work (parsing
    // is left out, being the same for every engine; its collection would otherwise land in the load).
    await page.evaluate(async (url) => Object.assign(window, { benchData: await (await fetch(url)).json() }), `./.build/feed-${count}.json`);
    await collectGarbage(page);
    const result = await page.evaluate(
      async ({ tag }) => {
        const data = (window as unknown as { benchData: unknown }).benchData;
        const stage = document.getElementById('stage')!;
        stage.replaceChildren();
        const element = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        stage.append(element);
        await element.updateComplete;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 0));
        await frame();
        await afterPaint();
        const start = performance.now();
        element.data = data;
        while (!element.shadowRoot?.querySelector('[part~="card"]')) {
          await frame();
          if (performance.now() - start > 120_000) throw new Error('no results after two minutes');
        }
        await afterPaint();
        const end = performance.now();
        // A large feed shows its first page before the rest is read: then wait for filters and counts.
        while (!(element as HTMLElement).matches(':state(ready), :state(empty), :state(error)')) {
          await frame();
          if (performance.now() - start > 300_000) throw new Error('not ready after five minutes');
        }
        await afterPaint();
        const ready = performance.now();
        // Long-task entries arrive a little after the task.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const tasks = (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks;
        const longest = Math.max(0, ...tasks.filter((task) => task.start + task.duration > start && task.start < ready).map((task) => task.duration));
        delete (window as unknown as { benchData?: unknown }).benchData;
        return { time: end - start, ready: ready - start, longest };
      },
      { tag },
    );
    if (run === 0) await stopProfile('load');
    if (run === 0 && values.profile) await browser.stopTracing();
    firstResults.push(result.time);
    allReady.push(result.ready);
    longestLoadTask = Math.max(longestLoadTask, result.longest);
  }
  const heapAfterLoad = await heapUsed(page);

  // Typing: each key waits for its own paint, so the figures are per key, not a queue.
  await page.evaluate(
    ({ tag }) => {
      const element = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      const state = { measuring: false, done: 0, times: [] as number[], typingStart: 0 };
      Object.assign(window, { benchTyping: state });
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 0));
      // Captured at the document, before the widget's own handler, which may answer at once.
      document.addEventListener(
        'input',
        (event) => {
        if (!state.measuring) return;
        const typedAt = event.timeStamp;
        // The widget answers with a wijk-search event once it has the results, then renders them.
        element.addEventListener(
          'wijk-search',
          () =>
            void element.updateComplete
              .then(frame)
              .then(afterPaint)
              .then(() => {
                state.times.push(performance.now() - typedAt);
                state.done += 1;
              }),
          { once: true },
        );
        },
        { capture: true },
      );
    },
    { tag },
  );
  const input = page.locator(`${tag} [part~="search-input"]`);
  let keys = 0;
  let missedKeys = 0;
  await page.evaluate(() => {
    (window as unknown as { benchTyping: { typingStart: number } }).benchTyping.typingStart = performance.now();
  });
  await startProfile();
  if (values.profile) await browser.startTracing(page, { path: join(values.profile, `${tag}-${count}-typing.trace.json`), categories: ['devtools.timeline', 'blink'] });
  const typingStarted = performance.now();
  for (const word of TYPED) {
    // A slow engine on a big feed types fewer words: at least one, then while the budget lasts.
    if (keys > 0 && performance.now() - typingStarted > TYPING_BUDGET_MS) break;
    await page.evaluate(() => ((window as unknown as { benchTyping: { measuring: boolean } }).benchTyping.measuring = false));
    await input.fill('');
    await page.waitForTimeout(count >= 100_000 ? 300 : 50);
    await input.focus();
    await page.evaluate(() => ((window as unknown as { benchTyping: { measuring: boolean } }).benchTyping.measuring = true));
    for (const character of word) {
      keys += 1;
      await page.keyboard.type(character);
      const expected = keys - missedKeys;
      const arrived = await page
        .waitForFunction((n) => (window as unknown as { benchTyping: { done: number } }).benchTyping.done >= n, expected, { timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (!arrived) missedKeys += 1;
      await page.waitForTimeout(20);
    }
  }
  await page.waitForTimeout(200);
  await stopProfile('typing');
  if (values.profile) await browser.stopTracing();
  const typing = await page.evaluate(() => {
    const state = (window as unknown as { benchTyping: { times: number[]; typingStart: number } }).benchTyping;
    const tasks = (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks;
    return { times: state.times, longest: Math.max(0, ...tasks.filter((task) => task.start >= state.typingStart).map((task) => task.duration)) };
  });
  await page.close();
  return {
    firstResults,
    allReady,
    longestLoadTask,
    keystrokes: typing.times,
    longestTypingTask: typing.longest,
    heapAfterLoad,
    heapBaseline,
    missedKeys,
  };
}

const ENGINES = [
  ['Wijkwijzer SearchIndex', 'wijk-initiative-finder'],
  ['MiniSearch 7.2 (peer)', 'wijk-minisearch-finder'],
] as const;

const ms = (value: number) => (Number.isNaN(value) ? '—' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const against = (value: number, target: number | undefined, label: string) =>
  target === undefined ? '' : `${value <= target ? 'meets' : 'misses'} ${label} ${target.toLocaleString('en')} ms`;

console.log(`Finder in headless Chromium (${browser.version()}), minified build, ${TYPED.length} words typed key by key\n`);
for (const count of COUNTS) {
  const target = TARGETS[count];
  console.log(`── ${count.toLocaleString('en')} initiatives (feed ${(feedSizes.get(count)! / 1_048_576).toFixed(1)} MB JSON, ${RUNS(count)} load${RUNS(count) > 1 ? 's' : ''} per engine)`);
  console.log(`${'engine'.padEnd(24)}${'measure'.padEnd(34)}${'median'.padStart(9)}${'p95/max'.padStart(9)}   target`);
  const rows: [string, Measurement][] = [];
  for (const [name, tag] of ENGINES) {
    const started = performance.now();
    const result = await measure(tag, count);
    console.error(`  … ${name} at ${count}: ${ms(performance.now() - started)}`);
    rows.push([name, result]);
    const line = (measure: string, med: string, high: string, note = '') => console.log(`${name.padEnd(24)}${measure.padEnd(34)}${med.padStart(9)}${high.padStart(9)}   ${note}`);
    line(
      'feed arrival → first results',
      ms(median(result.firstResults)),
      ms(Math.max(...result.firstResults)),
      against(median(result.firstResults), target?.firstResultsMs, '≤'),
    );
    line('feed arrival → filters and counts too', ms(median(result.allReady)), ms(Math.max(...result.allReady)), 'the first page of a large feed shows before');
    line(
      'longest task while loading',
      '',
      result.longestLoadTask === 0 ? '< 50 ms' : ms(result.longestLoadTask),
      target ? `${result.longestLoadTask <= target.longestTaskMs ? 'meets' : 'misses'} no task > ${target.longestTaskMs} ms` : '',
    );
    line(
      `keystroke → painted (${result.keystrokes.length} keys${result.missedKeys ? `, ${result.missedKeys} no answer` : ''})`,
      ms(median(result.keystrokes)),
      ms(p95(result.keystrokes)),
      against(median(result.keystrokes), target?.keystrokeMedianMs, '≤'),
    );
    line(
      'longest task while typing',
      '',
      result.longestTypingTask === 0 ? '< 50 ms' : ms(result.longestTypingTask),
      target ? `${result.longestTypingTask <= target.longestTaskMs ? 'meets' : 'misses'} no task > ${target.longestTaskMs} ms` : '',
    );
    line('JS heap after load (after GC)', mb(result.heapAfterLoad), `+${mb(result.heapAfterLoad - result.heapBaseline)}`, 'second figure: growth over the empty page');
  }
  const [ours, peer] = rows.map(([, result]) => result);
  if (ours && peer) {
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    console.log(
      `MiniSearch peer vs ours (median): first results ${ratio(median(peer.firstResults), median(ours.firstResults))}, ` +
        `filters and counts ${ratio(median(peer.allReady), median(ours.allReady))}, ` +
        `keystroke → painted ${ratio(median(peer.keystrokes), median(ours.keystrokes))}, heap ${ratio(peer.heapAfterLoad, ours.heapAfterLoad)}`,
    );
  }
  console.log('');
}
console.log('A frame is 16.7 ms at 60 Hz: "painted" includes waiting for the next frame after the work is done. Long tasks are');
console.log('reported from 50 ms up, so "< 50 ms" means none was seen. The 1,000-record size has no targets.');
await browser.close();
await server.close();
rmSync(WORK, { recursive: true, force: true });
