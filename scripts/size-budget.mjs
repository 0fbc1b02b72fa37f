// Size budgets (gzip, kB = 1,000 bytes, as size-limit counts) for what a partner's page downloads
// before a widget runs: the entry file and every module it imports statically, shared chunks
// included (languages other than Dutch load later, on demand). "page with …" rows add the loader
// and count each shared file once. Fails only on size; prints every figure. Figures come from the
// CDN build's size report.
import { readFileSync } from 'node:fs';

const { gzipKb: budgets, targetsKb: targets = {} } = JSON.parse(readFileSync('packages/widgets/size-budget.json', 'utf8'));
const report = JSON.parse(readFileSync('packages/widgets/dist/cdn/size-report.json', 'utf8'));

let over = 0;
console.log('what (dist/cdn/)'.padEnd(34), 'minified'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(9), '');
for (const [entry, { minifiedBytes, gzipBytes, lazyModules }] of Object.entries(report)) {
  const isChunk = entry.startsWith('chunk-');
  const budgetKb = budgets[entry];
  const gzipKb = gzipBytes / 1000;
  const verdict = isChunk ? '(shared chunk, counted in the entries above)' : budgetKb === undefined ? 'NO BUDGET' : gzipKb <= budgetKb ? 'ok' : 'OVER BUDGET';
  if (verdict === 'NO BUDGET' || verdict === 'OVER BUDGET') over += 1;
  console.log(
    entry.padEnd(34),
    `${(minifiedBytes / 1000).toFixed(1)} kB`.padStart(10),
    `${gzipKb.toFixed(1)} kB`.padStart(10),
    isChunk ? ''.padStart(9) : `${budgetKb ?? '?'} kB`.padStart(9),
    verdict,
    targets[entry] !== undefined ? `(target ${targets[entry]} kB)` : '',
    lazyModules?.length > 0 && entry.endsWith('.js') && !isChunk ? `(+ ${lazyModules.length} language modules on demand)` : '',
  );
}
process.exitCode = over > 0 ? 1 : 0;
