// Size budgets (gzip) for what partners load. Fails only on size; prints every figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync('packages/widgets/size-budget.json', 'utf8'));
let over = 0;
console.log('entry'.padEnd(44), 'minified', '   gzip', ' budget');
for (const [file, budgetKb] of Object.entries(budgets.gzipKb)) {
  const source = readFileSync(`packages/widgets/${file}`);
  const gzipKb = gzipSync(source, { level: 9 }).length / 1024;
  const ok = gzipKb <= budgetKb;
  if (!ok) over += 1;
  console.log(
    file.padEnd(44),
    `${(source.length / 1024).toFixed(1)} kB`.padStart(8),
    `${gzipKb.toFixed(1)} kB`.padStart(8),
    `${budgetKb} kB`.padStart(7),
    ok ? 'ok' : 'OVER BUDGET',
  );
}
process.exitCode = over > 0 ? 1 : 0;
