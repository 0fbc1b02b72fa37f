/**
 * What a Dutch page with <wijk-trusted-info> downloads before the widget runs (the CDN build's
 * `page with trusted-info`): the registry's structure, Dutch text and the words questions are
 * matched against in all three languages, but none of its English or Arabic display text, which
 * comes with the language module (locales/trusted-info.en.js, .ar.js) only when the widget speaks it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordsOf, type RegistryText, type TrustedPointerList } from '../../model/src/index.ts';

const CDN = join(import.meta.dirname, '../dist/cdn');
const REGISTRY_FOLDER = join(import.meta.dirname, '../src/trusted-info/registry');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every string anywhere in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/**
 * The longest stretch of a text that a minifier writes as is inside a string literal (no quotes,
 * backslashes or `$`, which it may escape); short stretches say too little to count.
 */
function literalPiece(text: string): string | undefined {
  const longest = text.split(/["'`\\$\n]/).reduce((best, piece) => (piece.length > best.length ? piece : best), '');
  return longest.trim().length >= 12 ? longest : undefined;
}

function initialCode(): string {
  const report = join(CDN, 'size-report.json');
  // The test command builds before it tests: a missing build is a failure, never a skip.
  assert.ok(existsSync(report), `${report} is missing: build first (pnpm run build, or node scripts/build-cdn.mjs in packages/widgets)`);
  const page = (readJson(report) as Record<string, { initialFiles: string[] }>)['page with trusted-info'];
  assert.ok(page && page.initialFiles.includes('trusted-info.js'), 'size-report.json has no "page with trusted-info"');
  return page.initialFiles.map((file) => readFileSync(join(CDN, file), 'utf8')).join('\n');
}

describe('a Dutch page with <wijk-trusted-info> (CDN build)', () => {
  const code = initialCode();
  const dutch = readJson(join(REGISTRY_FOLDER, 'registry.nl.json')) as TrustedPointerList;
  const inDutchPart = new Set(strings(dutch));

  for (const language of ['en', 'ar'] as const) {
    it(`downloads none of the registry's ${language === 'en' ? 'English' : 'Arabic'} display text; its language module has all of it`, () => {
      const text = readJson(join(REGISTRY_FOLDER, `registry-text.${language}.json`)) as RegistryText;
      // Names of real things read the same in every language ("Thuisarts.nl"): those stay.
      const pieces = [...new Set(strings([text.topics, text.pointers]).filter((value) => !inDutchPart.has(value)).flatMap((value) => literalPiece(value) ?? []))];
      assert.ok(pieces.length >= 40, `only ${pieces.length} ${language} texts to look for`);
      if (language === 'en') assert.ok(pieces.some((piece) => piece.includes('The national helpline for people who are thinking about suicide')));
      assert.deepEqual(pieces.filter((piece) => code.includes(piece)), [], `${language} registry text in the Dutch page's files`);
      const languageModule = readFileSync(join(CDN, 'locales', `trusted-info.${language}.js`), 'utf8');
      assert.deepEqual(pieces.filter((piece) => !languageModule.includes(piece)), [], `${language} registry text missing from its language module`);
    });
  }

  it('downloads the Dutch text and every keyword in all three languages, so "lonely" and Arabic questions work on it', () => {
    const keywords = (dutch.topics ?? []).flatMap((topic) => keywordsOf(topic));
    for (const expected of ['lonely', 'suicide', 'أريد أن أموت']) assert.ok(keywords.includes(expected), `no keyword "${expected}" in the registry`);
    const dutchText = dutch.pointers.flatMap((pointer) => strings([pointer.title, pointer.why_trusted]));
    const missing = [...keywords, ...dutchText].flatMap((value) => literalPiece(value) ?? (value.length >= 4 && !/["'`\\$]/.test(value) ? [value] : [])).filter((piece) => !code.includes(piece));
    assert.deepEqual(missing, []);
  });
});
