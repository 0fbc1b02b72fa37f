/** Fixture-driven tests: every valid document passes, every broken one fails exactly where it is broken. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  detectContentKind,
  validateContent,
  validateGoodPractice,
  validateInitiativeFeed,
  validateLearningModule,
  validateTrustedPointers,
  type ContentKind,
  type ValidationResult,
} from '../src/index.ts';
import { INVALID_DIR, VALID_DIR, fixtureNames, kindFromFileName, loadFixture, problemShapeError } from './helpers.ts';
import { INVALID_EXPECTATIONS } from './invalid-expectations.ts';

const VALIDATORS: Record<ContentKind, (input: unknown) => ValidationResult<unknown>> = {
  'initiative-feed': validateInitiativeFeed,
  'good-practice': validateGoodPractice,
  'learning-module': validateLearningModule,
  'trusted-pointers': validateTrustedPointers,
};

function pathsOf(result: ValidationResult<unknown>): string[] {
  return result.problems.map((problem) => problem.path);
}

describe('valid fixtures', () => {
  const names = fixtureNames(VALID_DIR);

  test('there is a valid fixture for each of the four kinds', () => {
    assert.deepEqual(names.map(kindFromFileName).sort(), ['good-practice', 'initiative-feed', 'learning-module', 'trusted-pointers']);
  });

  for (const name of names) {
    const kind = kindFromFileName(name);
    test(`${name} is a valid ${kind}`, () => {
      const document = loadFixture(join(VALID_DIR, name));
      assert.equal(detectContentKind(document), kind);
      assert.equal((document as { $schema?: unknown }).$schema, `https://wijkwijzer.nl/schemas/${kind}.schema.json`);
      const direct = VALIDATORS[kind](document);
      assert.deepEqual(direct.problems, [], `${name} should have no problems`);
      assert.equal(direct.valid, true);
      const viaContent = validateContent(document);
      assert.equal(viaContent.kind, kind);
      assert.equal(viaContent.valid, true);
    });

    for (const other of Object.keys(VALIDATORS) as ContentKind[]) {
      if (other === kind) continue;
      test(`${name} is not accepted as ${other}`, () => {
        const result = validateContent(loadFixture(join(VALID_DIR, name)), other);
        assert.equal(result.kind, other);
        assert.equal(result.valid, false);
        assert.ok(result.problems.length > 0);
      });
    }
  }

  test('the feed expresses weekly, first-Monday-of-the-month and every-other-Wednesday schedules', () => {
    const result = validateInitiativeFeed(loadFixture(join(VALID_DIR, 'initiative-feed.json')));
    assert.ok(result.valid);
    const schedules = result.value.services.flatMap((service) => [
      ...(service.schedules ?? []),
      ...(service.service_at_locations ?? []).flatMap((at) => at.schedules ?? []),
    ]);
    const rule = (s: (typeof schedules)[number]) => `${s.freq}/${s.interval ?? 1}/${s.byday}/${s.opens_at}-${s.closes_at}`;
    const rules = schedules.map(rule);
    assert.ok(rules.includes('WEEKLY/1/TU/10:00-12:00'), rules.join(' '));
    assert.ok(rules.includes('MONTHLY/1/1MO/17:30-19:30'), rules.join(' '));
    const everyOther = schedules.find((s) => s.freq === 'WEEKLY' && s.interval === 2 && s.byday === 'WE');
    assert.ok(everyOther?.dtstart, 'every-other-week schedule needs a dtstart');
    assert.equal(new Date(`${everyOther.dtstart}T12:00:00Z`).getUTCDay(), 3, 'dtstart must fall on a Wednesday');
    const neighbourhoods = new Set(result.value.services.flatMap((s) => s.wijkwijzer?.neighbourhoods ?? []));
    assert.deepEqual([...neighbourhoods].sort(), ['Paddepoel', 'Selwerd', 'Vinkhuizen']);
  });

  test('the pointers list keeps last_checked_ok: null as null', () => {
    const result = validateTrustedPointers(loadFixture(join(VALID_DIR, 'trusted-pointers.yaml')));
    assert.ok(result.valid);
    assert.deepEqual(
      result.value.pointers.map((p) => p.last_checked_ok),
      ['2026-02-20', '2026-02-20', null],
    );
  });

  test('the learning module uses all five step kinds', () => {
    const result = validateLearningModule(loadFixture(join(VALID_DIR, 'learning-module.json')));
    assert.ok(result.valid);
    const kinds = new Set(result.value.lessons.flatMap((lesson) => lesson.steps.map((step) => step.kind)));
    assert.deepEqual([...kinds].sort(), ['multiple_choice', 'reflection', 'scenario', 'single_choice', 'text']);
  });
});

describe('invalid fixtures', () => {
  const names = fixtureNames(INVALID_DIR);

  test('every invalid fixture has an expectation, and every expectation a fixture', () => {
    assert.deepEqual(names, Object.keys(INVALID_EXPECTATIONS).sort());
  });

  for (const name of names) {
    const expected = INVALID_EXPECTATIONS[name];
    if (!expected) continue;
    const run = () => validateContent(loadFixture(join(INVALID_DIR, name)));

    test(`${name} fails as ${expected.kind} at ${expected.paths.join(', ')}`, { todo: expected.bug?.paths }, () => {
      const result = run();
      assert.equal(result.kind, expected.kind);
      assert.equal(result.valid, false);
      assert.deepEqual(pathsOf(result).sort(), [...expected.paths].sort());
      // The kind-specific validator agrees with validateContent.
      assert.deepEqual(VALIDATORS[expected.kind](loadFixture(join(INVALID_DIR, name))).problems, result.problems);
    });

    test(`${name} explains each problem in Dutch and English`, { todo: expected.bug?.message }, () => {
      const result = run();
      assert.ok(result.problems.length > 0);
      for (const problem of result.problems) {
        assert.equal(problemShapeError(problem), undefined);
        assert.notEqual(problem.message.nl, problem.message.en, `nl and en are the same at ${problem.path}`);
        assert.ok(problem.message.nl.length < 400 && problem.message.en.length < 400, `message too long at ${problem.path}`);
      }
      if (expected.message) assert.deepEqual(result.problems[0]?.message, expected.message);
    });
  }
});

describe('hostile strings', () => {
  const load = () => loadFixture(join(INVALID_DIR, 'hostile-strings.json')) as {
    organizations: Record<string, unknown>[];
    services: Record<string, unknown>[];
  };

  test('the fixture really carries a 100,000-character string, script text and __proto__/constructor keys', () => {
    const document = load();
    assert.equal((document.services[1]?.status as string).length, 100_000);
    assert.match(String(document.organizations[0]?.name), /<script>/);
    assert.ok(Object.hasOwn(document.services[0] ?? {}, '__proto__'));
    assert.ok(Object.hasOwn(document.services[0]?.wijkwijzer ?? {}, 'constructor'));
  });

  test('no message or line echoes the 100,000-character string in full', () => {
    const result = validateContent(load());
    const status = result.problems.find((problem) => problem.path === '$.services[1].status');
    assert.ok(status, 'the 100k status must be reported');
    for (const problem of result.problems) {
      assert.ok(problem.message.nl.length < 400, `nl message of ${problem.message.nl.length} characters`);
      assert.ok(problem.message.en.length < 400, `en message of ${problem.message.en.length} characters`);
      assert.ok(!problem.message.nl.includes('x'.repeat(41)));
    }
    // The start of the bad value is shown, so the author can still find it.
    assert.match(status.message.nl, /tekst "x{40}…"/);
  });

  /** The hostile feed with only its three real problems repaired. */
  const loadRepaired = () => {
    const document = load();
    (document.organizations[0] as Record<string, unknown>).website = 'https://www.example.nl/buurtcentrum';
    delete (document.services[0] as Record<string, unknown>).url;
    (document.services[1] as Record<string, unknown>).status = 'active';
    return document;
  };

  test('once the script URLs and the 100k status are fixed, the rest of the hostile text is accepted as plain text', () => {
    const result = validateInitiativeFeed(loadRepaired());
    assert.deepEqual(result.problems, []);
    assert.ok(result.valid);
    // Text comes out exactly as it went in: not escaped, not stripped (escaping is the renderer's job).
    assert.equal(result.value.organizations[0]?.name, '<script>alert("buurt")</script> Buurtcentrum');
    assert.equal(result.value.services[0]?.name, '<img src=x onerror="alert(1)">Samen eten');
    assert.ok(result.value.services[0]?.description?.includes('\u202Eomkering'));
    assert.ok(result.value.services[0]?.description?.includes('\u0000'));
    assert.equal(result.value.services[1]?.url, 'https://www.example.nl/"><script>alert(1)</script>');
    // A service may belong to an organization whose id is "__proto__".
    assert.equal(result.value.services[1]?.organization_id, '__proto__');
  });

  test('__proto__ and constructor keys neither pollute prototypes nor survive into the output', () => {
    const result = validateInitiativeFeed(loadRepaired());
    assert.ok(result.valid);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    const service = result.value.services[0] as object;
    assert.equal(Object.hasOwn(service, '__proto__'), false);
    assert.equal(Object.getPrototypeOf(service), Object.prototype);
    assert.equal(Object.hasOwn(result.value.services[0]?.wijkwijzer ?? {}, 'constructor'), false);
    assert.equal(result.value.services[0]?.wijkwijzer?.themes?.[0], 'eten');
  });
});
