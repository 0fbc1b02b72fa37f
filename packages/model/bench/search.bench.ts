/**
 * Search + filter over 10,000 initiatives: Wijkwijzer's own index against MiniSearch and Fuse.js,
 * on the same data, the same queries and the same filter step, in one process. Prints figures;
 * it asserts nothing (speed is shown, not tested).
 * Usage: node packages/model/bench/search.bench.ts [--count 10000]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EMPTY_FILTERS, InitiativeFinder, type FinderFilters, type TextSearchFactory } from '../src/finder/finder.ts';
import { readInitiativeFeed } from '../src/finder/initiatives.ts';
import { parsePlainDate } from '../src/finder/schedule.ts';
import { validateInitiativeFeed } from '../src/validate.ts';
import { syntheticFeed } from './synthetic-feed.ts';
import { fuse, miniSearch } from './peers.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '15' } } });
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
/** A slow engine gets fewer rounds rather than holding the run up for minutes. */
const TIME_BUDGET_MS = 15_000;

/** What residents type, keystroke by keystroke, with typos, accents and several words. */
const TYPED = ['wandelen', 'koffie', 'taalcafé', 'geld', 'eenzaam', 'beweeg selwerd', 'repair', 'moestuin', 'wandelgreop', 'kofie'];
const QUERIES = TYPED.flatMap((word) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1))).filter((q) => q.trim().length >= 2);
const FILTER_SETS: Partial<FinderFilters>[] = [{}, { themes: ['ontmoeten'] }, { freeOnly: true, days: ['TU', 'WE'] }];

const ENGINES: [string, TextSearchFactory | undefined][] = [
  ['Wijkwijzer SearchIndex', undefined],
  ['MiniSearch 7.2', miniSearch],
  ['Fuse.js 7.5', fuse],
];

const demo = validateInitiativeFeed(JSON.parse(readFileSync(new URL('../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8')));
if (!demo.valid) throw new Error('the demo feed does not validate');
const read = readInitiativeFeed(syntheticFeed(demo.value, COUNT));
if (!read.ok) throw new Error('the synthetic feed is not readable');
const today = parsePlainDate('2026-11-25');

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const percentile = (numbers: number[], p: number) => [...numbers].sort((a, b) => a - b)[Math.min(numbers.length - 1, Math.floor(numbers.length * p))]!;

console.log(`Search + filter + facet counts over ${read.initiatives.length} initiatives; ${QUERIES.length} queries × ${FILTER_SETS.length} filter sets × ${ROUNDS} rounds (Node ${process.versions.node})\n`);
const results: { name: string; build: number; median: number; p95: number; hits: number[]; rounds: number }[] = [];
for (const [name, factory] of ENGINES) {
  const started = performance.now();
  const finder = new InitiativeFinder(read.initiatives, factory);
  const build = performance.now() - started;
  const times: number[] = [];
  const hits = QUERIES.map((query) => finder.find({ ...EMPTY_FILTERS, query }, today).initiatives.length);
  let rounds = 0;
  for (let round = 0; round < ROUNDS && (round === 0 || performance.now() - started < TIME_BUDGET_MS); round += 1) {
    rounds += 1;
    for (const filters of FILTER_SETS) {
      for (const query of QUERIES) {
        const start = performance.now();
        finder.find({ ...EMPTY_FILTERS, ...filters, query }, today);
        times.push(performance.now() - start);
      }
    }
  }
  results.push({ name, build, median: median(times), p95: percentile(times, 0.95), hits, rounds });
}

const ours = results[0]!;
console.log('engine'.padEnd(24), 'index build'.padStart(12), 'median/query'.padStart(13), 'p95/query'.padStart(10), 'median vs ours'.padStart(15), 'rounds'.padStart(7));
for (const result of results) {
  console.log(
    result.name.padEnd(24),
    `${result.build.toFixed(0)} ms`.padStart(12),
    `${result.median.toFixed(3)} ms`.padStart(13),
    `${result.p95.toFixed(3)} ms`.padStart(10),
    `${(result.median / ours.median).toFixed(1)}×`.padStart(15),
    String(result.rounds).padStart(7),
  );
}
console.log('\nResults per full query (ours / MiniSearch / Fuse.js), to show the engines answer alike:');
for (const word of TYPED) {
  const position = QUERIES.indexOf(word);
  console.log(`  ${word.padEnd(16)} ${results.map((result) => String(result.hits[position]).padStart(6)).join(' ')}`);
}
