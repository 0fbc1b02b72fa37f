/**
 * `wijkwijzer validate` on HSDS, run as a partner would (the built CLI: build the model first).
 * Warnings are printed and do not change the exit code; rejected parts are problems (exit 1).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../../src/index.ts';
import { HSDS_DIR, loadHsds } from './hsds-test-helpers.ts';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

let scratch = '';
before(() => {
  assert.ok(existsSync(CLI), `${CLI} does not exist: pnpm --filter @wijkwijzer/model run build`);
  scratch = mkdtempSync(join(tmpdir(), 'wijkwijzer-hsds-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, document: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('wijkwijzer validate on HSDS', () => {
  const full = join(HSDS_DIR, 'service_full.json');

  test('service_full.json: ok, exit 0, with a warning line for each field it does not use', () => {
    const run = cli(['validate', full]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(run.lines[0], `${full}: ok (initiative-feed: hsds-service)`);
    assert.ok(run.lines.includes(`${full}:$.funding: let op: Dit veld wordt niet gebruikt: bewoners zien het niet.`));
    assert.ok(run.lines.some((line) => line.startsWith(`${full}:$.schedules[0]: let op: Dit rooster is afgelopen`)));
    // One line per warning (none repeats here), each at a JSON path; then one for an activity not checked within a year.
    const warnings = validateContent(loadHsds('service_full.json')).warnings ?? [];
    assert.equal(run.lines.length, 1 + warnings.length + 1);
    assert.ok(run.lines.slice(1, -1).every((line) => /^.+?:\$[^ ]*: let op: /.test(line)));
    assert.match(run.lines.at(-1)!, /: let op: 1 activiteiten zijn langer dan 12 maanden niet gecontroleerd/);
  });

  test('--lang en words the warnings in English', () => {
    assert.ok(cli(['validate', '--lang', 'en', full]).lines.includes(`${full}:$.funding: warning: This field is not used: residents will not see it.`));
  });

  test('the paginated list and the UK address are valid too', () => {
    for (const name of ['service_list.json', 'written-uk-postcode.json']) {
      const run = cli(['validate', join(HSDS_DIR, name)]);
      assert.equal(run.status, 0, run.lines.join('\n'));
      assert.match(run.lines[0] ?? '', /: ok \(initiative-feed: hsds-(page|service-array)\)$/);
    }
  });

  test('the whole HSDS fixture folder passes', () => {
    const run = cli(['validate', HSDS_DIR]);
    assert.equal(run.status, 0);
    const okLines = run.lines.filter((line) => / ok \(/.test(line));
    assert.equal(okLines.length, readdirSync(HSDS_DIR).filter((name) => name.endsWith('.json')).length);
  });

  test('a schedule that cannot be said in words is a problem: exit 1, with the reason', () => {
    const file = scratchFile('weekly-bymonthday.json', {
      id: 'svc',
      name: 'Inloop',
      status: 'active',
      organization: { id: 'org', name: 'Buurtwerk' },
      schedules: [{ freq: 'WEEKLY', bymonthday: '2,3,4', opens_at: '10:00', closes_at: '18:00' }],
    });
    const run = cli(['validate', '--lang', 'en', file]);
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines, [
      `${file}:$.schedules[0].bymonthday: This schedule cannot be put into words: a weekly schedule (WEEKLY) cannot have days of the month (bymonthday). Use MONTHLY or leave bymonthday out.`,
    ]);
  });

  test('a schema problem inside HSDS is told at the input path, in full words', () => {
    const file = scratchFile('uk-postcode-without-country.json', {
      id: 'svc',
      name: 'Inloop',
      status: 'active',
      organization_id: 'org',
      service_at_locations: [{ id: 'sal', location: { id: 'loc', location_type: 'physical', addresses: [{ address_1: 'Straat 1', city: 'Groningen', postal_code: 'SW1A 1AA' }] } }],
    });
    const run = cli(['validate', '--lang', 'en', file]);
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines, [
      `${file}:$.service_at_locations[0].location.addresses[0].postal_code: Write a Dutch postcode, for example 9722 AB, or give the country (country, for example GB) if the address is not in the Netherlands.`,
    ]);
  });

  test('the same warning on many services is one line with a count', () => {
    const service = (id: string) => ({ id, name: `Activiteit ${id}`, status: 'active', organization_id: 'org', funding: [{ source: 'Gemeente' }] });
    const file = scratchFile('three.json', [service('a'), service('b'), service('c')]);
    const run = cli(['validate', file]);
    assert.equal(run.status, 0);
    assert.deepEqual(run.lines, [
      `${file}: ok (initiative-feed: hsds-service-array)`,
      `${file}:$[0].funding: let op: Dit veld wordt niet gebruikt: bewoners zien het niet. (ook op 2 andere plaatsen: $[*].funding)`,
    ]);
  });
});
