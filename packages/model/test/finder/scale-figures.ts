/**
 * Prints how long the finder takes at scale: read (validate), build (sort + index), first find,
 * keystrokes that narrow nothing, typing a word, typo queries, and how long the async builder
 * holds the event loop. In CPU time, the fastest of a few rounds. Not a test: it asserts nothing.
 * Usage: node packages/model/test/finder/scale-figures.ts [--count 10000] [--rounds 5] [--src path/to/model/src]
 * `--src` points at another copy of packages/model/src, to compare before and after a change.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { syntheticFeedWithVocabulary } from './synthetic-vocabulary.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, src: { type: 'string' }, rounds: { type: 'string', default: '5' } } });
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
/** Reading and building 100k records takes seconds: fewer rounds there. */
const BUILD_ROUNDS = COUNT > 20_000 ? 2 : 3;
const srcUrl = values.src ? pathToFileURL(resolve(values.src) + '/').href : new URL('../../src/', import.meta.url).href;
const finderModule = (await import(`${srcUrl}finder/finder.ts`)) as typeof import('../../src/finder/finder.ts');
const initiativesModule = (await import(`${srcUrl}finder/initiatives.ts`)) as typeof import('../../src/finder/initiatives.ts');
const scheduleModule = (await import(`${srcUrl}finder/schedule.ts`)) as typeof import('../../src/finder/schedule.ts');
const { EMPTY_FILTERS, InitiativeFinder } = finderModule;
/** Absent from a copy of the code from before it existed. */
const { prepareFinder } = (await import(`${srcUrl}finder/prepare.ts`).catch(() => ({}))) as Partial<typeof import('../../src/finder/prepare.ts')>;

const demo = JSON.parse(readFileSync(new URL('../../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8'));
const json = JSON.stringify(syntheticFeedWithVocabulary(demo, COUNT));
const today = scheduleModule.parsePlainDate('2026-11-25');

/** CPU time of this process, not wall time: on a shared machine it hardly depends on what else runs. */
function time<T>(run: () => T): [T, number] {
  const started = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(started);
  return [result, (user + system) / 1000];
}
const row = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(44)}${ms.toFixed(1).padStart(9)} ms  ${extra}`);

console.log(`${COUNT} records, ${(json.length / 1_048_576).toFixed(1)} MB JSON, Node ${process.versions.node}, model src ${srcUrl}`);
console.log(`CPU ms; each figure is the fastest of ${ROUNDS} rounds (${BUILD_ROUNDS} for read and build).\n`);
const fastest = (times: number[]) => Math.min(...times);
const parseTimes: number[] = [];
const readTimes: number[] = [];
const buildTimes: number[] = [];
const firstFindTimes: number[] = [];
let finder!: InstanceType<typeof InitiativeFinder>;
let initiativeCount = 0;
for (let round = 0; round < BUILD_ROUNDS; round += 1) {
  const [data, parseMs] = time(() => JSON.parse(json));
  parseTimes.push(parseMs);
  const [read, readMs] = time(() => initiativesModule.readInitiativeFeed(data));
  if (!read.ok) throw new Error('synthetic feed not readable');
  readTimes.push(readMs);
  initiativeCount = read.initiatives.length;
  const [built, buildMs] = time(() => new InitiativeFinder(read.initiatives));
  buildTimes.push(buildMs);
  firstFindTimes.push(time(() => built.find(EMPTY_FILTERS, today))[1]);
  finder = built;
}
row('JSON.parse', fastest(parseTimes));
row('read (validate records)', fastest(readTimes), `${initiativeCount} initiatives`);
row('build (sort + index)', fastest(buildTimes));
row('first find (no query, facet counts)', fastest(firstFindTimes));

const find = (query: string, extra: object = {}) => time(() => finder.find({ ...EMPTY_FILTERS, ...extra, query }, today));
const figures = new Map<string, { times: number[]; note: string }>();
const record = (label: string, ms: number, note = '') => {
  const figure = figures.get(label) ?? { times: [], note };
  figure.times.push(ms);
  figures.set(label, figure);
};
for (let round = 0; round < ROUNDS; round += 1) {
  // From another query, so nothing is reused.
  find('wandel');
  record('find with no query after another query', find('')[1]);
  for (const query of ['e', 'ee', 'een']) {
    const [result, ms] = find(query);
    record(`keystroke "${query}" after previous`, ms, `${result.initiatives.length} results`);
  }
  let typing = 0;
  for (const query of ['w', 'wa', 'wan', 'wand', 'wande', 'wandel', 'wandelg', 'wandelgr', 'wandelgro', 'wandelgroe', 'wandelgroep']) typing += find(query)[1];
  record('typing "wandelgroep" (11 keystrokes, total)', typing, `${find('wandelgroep')[0].initiatives.length} results`);
  for (const query of ['kofie', 'wandelgreop', 'ontmoetn', 'buurthiuskamer']) {
    find('');
    const [result, ms] = find(query);
    record(`typo "${query}" (after empty query)`, ms, `${result.initiatives.length} results`);
  }
  find('');
  record('filter change (theme + free)', find('', { themes: ['ontmoeten'], freeOnly: true })[1]);
}
for (const [label, { times, note }] of figures) row(label, fastest(times), note);

if (prepareFinder) {
  // A timer that keeps firing sees how long the event loop was held between two of its turns,
  // in wall time (what a resident feels, GC pauses and a busy machine included) and in CPU time.
  let lastWall = performance.now();
  let lastCpu = process.cpuUsage();
  let longestWall = 0;
  let longestCpu = 0;
  let turns = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    const { user, system } = process.cpuUsage(lastCpu);
    longestWall = Math.max(longestWall, now - lastWall);
    longestCpu = Math.max(longestCpu, (user + system) / 1000);
    turns += 1;
    lastWall = now;
    lastCpu = process.cpuUsage();
  }, 0);
  const data = JSON.parse(json);
  const cpuStarted = process.cpuUsage();
  lastWall = performance.now();
  lastCpu = process.cpuUsage();
  const prepared = await prepareFinder(data);
  const { user, system } = process.cpuUsage(cpuStarted);
  clearInterval(probe);
  row('prepareFinder (read + build)', (user + system) / 1000, `${prepared.finder.initiatives.length} initiatives, ${turns} event-loop turns`);
  console.log(`  longest hold of the event loop: ${longestCpu.toFixed(1)} ms CPU, ${longestWall.toFixed(1)} ms wall (GC pauses and a busy machine included)`);
}
