/**
 * The demo initiative feed per language (packages/content/feeds/): Dutch in
 * demo-initiatives.json, English in demo-initiatives.en.json, Arabic in demo-initiatives.ar.json,
 * with the same ids. The English and Arabic pages show activities in their language, not Dutch
 * data with translated buttons.
 */
import { readInitiativeFeed, type Initiative } from '@wijkwijzer/model';
import type { DemoLanguage } from '../i18n/ui.ts';

const feedFiles = import.meta.glob<unknown>('../../../packages/content/feeds/demo-initiatives*.json', { eager: true, import: 'default' });

const FILE_NAMES: Record<DemoLanguage, string> = { nl: 'demo-initiatives.json', en: 'demo-initiatives.en.json', ar: 'demo-initiatives.ar.json' };

function fileName(language: DemoLanguage): string {
  return FILE_NAMES[language];
}

/** Where the widget loads the demo feed from on the learning house (copied by scripts/copy-widgets.mjs). */
export function demoFeedPath(language: DemoLanguage): string {
  return `/data/${fileName(language)}`;
}

/** The demo feed's initiatives as the finder reads them; a broken feed stops the build. */
export function demoInitiatives(language: DemoLanguage): Initiative[] {
  const entry = Object.entries(feedFiles).find(([file]) => file.endsWith(`/${fileName(language)}`));
  if (!entry) throw new Error(`packages/content/feeds/${fileName(language)} is missing`);
  const result = readInitiativeFeed(entry[1]);
  if (!result.ok) throw new Error(`${entry[0]}: ${result.problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('; ')}`);
  if (result.skipped.length > 0) throw new Error(`${entry[0]}: ${result.skipped.map((problem) => `${problem.path}: ${problem.message.en}`).join('; ')}`);
  return result.initiatives;
}
