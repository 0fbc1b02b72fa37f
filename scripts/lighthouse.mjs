// Lighthouse (performance and accessibility) on the built learning house, in Debian's Chromium,
// served on 127.0.0.1 as a host would. Prints scores; a figure to watch, not a test.
// Usage: node scripts/lighthouse.mjs   (after the site build)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/chromium.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const PAGES = ['/', '/goede-voorbeelden/welzijn-op-recept/', '/goede-voorbeelden/'];
const server = await serveDirectory('site/dist');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
console.log(`Lighthouse on the learning house (mobile emulation, simulated slow 4G), ${server.origin}\n`);
console.log('page'.padEnd(42), 'performance'.padStart(12), 'accessibility'.padStart(14), '  LCP', '    TBT', '  CLS');
for (const path of PAGES) {
  const result = await lighthouse(`${server.origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const { categories, audits } = result.lhr;
  console.log(
    path.padEnd(42),
    String(Math.round(categories.performance.score * 100)).padStart(12),
    String(Math.round(categories.accessibility.score * 100)).padStart(14),
    `${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s`.padStart(6),
    `${Math.round(audits['total-blocking-time'].numericValue)} ms`.padStart(7),
    audits['cumulative-layout-shift'].numericValue.toFixed(3).padStart(6),
  );
  const failing = Object.values(audits).filter((audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary' && result.lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id));
  for (const audit of failing) console.log(`    accessibility: ${audit.id} — ${audit.title}`);
}
await chrome.kill();
await server.close();
