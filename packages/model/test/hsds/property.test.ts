/**
 * Whatever HSDS comes in (the examples with one value swapped for random JSON or removed, or
 * random objects shaped a little like a service), the import never throws, and every warning,
 * rejection and problem points at a place that is really in the input.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseHsds, validateContent, type Problem } from '../../src/index.ts';
import { parseJsonPath, problemShapeError, walk } from '../helpers.ts';
import { leavesOf, loadHsds, TODAY, type Key } from './hsds-test-helpers.ts';

const NUM_RUNS = 500;

function assertPointsIntoInput(items: readonly Problem[], input: unknown): void {
  for (const item of items) {
    assert.equal(problemShapeError(item), undefined, JSON.stringify(item));
    const keys = parseJsonPath(item.path);
    assert.ok(keys.length === 0 || walk(input, keys.slice(0, -1)).found, `parent of ${item.path} is not in the input`);
  }
}

function check(input: unknown): void {
  let result: ReturnType<typeof normaliseHsds> | undefined;
  assert.doesNotThrow(() => {
    result = normaliseHsds(input, { today: TODAY });
  });
  if (!result!.ok) return assertPointsIntoInput(result!.problems, input);
  assertPointsIntoInput([...result!.warnings, ...result!.rejected], input);
  const validated = validateContent(input);
  assert.equal(validated.valid, validated.problems.length === 0);
}

/** Every place in a document (objects and lists too), to replace or remove. */
function placesIn(value: unknown, path: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...path, key], ...placesIn(child, [...path, key])]);
}

function mutate(document: unknown, path: Key[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(document);
  const parent = walk(copy, path.slice(0, -1)).value as Record<Key, unknown>;
  const key = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (remove) delete parent[key];
  else Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

describe(`the HSDS import on odd input (${NUM_RUNS} runs each)`, () => {
  for (const name of ['service_full.json', 'service_list.json', 'organization_full.json', 'written-3.1-service.json']) {
    test(`${name} with one value replaced or removed`, () => {
      const document = loadHsds(name);
      const places = placesIn(document);
      assert.ok(places.length > leavesOf(document).length / 2);
      fc.assert(
        fc.property(
          fc.constantFrom(...places),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' ', null, -1, 1e308, 'x'.repeat(30_000), '2005-01-01', 'WEEKLY', '1MO', 'FR', 'SW1A 1AA', '"+31 50 123"')),
          fc.boolean(),
          (path, replacement, remove) => check(mutate(document, path, replacement, remove)),
        ),
        { numRuns: NUM_RUNS },
      );
    });
  }

  test('random objects with the keys of a service', () => {
    const key = fc.constantFrom('id', 'name', 'status', 'organization', 'organization_id', 'schedules', 'service_at_locations', 'location', 'phones', 'contacts', 'languages', 'cost_options', 'contents', 'services', '__proto__', 'constructor');
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(key, value, { minKeys: 2, maxKeys: 8 }), check), { numRuns: NUM_RUNS });
  });

  test('a document nested deeper than the stack allows is refused, not thrown', () => {
    let deep: unknown = { id: 'x', name: 'y', status: 'active' };
    for (let depth = 0; depth < 20_000; depth += 1) deep = { id: 'x', name: 'y', status: 'active', organization: deep };
    const result = normaliseHsds(deep);
    assert.equal(typeof result.ok, 'boolean');
  });
});
