// Lighthouse (performance and accessibility) on the built learning house, in Debian's Chromium,
// served on 127.0.0.1 as a host would: every page that shows a widget, plus home, a practice and
// the practice search. Performance is a printed figure (it depends on the machine); accessibility
// below 100 on any page makes the script exit non-zero.
// Usage: node scripts/lighthouse.mjs [--runs N] [--dir DIR] [PATH ...]   (after the site build)
// With --runs, each page is measured N times and the run with the median performance is shown;
// --dir serves another build (site/dist by default), to compare two builds on the same machine.
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/chromium.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const PAGES = [
  '/',
  '/goede-voorbeelden/welzijn-op-recept/',
  '/goede-voorbeelden/', // the practice search
  '/activiteiten/',
  '/betrouwbare-informatie/',
  '/welkome-wijk/',
  '/leerhuis/welkome-wijk/',
  '/voor-partners/',
];
// `pnpm run lighthouse -- --runs 3` passes the `--` on: it is not the end of the options here.
const args = process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--');
const { values, positionals } = parseArgs({ args, options: { runs: { type: 'string', default: '1' }, dir: { type: 'string', default: 'site/dist' } }, allowPositionals: true });
const runs = Math.max(1, Number(values.runs) || 1);
const server = await serveDirectory(values.dir);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
console.log(`Lighthouse on the learning house (mobile emulation, simulated slow 4G), ${server.origin}${runs > 1 ? `, median of ${runs} runs` : ''}\n`);
console.log('page'.padEnd(42), 'performance'.padStart(12), 'accessibility'.padStart(14), '  LCP', '    TBT', '  CLS');
const belowFull = [];
try {
  for (const path of positionals.length > 0 ? positionals : PAGES) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      results.push(result.lhr);
    }
    // A run that failed to load the page has no scores: it counts as a failure, with Lighthouse's reason.
    const failed = results.find((lhr) => lhr.runtimeError || lhr.categories.accessibility.score === null);
    if (failed) {
      console.log(path.padEnd(42), `no score: ${failed.runtimeError?.message ?? 'accessibility not measured'}`);
      belowFull.push(`${path} (not measured)`);
      continue;
    }
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const { categories, audits } = results[Math.floor(results.length / 2)];
    const accessibility = Math.min(...results.map((lhr) => Math.round(lhr.categories.accessibility.score * 100)));
    if (accessibility < 100) belowFull.push(`${path} (${accessibility})`);
    console.log(
      path.padEnd(42),
      String(Math.round(categories.performance.score * 100)).padStart(12),
      String(accessibility).padStart(14),
      `${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s`.padStart(6),
      `${Math.round(audits['total-blocking-time'].numericValue)} ms`.padStart(7),
      audits['cumulative-layout-shift'].numericValue.toFixed(3).padStart(6),
    );
    const failing = Object.values(audits).filter((audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary' && categories.accessibility.auditRefs.some((ref) => ref.id === audit.id));
    for (const audit of failing) console.log(`    accessibility: ${audit.id} — ${audit.title}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (belowFull.length > 0) {
  console.error(`\nAccessibility below 100: ${belowFull.join(', ')}`);
  process.exitCode = 1;
}
