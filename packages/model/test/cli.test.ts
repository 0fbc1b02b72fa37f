/**
 * The built CLI, run as a content author would: `node dist/cli.js validate …`.
 * These tests build nothing; the test command builds the package first.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../src/index.ts';
import { INVALID_DIR, UNREADABLE_DIR, VALID_DIR, fixtureNames, kindFromFileName, loadFixture } from './helpers.ts';
import { INVALID_EXPECTATIONS } from './invalid-expectations.ts';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs the CLI with a fixed language environment, so the host's LANG cannot change the output. */
function cli(args: string[], env: Record<string, string> = { LANG: 'C.UTF-8' }): Run {
  const inherited = { ...process.env };
  delete inherited.NODE_TEST_CONTEXT;
  delete inherited.LANG;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...inherited, ...env }, timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

before(() => {
  assert.ok(
    existsSync(CLI),
    `${CLI} does not exist. Build the model package first: cd packages/model && pnpm run build`,
  );
});

describe('valid documents: exit 0', () => {
  for (const name of fixtureNames(VALID_DIR)) {
    test(name, () => {
      const file = join(VALID_DIR, name);
      // Their dates age; which activities are stale is tested on its own below.
      const run = cli(['validate', '--stale-after', '0', file]);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, `${file}: ok (${kindFromFileName(name)})\n`);
      assert.equal(run.status, 0);
    });
  }

  test('the whole valid folder at once', () => {
    const run = cli(['validate', VALID_DIR]);
    assert.equal(run.stderr, '');
    assert.deepEqual(
      run.lines,
      fixtureNames(VALID_DIR).map((name) => `${join(VALID_DIR, name)}: ok (${kindFromFileName(name)})`),
    );
    assert.equal(run.status, 0);
  });

  test('--kind naming the right kind is accepted', () => {
    const file = join(VALID_DIR, 'good-practice.json');
    const run = cli(['validate', '--kind', 'good-practice', file]);
    assert.deepEqual(run.lines, [`${file}: ok (good-practice)`]);
    assert.equal(run.status, 0);
  });
});

describe('documents with problems: exit 1', () => {
  for (const name of fixtureNames(INVALID_DIR)) {
    const expected = INVALID_EXPECTATIONS[name];
    if (!expected) continue;
    for (const lang of ['nl', 'en'] as const) {
      test(`${name} --lang ${lang}`, { todo: expected.bug?.paths }, () => {
        const file = join(INVALID_DIR, name);
        const run = cli(['validate', '--lang', lang, file]);
        assert.equal(run.stderr, '');
        assert.equal(run.status, 1);
        // One `<file>:<JSON path>: <message>` line per problem, at exactly the expected paths …
        const line = /^(.+?):(\$[^ ]*): (.+)$/;
        const parsed = run.lines.map((text) => line.exec(text));
        assert.ok(parsed.every(Boolean), `unexpected line form:\n${run.stdout}`);
        assert.ok(parsed.every((match) => match?.[1] === file));
        assert.deepEqual(parsed.map((match) => match?.[2]).sort(), [...expected.paths].sort());
        // … with the message in the language asked for, as the library words it.
        const problems = validateContent(loadFixture(file)).problems;
        assert.deepEqual(run.lines, problems.map((problem) => `${file}:${problem.path}: ${problem.message[lang]}`));
        assert.ok(run.lines.every((text) => text.length < 600), 'a line echoes too much');
      });
    }
  }

  const unknownOrganization = join(INVALID_DIR, 'feed-unknown-organization.json');
  test('Dutch is the default, English with --lang en', () => {
    assert.deepEqual(cli(['validate', unknownOrganization]).lines, [
      `${unknownOrganization}:$.services[0].organization_id: Er is geen organisatie met deze id in de feed.`,
    ]);
    assert.deepEqual(cli(['validate', '--lang', 'en', unknownOrganization]).lines, [
      `${unknownOrganization}:$.services[0].organization_id: There is no organization with this id in the feed.`,
    ]);
  });

  test('without --lang, an English LANG gives English; --lang nl wins over it', () => {
    const english = { LANG: 'en_GB.UTF-8' };
    assert.match(cli(['validate', unknownOrganization], english).stdout, /There is no organization/);
    assert.match(cli(['validate', '--lang', 'nl', unknownOrganization], english).stdout, /Er is geen organisatie/);
  });

  test('the whole invalid folder at once lists every problem of every file', () => {
    const run = cli(['validate', INVALID_DIR]);
    assert.equal(run.status, 1);
    const expectedCount = fixtureNames(INVALID_DIR)
      .map((name) => validateContent(loadFixture(join(INVALID_DIR, name))).problems.length)
      .reduce((sum, count) => sum + count, 0);
    assert.equal(run.lines.filter((text) => text.includes('.json:$')).length, expectedCount);
    assert.ok(expectedCount >= fixtureNames(INVALID_DIR).length - 1);
  });

  test('a valid document checked as another kind has problems', () => {
    const file = join(VALID_DIR, 'initiative-feed.json');
    const run = cli(['validate', '--kind', 'trusted-pointers', file]);
    assert.equal(run.status, 1);
    // valibot reports only the first unknown key of a strict object: publisher, not services or organizations.
    assert.ok(run.lines.includes(`${file}:$.publisher: Onbekend veld: dit veld hoort hier niet.`), run.stdout);
    assert.ok(run.lines.some((text) => text.startsWith(`${file}:$.pointers: `)), run.stdout);
  });

  test('valid and invalid together: exit 1, and the valid file is still reported ok', () => {
    const valid = join(VALID_DIR, 'learning-module.json');
    const run = cli(['validate', valid, unknownOrganization]);
    assert.equal(run.status, 1);
    assert.equal(run.lines[0], `${valid}: ok (learning-module)`);
    assert.equal(run.lines.length, 2);
  });
});

