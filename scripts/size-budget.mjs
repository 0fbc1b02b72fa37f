// Size budgets (gzip) for what a partner's page downloads before a widget runs: the entry file
// and every module it imports statically (languages other than Dutch load later, on demand).
// Fails only on size; prints every figure. Figures come from the CDN build's size report.
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync('packages/widgets/size-budget.json', 'utf8')).gzipKb;
const report = JSON.parse(readFileSync('packages/widgets/dist/cdn/size-report.json', 'utf8'));

let over = 0;
console.log('entry (dist/cdn/)'.padEnd(26), 'minified'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(8));
for (const [entry, { minifiedBytes, gzipBytes, lazyModules }] of Object.entries(report)) {
  const budgetKb = budgets[entry];
  const gzipKb = gzipBytes / 1024;
  const verdict = budgetKb === undefined ? 'NO BUDGET' : gzipKb <= budgetKb ? 'ok' : 'OVER BUDGET';
  if (verdict !== 'ok') over += 1;
  console.log(
    entry.padEnd(26),
    `${(minifiedBytes / 1024).toFixed(1)} kB`.padStart(10),
    `${gzipKb.toFixed(1)} kB`.padStart(10),
    `${budgetKb ?? '?'} kB`.padStart(8),
    verdict,
    lazyModules.length > 0 ? `(+ ${lazyModules.length} language modules on demand)` : '',
  );
}
process.exitCode = over > 0 ? 1 : 0;
