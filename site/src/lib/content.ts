/**
 * The learning house's content, read from packages/content at build time and checked with the
 * same validation partners run: a broken file stops the build with the file and the problem.
 */
import {
  validateGoodPractice,
  validateLearningModule,
  validatePrinciples,
  type GoodPractice,
  type LearningModule,
  type Principle,
} from '@wijkwijzer/model';
import type { DemoLanguage, Language } from '../i18n/ui.ts';

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the practices are read from; the build benchmark points this at 1,000 generated ones. */
// Astro builds from site/ (the package's own folder), so the content sits one level up.
const PRACTICES_DIR = process.env.WIJKWIJZER_PRACTICES_DIR ?? join(process.cwd(), '../packages/content/practices');
const moduleFiles = import.meta.glob<unknown>('../../../packages/content/modules/*.json', { eager: true, import: 'default' });
const principleFiles = import.meta.glob<unknown>('../../../packages/content/principles/*.json', { eager: true, import: 'default' });

export type { Principle };

function valid<T>(file: string, result: { valid: true; value: T } | { valid: false; problems: { path: string; message: { en: string } }[] }): T {
  if (!result.valid) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
  return result.value;
}

const practiceCache = new Map<Language, GoodPractice[]>();

export function practices(language: Language): GoodPractice[] {
  const cached = practiceCache.get(language);
  if (cached) return cached;
  const folder = join(PRACTICES_DIR, language);
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    // A language without practices (the build benchmark writes only Dutch ones).
    files = [];
  }
  const list = files
    .map((file) => valid(join(folder, file), validateGoodPractice(JSON.parse(readFileSync(join(folder, file), 'utf8')))))
    .sort((a, b) => a.title.localeCompare(b.title, language));
  practiceCache.set(language, list);
  return list;
}

export function modules(language: DemoLanguage): LearningModule[] {
  return Object.entries(moduleFiles)
    .filter(([file]) => file.endsWith(`.${language}.json`))
    .map(([file, data]) => valid(file, validateLearningModule(data)));
}

export function principles(language: Language): Principle[] {
  const entry = Object.entries(principleFiles).find(([file]) => file.endsWith(`/principles/${language}.json`));
  if (!entry) throw new Error(`packages/content/principles/${language}.json is missing`);
  return valid(entry[0], validatePrinciples(entry[1]));
}
