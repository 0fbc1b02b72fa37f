import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv } from '../src/csv-import.ts';
import { validateInitiativeFeed } from '../src/validate.ts';

const CLI = join(import.meta.dirname, '../dist/cli.js');
const EXAMPLE = join(import.meta.dirname, '../../content/feeds/voorbeeld-import.csv');

const where = (result: ReturnType<typeof importCsv>) => (result.ok ? [] : result.problems.map((p) => `${p.row}:${p.column ?? ''}`));

describe('importCsv', () => {
  it('reads the example spreadsheet (Dutch headers, semicolons) into a valid feed', () => {
    const result = importCsv(readFileSync(EXAMPLE, 'utf8'));
    assert.ok(result.ok, JSON.stringify(where(result)));
    assert.equal(result.rows, 2);
    assert.equal(validateInitiativeFeed(result.feed).valid, true);
    const [coffee, walk] = result.feed.services;
    assert.deepEqual(coffee!.schedules, [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }]);
    assert.deepEqual(coffee!.wijkwijzer?.themes, ['ontmoeten', 'eenzaamheid']);
    assert.equal(result.feed.locations[0]!.latitude, 53.2331);
    assert.equal(walk!.schedules![0]!.byday, '1MO');
    assert.equal(walk!.schedules![0]!.freq, 'MONTHLY');
    assert.equal(result.feed.organizations.length, 2);
  });

  it('reads English headers, commas, quotes and a byte-order mark', () => {
    const csv = '\uFEFFname,organization,description,days,opens_at,closes_at,free\n"Repair café, Selwerd",Buurt BV,"Kapot? ""Wij"" maken het.","ma, wo",9:30,12.00,yes\n';
    const result = importCsv(csv);
    assert.ok(result.ok, JSON.stringify(where(result)));
    const service = result.feed.services[0]!;
    assert.equal(service.name, 'Repair café, Selwerd');
    assert.equal(service.description, 'Kapot? "Wij" maken het.');
    assert.deepEqual(service.schedules, [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:30', closes_at: '12:00' }]);
  });

  it('reports each problem by row and column', () => {
    const csv = [
      'naam;organisatie;website;dagen;gratis;breedtegraad;postcode;adres;plaats',
      'Goed;Org;https://ok.example/;di;ja;53,2;9741 AB;Straat 1;Groningen',
      ';Org;javascript:alert(1);xx;misschien;noord;12;Straat 2;Groningen',
    ].join('\n');
    assert.deepEqual(where(importCsv(csv)), ['3:name', '3:url', '3:days', '3:free', '3:latitude', '3:postal_code']);
  });

  it('names unknown and missing columns', () => {
    assert.deepEqual(where(importCsv('naam;kleur\nKoffie;rood\n')), ['1:kleur', '1:organization']);
  });
});

describe('wijkwijzer import-csv', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  it('writes a valid feed and exits 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wijk-csv-')), 'feed.json');
    const result = run('import-csv', EXAMPLE, '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(validateInitiativeFeed(JSON.parse(readFileSync(out, 'utf8'))).valid, true);
  });

  it('exits 1 with "file:row N, column C: message" lines, in English when asked', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-csv-')), 'bad.csv');
    writeFileSync(file, 'name,organization,free\nKoffie,Org,perhaps\n');
    const result = run('import-csv', file, '--lang', 'en');
    assert.equal(result.status, 1);
    assert.equal(result.stdout.trim(), `${file}:row 2, column free: Write yes or no (now: "perhaps").`);
  });

  it('exits 2 for a file it cannot read or wrong usage', () => {
    assert.equal(run('import-csv', '/does/not/exist.csv').status, 2);
    assert.equal(run('import-csv').status, 2);
  });
});
