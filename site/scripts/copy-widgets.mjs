// Serves the kit's CDN build from the site itself (/widgets/wijkwijzer.js), as a partner would.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));
const target = fileURLToPath(new URL('../public/widgets/', import.meta.url));
if (!existsSync(`${source}wijkwijzer.js`)) {
  console.error('The widget build is missing: run `pnpm run build` at the repository root first.');
  process.exit(1);
}
cpSync(source, target, { recursive: true });
// Demo data the widgets show on the learning house, served from the site itself.
const content = fileURLToPath(new URL('../../packages/content/', import.meta.url));
const data = fileURLToPath(new URL('../public/data/', import.meta.url));
// The demo feed in each language: demo-initiatives.json (Dutch), demo-initiatives.en.json, …
for (const feed of readdirSync(`${content}feeds/`).filter((file) => /^demo-initiatives(\.[a-z]{2})?\.json$/.test(file))) {
  cpSync(`${content}feeds/${feed}`, `${data}${feed}`);
}
cpSync(`${content}modules/`, `${data}modules/`, { recursive: true });
// The generated JSON Schemas, for partners to download from the embed guide.
cpSync(fileURLToPath(new URL('../../packages/model/schemas/', import.meta.url)), fileURLToPath(new URL('../public/schemas/', import.meta.url)), { recursive: true });
cpSync(`${content}feeds/voorbeeld-import.csv`, `${data}voorbeeld-import.csv`);
console.log('copied the CDN build to site/public/widgets/ and the demo feeds and modules to site/public/data/');
