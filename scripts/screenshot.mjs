// Looks at built pages as a person would: serves a folder on 127.0.0.1 and saves PNGs from
// Debian's Chromium (the first screen; FULL_PAGE=1 for the whole page).
// Usage: node scripts/screenshot.mjs DIR OUT_DIR PATH[@WIDTH] ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const [root, outDir, ...pages] = process.argv.slice(2);
if (!root || !outDir || pages.length === 0) {
  console.error('Usage: node scripts/screenshot.mjs DIR OUT_DIR PATH[@WIDTH] ...');
  process.exit(2);
}
const server = await serveDirectory(root);
const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
for (const spec of pages) {
  const [path, width = '1280'] = spec.split('@');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (message) => console.log(`[${path}] ${message.type()}: ${message.text()}`));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'}-${width}.png`;
  await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL_PAGE === '1' });
  console.log(`saved ${join(outDir, name)}`);
  await page.close();
}
await browser.close();
await server.close();