describe('unreadable input and wrong use: exit 2', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wijkwijzer-cli-test-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  for (const name of fixtureNames(UNREADABLE_DIR)) {
    test(`${name} is not JSON or YAML`, () => {
      const file = join(UNREADABLE_DIR, name);
      const run = cli(['validate', file]);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, new RegExp(`^${escape(file)}: is geen geldige JSON of YAML: `));
      assert.match(cli(['validate', '--lang', 'en', file]).stderr, /: is not valid JSON or YAML: /);
    });
  }

  test('a missing file', () => {
    const missing = join(scratch, 'bestaat-niet.json');
    const run = cli(['validate', missing]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`^${escape(missing)}: kan niet gelezen worden \\(ENOENT\\)`));
  });

  test('an empty folder', () => {
    const run = cli(['validate', scratch]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Geen bestanden gevonden/);
  });

  test('unreadable wins over problems and ok: the fixtures folder as a whole', () => {
    const run = cli(['validate', join(import.meta.dirname, 'fixtures')]);
    assert.equal(run.status, 2);
    for (const name of fixtureNames(VALID_DIR)) {
      assert.ok(run.lines.includes(`${join(VALID_DIR, name)}: ok (${kindFromFileName(name)})`), `${name} not reported ok`);
    }
    assert.ok(run.lines.some((text) => text.startsWith(`${join(INVALID_DIR, 'feed-missing-name.json')}:$.services[0].name: `)));
    assert.equal(run.stderr.split('\n').filter(Boolean).length, fixtureNames(UNREADABLE_DIR).length);
  });

  test('a feed with activities nobody checked for over a year: ok, exit 0, the ids named', () => {
    const feed = join(scratch, 'oud.json');
    writeFileSync(
      feed,
      JSON.stringify({
        organizations: [{ id: 'o', name: 'O' }],
        services: [
          { id: 'nieuw', organization_id: 'o', name: 'Nieuw', status: 'active', assured_date: new Date().toISOString().slice(0, 10) },
          { id: 'oud', organization_id: 'o', name: 'Oud', status: 'active', last_modified: '2020-01-01T00:00:00Z' },
        ],
      }),
    );
    const run = cli(['validate', feed]);
    assert.equal(run.status, 0);
    assert.equal(cli(['validate', '--stale-after', '0', feed]).lines.length, 1, 'reported with --stale-after 0');
    assert.equal(cli(['validate', '--stale-after', '1x', feed]).status, 2);
    assert.match(run.stdout, /let op: 1 activiteiten zijn langer dan 12 maanden niet gecontroleerd \(assured_date of last_modified\): oud$/m);
    rmSync(feed);
  });

  const usage: [string, string[]][] = [
    ['no arguments', []],
    ['validate without a path', ['validate']],
    ['an unknown command', ['check', join(VALID_DIR, 'good-practice.json')]],
    ['an unknown --kind', ['validate', '--kind', 'recipe', join(VALID_DIR, 'good-practice.json')]],
    ['an unknown option', ['validate', '--strict', join(VALID_DIR, 'good-practice.json')]],
    ['--kind without a value', ['validate', join(VALID_DIR, 'good-practice.json'), '--kind']],
  ];
  for (const [label, args] of usage) {
    test(label, () => {
      const run = cli(args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Usage:\s+wijkwijzer validate/);
    });
  }

  test('an empty --kind= is a usage error too', () => {
    const run = cli(['validate', '--kind=', join(VALID_DIR, 'good-practice.json')]);
    assert.equal(run.status, 2);
  });

  test('--help prints the usage and exits 0', () => {
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Usage:\s+wijkwijzer validate \[--kind KIND\] \[--stale-after MONTHS\] \[--lang nl\|en\] PATH…/);
    assert.match(run.stdout, /initiative-feed, good-practice, learning-module, trusted-pointers/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
