/** Edge cases of validate.ts: inputs that are not documents, kind detection, JSON paths, URLs and schedule rules. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectContentKind,
  formatJsonPath,
  isWebUrl,
  validateContent,
  validateGoodPractice,
  validateInitiativeFeed,
  validateLearningModule,
  validateTrustedPointers,
  type ValidationResult,
} from '../src/index.ts';
import { problemShapeError } from './helpers.ts';

const VALIDATORS: [string, (input: unknown) => ValidationResult<unknown>][] = [
  ['validateInitiativeFeed', validateInitiativeFeed],
  ['validateGoodPractice', validateGoodPractice],
  ['validateLearningModule', validateLearningModule],
  ['validateTrustedPointers', validateTrustedPointers],
  ['validateContent', (input) => validateContent(input)],
];

describe('inputs that are not a document', () => {
  const scalars: [string, unknown][] = [
    ['null', null],
    ['42', 42],
    ['"x"', 'x'],
    ['true', true],
    ['undefined', undefined],
  ];
  for (const [name, validate] of VALIDATORS) {
    for (const [label, input] of [...scalars, ['[]', []] as [string, unknown], ['{}', {}] as [string, unknown]]) {
      test(`${name}(${label}) returns problems without throwing`, () => {
        let result: ValidationResult<unknown> | undefined;
        assert.doesNotThrow(() => {
          result = validate(input);
        });
        assert.equal(result?.valid, false);
        assert.ok(result.problems.length > 0);
        for (const problem of result.problems) assert.equal(problemShapeError(problem), undefined);
      });
    }
    for (const [label, input] of scalars) {
      test(`${name}(${label}) reports one problem, at $`, () => {
        assert.deepEqual(
          validate(input).problems.map((p) => p.path),
          ['$'],
        );
      });
    }
  }

  test('a feed that is a number says an object was expected', () => {
    assert.deepEqual(validateInitiativeFeed(42).problems[0]?.message, {
      nl: 'Verwacht een object { … }, maar kreeg het getal 42.',
      en: 'Expected an object { … }, but got the number 42.',
    });
  });

  const strictKinds: [string, (input: unknown) => ValidationResult<unknown>][] = [
    ['good practice', validateGoodPractice],
    ['learning module', validateLearningModule],
    ['trusted-pointers list', validateTrustedPointers],
  ];
  for (const [kind, validate] of strictKinds) {
    test(
      `a ${kind} that is a number says an object was expected`,
      () => {
        assert.match(validate(42).problems[0]?.message.nl ?? '', /^Verwacht een object/);
      },
    );
    test(`an empty ${kind} reports its required fields as missing`, () => {
      const problems = validate({}).problems;
      assert.ok(problems.length > 0);
      for (const problem of problems) assert.equal(problem.message.en, 'This field is missing.', problem.path);
    });
  }

  test('an empty feed reports organizations and services as missing', () => {
    assert.deepEqual(validateInitiativeFeed({}).problems, [
      { path: '$.organizations', message: { nl: 'Dit veld ontbreekt.', en: 'This field is missing.' } },
      { path: '$.services', message: { nl: 'Dit veld ontbreekt.', en: 'This field is missing.' } },
    ]);
  });

  test('a value that throws while being read gives a problem at $, not an exception', () => {
    const hostile = {
      organizations: [],
      get services(): unknown {
        throw new Error('boom');
      },
    };
    for (const [name, validate] of VALIDATORS) {
      const result = validate(hostile);
      assert.equal(result.valid, false, name);
      for (const problem of result.problems) assert.equal(problemShapeError(problem), undefined);
    }
    assert.deepEqual(validateInitiativeFeed(hostile).problems.map((p) => p.path), ['$']);
  });

  test('nesting far deeper than any schema does not throw', () => {
    let deep: unknown = 'bodem';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = validateInitiativeFeed({ organizations: [], services: deep });
    assert.equal(result.valid, false);
    assert.ok(result.problems.every((p) => problemShapeError(p) === undefined));
  });
});

describe('detectContentKind', () => {
  const cases: [string, unknown, string | undefined][] = [
    ['$schema of a feed', { $schema: 'https://wijkwijzer.nl/schemas/initiative-feed.schema.json' }, 'initiative-feed'],
    ['$schema as a relative path', { $schema: '../schemas/learning-module.schema.json' }, 'learning-module'],
    ['$schema wins over fields', { $schema: 'https://wijkwijzer.nl/schemas/good-practice.schema.json', services: [] }, 'good-practice'],
    ['services field', { services: [] }, 'initiative-feed'],
    ['lessons field', { lessons: [] }, 'learning-module'],
    ['principles field', { principles: [1] }, 'good-practice'],
    ['pointers field', { pointers: [] }, 'trusted-pointers'],
    ['services before lessons', { lessons: [], services: [] }, 'initiative-feed'],
    ['unknown $schema falls back to fields', { $schema: 'https://example.org/other.schema.json', pointers: [] }, 'trusted-pointers'],
    ['non-string $schema falls back to fields', { $schema: 42, lessons: [] }, 'learning-module'],
    ['a field whose value is null still counts', { pointers: null }, 'trusted-pointers'],
    ['nothing recognisable', { title: 'Welzijn op Recept' }, undefined],
    ['unknown $schema only', { $schema: 'https://example.org/other.schema.json' }, undefined],
    ['empty object', {}, undefined],
    ['null', null, undefined],
    ['array', [{ services: [] }], undefined],
    ['string', 'initiative-feed', undefined],
    ['number', 7, undefined],
    ['inherited field', Object.create({ services: [] }) as unknown, undefined],
  ];
  for (const [label, input, expected] of cases) {
    test(`${label} → ${expected ?? 'undefined'}`, () => {
      assert.equal(detectContentKind(input), expected);
    });
  }
});

describe('validateContent', () => {
  test('an unrecognisable document gets one unknown_kind problem at $', () => {
    const result = validateContent({ title: 'iets' });
    assert.equal(result.kind, undefined);
    assert.equal(result.valid, false);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.path, '$');
    assert.match(result.problems[0]?.message.en ?? '', /^Unknown kind of content/);
    assert.match(result.problems[0]?.message.nl ?? '', /^Onbekend soort inhoud/);
  });

  test('an explicit kind overrides detection', () => {
    const result = validateContent({ services: [], organizations: [] }, 'trusted-pointers');
    assert.equal(result.kind, 'trusted-pointers');
    assert.equal(result.valid, false);
    assert.ok(result.problems.some((p) => p.path === '$.pointers'));
  });

  test('a minimal feed is valid and gets an empty locations list', () => {
    const result = validateContent({ organizations: [], services: [] });
    assert.equal(result.kind, 'initiative-feed');
    assert.equal(result.valid, true);
    const value = (result as { value?: Record<string, unknown> }).value;
    assert.deepEqual(value?.locations, []);
    assert.deepEqual(value?.services, []);
  });
});

describe('formatJsonPath', () => {
  const cases: [unknown[], string][] = [
    [[], '$'],
    [['services', 2, 'name'], '$.services[2].name'],
    [['$schema'], '$.$schema'],
    [['_private', 'camelCase9'], '$._private.camelCase9'],
    [['__proto__', 'constructor'], '$.__proto__.constructor'],
    [['a b'], '$["a b"]'],
    [[''], '$[""]'],
    [['0'], '$["0"]'],
    [['1abc'], '$["1abc"]'],
    [['kebab-case'], '$["kebab-case"]'],
    [['x"y'], '$["x\\"y"]'],
    [['back\\slash'], '$["back\\\\slash"]'],
    [['regel\nnieuw'], '$["regel\\nnieuw"]'],
    [['héllo'], '$["héllo"]'],
    [['a.b'], '$["a.b"]'],
    [['a]b['], '$["a]b["]'],
    [[Symbol('s')], '$["Symbol(s)"]'],
    [[-1], '$[-1]'],
  ];
  for (const [keys, expected] of cases) {
    test(`${String(keys.map(String))} → ${expected}`, () => {
      assert.equal(formatJsonPath(keys), expected);
    });
  }
});

describe('web addresses', () => {
  const rejected = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://ftp.example.nl/bestand.pdf',
    'mailto:info@example.nl',
    '//example.nl/pad',
    '/relatief/pad',
    'www.example.nl',
    'https://',
    '',
  ];
  const accepted = ['https://www.example.nl', 'http://example.nl/pad?vraag=1#kop', 'HTTPS://EXAMPLE.NL', '  https://www.thuisarts.nl/griep  '];
  const feedWithUrl = (url: string) => ({
    organizations: [{ id: 'o', name: 'Organisatie', website: url }],
    services: [],
  });
  for (const url of rejected) {
    test(`rejects ${JSON.stringify(url)}`, () => {
      assert.equal(isWebUrl(url.trim()), false);
      assert.deepEqual(
        validateInitiativeFeed(feedWithUrl(url)).problems.map((p) => p.path),
        ['$.organizations[0].website'],
      );
    });
  }
  for (const url of accepted) {
    test(`accepts ${JSON.stringify(url)}`, () => {
      const result = validateInitiativeFeed(feedWithUrl(url));
      assert.deepEqual(result.problems, []);
      assert.equal(result.valid && result.value.organizations[0]?.website, url.trim());
    });
  }
});

describe('schedule rules', () => {
  const feedWithSchedule = (schedule: Record<string, unknown>) => ({
    organizations: [{ id: 'o', name: 'Organisatie' }],
    services: [{ id: 's', organization_id: 'o', name: 'Dienst', status: 'active', schedules: [{ freq: 'WEEKLY', ...schedule }] }],
  });
  const problemPaths = (schedule: Record<string, unknown>) =>
    validateInitiativeFeed(feedWithSchedule(schedule)).problems.map((p) => p.path.replace('$.services[0].schedules[0].', ''));

  for (const byday of ['TU', 'MO,WE,FR', '1MO', '-1FR', '+2TH', '1MO,3MO']) {
    test(`byday ${byday} is accepted`, () => assert.deepEqual(problemPaths({ byday }), []));
  }
  for (const byday of ['tu', 'TUE', 'dinsdag', '6MO', '0MO', 'MO,', ',MO', 'MO TU', '']) {
    test(`byday ${JSON.stringify(byday)} is rejected`, () => assert.deepEqual(problemPaths({ byday }), ['byday']));
  }
  for (const bymonthday of ['1', '1,15', '-1', '31']) {
    test(`bymonthday ${bymonthday} is accepted`, () => assert.deepEqual(problemPaths({ freq: 'MONTHLY', bymonthday }), []));
  }
  for (const bymonthday of ['0', '32', '1,', 'laatste']) {
    test(`bymonthday ${bymonthday} is rejected`, () => assert.deepEqual(problemPaths({ freq: 'MONTHLY', bymonthday }), ['bymonthday']));
  }
  test('opening and closing at the same time is rejected at closes_at', () => {
    assert.deepEqual(problemPaths({ opens_at: '10:00', closes_at: '10:00' }), ['closes_at']);
  });
  test('times with seconds are compared correctly', () => {
    assert.deepEqual(problemPaths({ opens_at: '09:59:59', closes_at: '10:00' }), []);
  });
  test('valid_to before valid_from is rejected at valid_to', () => {
    assert.deepEqual(problemPaths({ valid_from: '2026-06-01', valid_to: '2026-05-31' }), ['valid_to']);
  });
  test('interval 0 and 53 are rejected, 1 and 52 accepted', () => {
    assert.deepEqual(problemPaths({ interval: 0 }), ['interval']);
    assert.deepEqual(problemPaths({ interval: 53 }), ['interval']);
    assert.deepEqual(problemPaths({ interval: 1 }), []);
    assert.deepEqual(problemPaths({ interval: 52 }), []);
  });
});
