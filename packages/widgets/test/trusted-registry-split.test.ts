/**
 * The national registry is edited in one file (packages/content/trusted/registry.json); the
 * widget ships it split by language (src/trusted-info/registry/, made by split-registry.mjs):
 * Dutch in its bundle, English and Arabic text in its language modules. The split files must
 * never drift from registry.json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTrustedPointers, withRegistryText, type RegistryText, type TrustedPointerList } from '../../model/src/index.ts';

const REGISTRY_FOLDER = join(import.meta.dirname, '../src/trusted-info/registry');
const SPLIT_SCRIPT = join(REGISTRY_FOLDER, 'split-registry.mjs');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the national registry as the widget ships it', () => {
  it('is what split-registry.mjs makes from registry.json now (after editing registry.json, run it)', () => {
    const check = spawnSync(process.execPath, [SPLIT_SCRIPT, '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, `${check.stderr}\nRun: node packages/widgets/src/trusted-info/registry/split-registry.mjs`);
  });

  it('is registry.json exactly once the English and Arabic text are added to the Dutch part', () => {
    const validation = validateTrustedPointers(readJson(join(import.meta.dirname, '../../content/trusted/registry.json')));
    assert.ok(validation.valid);
    const dutch = readJson(join(REGISTRY_FOLDER, 'registry.nl.json')) as TrustedPointerList;
    const [english, arabic] = ['en', 'ar'].map((language) => readJson(join(REGISTRY_FOLDER, `registry-text.${language}.json`)) as RegistryText);
    assert.deepStrictEqual(withRegistryText(withRegistryText(dutch, english!), arabic!), validation.value);
  });
});
