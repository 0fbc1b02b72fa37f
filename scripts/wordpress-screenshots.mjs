// The WordPress guide's screenshots: the WordPress-like test page (test/pages/wordpress.html) with
// the finder, on a phone (375 px) and a laptop (1280 px), in Debian's Chromium, saved as WebP
// under 80 kB each in site/public/images/wordpress/. Run after `pnpm run build`.
// Usage: node scripts/wordpress-screenshots.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { openWordPressPage, serveWordPressPage } from '../test/support/wordpress-page.ts';

const OUT = join(import.meta.dirname, '../site/public/images/wordpress');
const SHOTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];
const BUDGET = 80_000;

const server = await serveWordPressPage();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  for (const { width, height } of SHOTS) {
    const page = await openWordPressPage(browser, server.origin, width, height);
    // The caret would blink into some shots and not others.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const png = await page.screenshot();
    // Chromium encodes WebP itself (canvas.toBlob): no image tool to install. Lower the quality
    // step by step until the file fits the budget.
    const webp = await page.evaluate(
      async ({ data, budget }) => {
        const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        for (let quality = 0.85; ; quality -= 0.05) {
          const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
          if (blob.size <= budget || quality <= 0.4) return [...new Uint8Array(await blob.arrayBuffer())];
        }
      },
      { data: png.toString('base64'), budget: BUDGET },
    );
    const file = join(OUT, `finder-${width}.webp`);
    writeFileSync(file, Uint8Array.from(webp));
    console.log(`${file}: ${width}×${height}, ${webp.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
