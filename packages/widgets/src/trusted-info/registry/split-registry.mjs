// Splits the national registry (packages/content/trusted/registry.json, the one file authors edit)
// for the widget: registry.nl.json ships in its bundle (structure, Dutch text, and the topic
// names and keywords in every language that questions are matched against); registry-text.en.json
// and registry-text.ar.json hold the rest of the English and Arabic text and travel with the
// widget's language modules (locales/en.ts, locales/ar.ts), so a Dutch page never downloads them.
// Run after editing registry.json: `node packages/widgets/src/trusted-info/registry/split-registry.mjs`;
// with `--check` it writes nothing and exits 1 when the files are out of date
// (packages/widgets/test/trusted-registry-split.test.ts checks the same in the test command).
import { readFileSync, writeFileSync } from 'node:fs';
// The model's source, run by Node's type stripping: no build needed before splitting.
import { splitRegistryText, validateTrustedPointers } from '../../../../model/src/index.ts';

export const REGISTRY = new URL('../../../../content/trusted/registry.json', import.meta.url);
export const LANGUAGES = ['en', 'ar'];

/** File name → contents, exactly as they are committed; only a valid registry ships with the widget. */
export function splitFiles(registry) {
  const validation = validateTrustedPointers(registry);
  if (!validation.valid) throw new Error(`registry.json is not valid: ${JSON.stringify(validation.problems.slice(0, 10), null, 2)}`);
  const { base, texts } = splitRegistryText(validation.value, LANGUAGES);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'registry.nl.json': json(base),
    ...Object.fromEntries(texts.map((text) => [`registry-text.${text.language}.json`, json(text)])),
  };
}

if (process.argv[1] === import.meta.filename) {
  const files = splitFiles(JSON.parse(readFileSync(REGISTRY, 'utf8')));
  const stale = Object.entries(files).filter(([name, contents]) => {
    try {
      return readFileSync(new URL(name, import.meta.url), 'utf8') !== contents;
    } catch {
      return true;
    }
  });
  if (process.argv.includes('--check')) {
    for (const [name] of stale) console.error(`${name} is out of date with registry.json: run node ${process.argv[1]}`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const [name, contents] of stale) writeFileSync(new URL(name, import.meta.url), contents);
    console.log(stale.length > 0 ? `wrote ${stale.map(([name]) => name).join(', ')}` : 'up to date');
  }
}
