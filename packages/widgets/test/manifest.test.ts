/**
 * custom-elements.json is generated at build from the JSDoc on each widget class; partners,
 * Storybook and the learning house's styling page read it. It must tell the whole truth about
 * the public surface (every part, token, state and event the code uses) and nothing private.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const MANIFEST = join(ROOT, 'custom-elements.json');

interface Named {
  name: string;
  type?: { text: string };
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}

const WIDGETS: Record<string, string> = {
  'wijk-initiative-finder': 'initiative-finder',
  'wijk-learning-module': 'learning-module',
  'wijk-trusted-info': 'trusted-info',
  'wijk-practice-search': 'practice-search',
};

function manifestDeclaration(tagName: string): Declaration {
  assert.ok(existsSync(MANIFEST), 'custom-elements.json is missing: run pnpm run build');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  assert.ok(found, `${tagName} is not in the manifest`);
  return found;
}

/** The source a widget ships: its own folder and the base, without tests and test helpers. */
function sourceOf(folder: string): string {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'testing') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        files.push(path);
      }
    }
  };
  walk(join(ROOT, 'src', folder));
  walk(join(ROOT, 'src', 'base'));
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

function partsUsedIn(source: string): Set<string> {
  const parts = new Set<string>();
  for (const match of source.matchAll(/\bpart="([^"$]+)"/g)) for (const part of match[1]!.split(/\s+/)) parts.add(part);
  return parts;
}

function tokensUsedIn(source: string): Set<string> {
  return new Set([...source.matchAll(/var\((--wijk-[a-z0-9-]+)/g)].map((match) => match[1]!));
}

function eventsFiredIn(source: string): Set<string> {
  return new Set([...source.matchAll(/super\('(wijk-[a-z-]+)'/g)].map((match) => match[1]!));
}

describe('custom-elements.json', () => {
  for (const [tagName, folder] of Object.entries(WIDGETS)) {
    describe(`<${tagName}>`, () => {
      const source = sourceOf(folder);

      it('documents every part the templates use', () => {
        const documented = new Set(manifestDeclaration(tagName).cssParts?.map((part) => part.name));
        const missing = [...partsUsedIn(source)].filter((part) => !documented.has(part));
        assert.deepEqual(missing, [], `parts used but not documented with @csspart: ${missing.join(', ')}`);
      });

      it('documents every --wijk-* design token the styles read', () => {
        const documented = new Set(manifestDeclaration(tagName).cssProperties?.map((token) => token.name));
        const missing = [...tokensUsedIn(source)].filter((token) => !documented.has(token));
        assert.deepEqual(missing, [], `tokens used but not documented with @cssprop: ${missing.join(', ')}`);
      });

      it('documents every event it fires, with its type', () => {
        const events = manifestDeclaration(tagName).events ?? [];
        const fired = [...eventsFiredIn(source)].filter((name) => !name.startsWith('wijk-test'));
        for (const name of fired) {
          const event = events.find((candidate) => candidate.name === name);
          assert.ok(event, `event ${name} is fired but not documented with @fires`);
          assert.match(event.type?.text ?? '', /Event$/, `event ${name} has no type`);
        }
      });

      it('documents the custom states the data source sets', () => {
        const states = manifestDeclaration(tagName).cssStates?.map((state) => state.name).sort();
        assert.deepEqual(states, ['empty', 'error', 'loading', 'ready']);
      });

      it('lets no private or protected member, and no internal state, into the manifest', () => {
        const declaration = manifestDeclaration(tagName);
        const leaked = (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected');
        assert.deepEqual(leaked.map((member) => member.name), []);
        for (const name of ['viewState', 'isDemo', 'near', 'internals', 'announcement', 'localize']) {
          assert.ok(!(declaration.members ?? []).some((member) => member.name === name), `${name} leaks into the manifest`);
        }
      });
    });
  }

  it('lists each widget’s attributes, including the shared time limit and debug view', () => {
    const attributes = (tag: string) => manifestDeclaration(tag).attributes!.map((attribute) => attribute.name).sort();
    assert.deepEqual(attributes('wijk-initiative-finder'), ['debug', 'free-only', 'hide-stale', 'neighbourhood', 'postcodes', 'src', 'stale-after', 'sync-url', 'target-group', 'theme', 'timeout']);
    assert.deepEqual(attributes('wijk-learning-module'), ['debug', 'hide-intro', 'mastery-score', 'src', 'timeout']);
    assert.ok(attributes('wijk-trusted-info').includes('topic'));
    assert.ok(attributes('wijk-practice-search').includes('index'));
  });

  it('describes the learning module’s statement event in full', () => {
    const [event] = manifestDeclaration('wijk-learning-module').events!;
    assert.equal(event!.name, 'wijk-statement');
    assert.match(String((event as { description?: string }).description), /initialized.*progressed.*answered.*completed.*passed.*failed.*terminated/s);
  });
});
