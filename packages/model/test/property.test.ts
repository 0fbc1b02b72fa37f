/**
 * Property tests: whatever comes in (random JSON, odd JavaScript values, valid documents with a
 * random part swapped or removed), the validators never throw and every problem they report
 * has a JSON path starting with `$` that points into the document, and a Dutch and English text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  formatJsonPath,
  validateContent,
  validateGoodPractice,
  validateInitiativeFeed,
  validateLearningModule,
  validateTrustedPointers,
  type ContentKind,
  type ValidationResult,
} from '../src/index.ts';
import { VALID_DIR, fixtureNames, kindFromFileName, loadFixture, parseJsonPath, problemShapeError, walk } from './helpers.ts';

const NUM_RUNS = 1_000;

const VALIDATORS: ((input: unknown) => ValidationResult<unknown>)[] = [
  validateInitiativeFeed,
  validateGoodPractice,
  validateLearningModule,
  validateTrustedPointers,
  (input) => validateContent(input),
];

/** Checks one result; with `document`, also that every problem's parent is really in the document. */
function assertWellFormed(result: ValidationResult<unknown>, document?: unknown): void {
  assert.equal(typeof result.valid, 'boolean');
  if (result.valid) {
    assert.deepEqual(result.problems, []);
    return;
  }
  assert.ok(result.problems.length > 0, 'an invalid result must list at least one problem');
  for (const problem of result.problems) {
    assert.equal(problemShapeError(problem), undefined, JSON.stringify(problem));
    const keys = parseJsonPath(problem.path);
    if (document !== undefined && keys.length > 0) {
      assert.ok(walk(document, keys.slice(0, -1)).found, `parent of ${problem.path} is not in the document`);
    }
  }
}

/** Runs a property exactly NUM_RUNS times and proves it did. */
function assertProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void {
  let runs = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      runs += 1;
      check(value);
    }),
    { numRuns: NUM_RUNS },
  );
  assert.equal(runs, NUM_RUNS);
}

type Path = (string | number)[];
interface Target {
  kind: ContentKind;
  document: unknown;
  path: Path;
}

/** Every path to a nested value in a document (the root excluded). */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

const TARGETS: Target[] = fixtureNames(VALID_DIR).flatMap((name) => {
  const document = loadFixture(join(VALID_DIR, name));
  return pathsIn(document).map((path) => ({ kind: kindFromFileName(name), document, path }));
});

/** A copy of the document with the value at `path` replaced (or, with `remove`, deleted). */
function mutate(target: Target, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(target.document);
  const parent = walk(copy, target.path.slice(0, -1)).value as Record<string | number, unknown> | unknown[];
  const key = target.path.at(-1) as string | number;
  if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (remove) delete (parent as Record<string, unknown>)[key];
  else Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Keys that steer detection and validation, plus keys that have bitten JavaScript before. */
const interestingKey = fc.oneof(
  fc.constantFrom('$schema', 'services', 'organizations', 'locations', 'lessons', 'principles', 'pointers', 'id', 'name'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.string(),
);

describe(`validators on random input (${NUM_RUNS} runs each)`, () => {
  test('random JSON values', () => {
    assertProperty(fc.jsonValue(), (value) => {
      for (const validate of VALIDATORS) assertWellFormed(validate(value), value);
    });
  });

  test('random JavaScript values, including ones JSON cannot hold', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    assertProperty(anything, (value) => {
      for (const validate of VALIDATORS) assertWellFormed(validate(value));
    });
  });

  test('random objects with keys that steer detection', () => {
    const document = fc.dictionary(interestingKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
    assertProperty(document, (value) => {
      for (const validate of VALIDATORS) assertWellFormed(validate(value), value);
    });
  });

  test('valid fixtures with one nested value replaced by random JSON, or removed', () => {
    assert.ok(TARGETS.length > 200, `only ${TARGETS.length} places to mutate`);
    const mutation = fc.record({
      target: fc.constantFrom(...TARGETS),
      replacement: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('', ' ', 'javascript:alert(1)', 'x'.repeat(100_000), -1, 1e308)),
      remove: fc.boolean(),
    });
    const invalidByKind = new Map<ContentKind, number>();
    assertProperty(mutation, ({ target, replacement, remove }) => {
      const document = mutate(target, replacement, remove);
      const result = validateContent(document);
      if (!result.valid) invalidByKind.set(target.kind, (invalidByKind.get(target.kind) ?? 0) + 1);
      // The fixtures carry both $schema and their kind's own field, so one change cannot hide the kind.
      assert.equal(result.kind, target.kind, `kind lost after changing ${formatJsonPath(target.path)}`);
      assertWellFormed(result, document);
      for (const problem of result.problems) {
        assert.ok(problem.message.nl.length < 1_000 && problem.message.en.length < 1_000, 'message echoes too much');
      }
    });
    // The mutations must actually break documents of every kind, or this property proves little.
    assert.equal(invalidByKind.size, 4, JSON.stringify([...invalidByKind]));
    const invalid = [...invalidByKind.values()].reduce((sum, count) => sum + count, 0);
    assert.ok(invalid > NUM_RUNS / 4, `only ${invalid} of ${NUM_RUNS} mutated documents were invalid`);
  });

  test('a value swapped for itself leaves a valid fixture valid', () => {
    assertProperty(fc.constantFrom(...TARGETS), (target) => {
      const same = walk(target.document, target.path).value;
      const result = validateContent(mutate(target, structuredClone(same), false));
      assert.deepEqual(result.problems, [], formatJsonPath(target.path));
    });
  });
});

describe(`formatJsonPath (${NUM_RUNS} runs)`, () => {
  test('reads back into the same keys, whatever the keys are', () => {
    const key = fc.oneof(fc.string({ unit: 'binary' }), interestingKey, fc.nat());
    assertProperty(fc.array(key, { maxLength: 6 }), (keys) => {
      const path = formatJsonPath(keys);
      assert.ok(path.startsWith('$'));
      assert.deepEqual(parseJsonPath(path), keys);
    });
  });
});
