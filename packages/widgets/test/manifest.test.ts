/** custom-elements.json is generated at build; it must document each widget's public API. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = join(import.meta.dirname, '../custom-elements.json');

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

function declaration(tagName: string): Declaration {
  assert.ok(existsSync(MANIFEST), 'custom-elements.json is missing: run pnpm run build');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  assert.ok(found, `${tagName} is not in the manifest`);
  return found;
}

describe('custom-elements.json', () => {
  it('documents <wijk-initiative-finder>: attributes, events, parts, and no internal state', () => {
    const finder = declaration('wijk-initiative-finder');
    assert.deepEqual(finder.attributes!.map((a) => a.name).sort(), ['free-only', 'neighbourhood', 'postcodes', 'src', 'sync-url', 'target-group', 'theme']);
    assert.deepEqual(finder.events!.map((e) => e.name).sort(), ['wijk-search', 'wijk-select']);
    assert.ok(finder.events!.every((event) => event.description?.includes('detail')));
    for (const part of ['search', 'filters', 'results', 'card', 'detail']) {
      assert.ok(finder.cssParts!.some((p) => p.name === part), `part ${part} is not documented`);
    }
    assert.ok(finder.cssProperties!.some((p) => p.name === '--wijk-color-accent'), 'design tokens are inherited from WijkElement');
  });

  it('documents <wijk-learning-module>: attributes and the statement event', () => {
    const module = declaration('wijk-learning-module');
    assert.deepEqual(module.attributes!.map((a) => a.name).sort(), ['mastery-score', 'src']);
    assert.deepEqual(module.events!.map((e) => e.name), ['wijk-statement']);
    assert.match(module.events![0]!.description!, /initialized.*progressed.*answered.*completed.*passed.*failed.*terminated/s);
  });

  it('documents <wijk-trusted-info>: its modes and options', () => {
    const trusted = declaration('wijk-trusted-info');
    assert.deepEqual(trusted.attributes!.map((a) => a.name).sort(), ['code', 'hide-overdue', 'mode', 'src', 'topic', 'topics']);
    assert.ok(trusted.cssParts!.some((p) => p.name === 'crisis'));
  });

  it('documents <wijk-practice-search>', () => {
    const search = declaration('wijk-practice-search');
    assert.deepEqual(search.attributes!.map((a) => a.name).sort(), ['filter-order', 'index', 'sync-url']);
  });
});
