import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv, importSpreadsheet, toCsv, type CsvImportResult } from '../src/csv-import.ts';
import { validateInitiativeFeed } from '../src/validate.ts';

const CLI = join(import.meta.dirname, '../dist/cli.js');
const EXAMPLE = join(import.meta.dirname, '../../content/feeds/voorbeeld-import.csv');
const WORKBOOK = join(import.meta.dirname, 'fixtures/spreadsheet/activiteiten.xlsx');

/** What Dutch Excel writes for "CSV (puntkomma's)": Windows-1252, é = 0xE9, € = 0x80. */
const WINDOWS_1252_CSV = Buffer.concat([
  Buffer.from('naam;organisatie;kosten;gratis\r\n', 'latin1'),
  Buffer.from('Caf', 'latin1'), Buffer.of(0xe9), Buffer.from(' Ontmoeting;Buurtwerk;', 'latin1'), Buffer.of(0x80), Buffer.from(' 2,50;nee\r\n', 'latin1'),
  Buffer.from('Kookclub;Buurtwerk;;ja\r\n', 'latin1'),
]);

const feedOf = (result: CsvImportResult) => {
  assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
  return result.feed;
};
const organisationOf = (result: CsvImportResult, activity: string) => {
  const feed = feedOf(result);
  const service = feed.services.find((candidate) => candidate.name === activity)!;
  return feed.organizations.find((organization) => organization.id === service.organization_id)?.name;
};

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

describe('importCsv: what Dutch Excel saves', () => {
  it('reads Windows-1252 bytes as Windows-1252 and says so', () => {
    const result = importCsv(WINDOWS_1252_CSV);
    const [cafe] = feedOf(result).services;
    assert.equal(cafe!.name, 'Café Ontmoeting');
    assert.equal(cafe!.wijkwijzer?.cost?.description, '€ 2,50');
    assert.deepEqual(result.format, { type: 'csv', encoding: 'windows-1252', byteOrderMark: false, separator: ';' });
  });

  it('reads UTF-8 with and without a byte-order mark, with commas', () => {
    const text = 'name,organization,cost,free\nCafé Ontmoeting,Buurtwerk,€ 2,no\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(text)])]) {
      const result = importCsv(bytes);
      assert.equal(feedOf(result).services[0]!.name, 'Café Ontmoeting');
      assert.deepEqual(result.format, { type: 'csv', encoding: 'utf-8', byteOrderMark: bytes[0] === 0xef, separator: ',' });
    }
  });

  it('takes the separator from the header, not from decimal commas in the rows', () => {
    const csv = 'naam;organisatie;breedtegraad;lengtegraad\nKoffie;Org;53,2331;6,5531\nThee;Org;53,1;6,6\n';
    const result = importCsv(Buffer.from(csv));
    assert.equal(result.format.separator, ';');
    assert.equal(feedOf(result).locations[0]!.latitude, 53.2331);
  });
});

describe('importCsv: ids for any script, near-duplicates reported', () => {
  const csv = [
    'naam;organisatie',
    'Taalcafé;مركز النور',
    'Huiswerkbegeleiding;جمعية الأمل',
    'Repair café;Café Oost',
    'Breiclub;Cafe Oost',
    'Koffie;Stichting النور',
    'Thee;Stichting الأمل',
  ].join('\n');

  it('gives organisations in Arabic script their own ids and keeps each activity with its own', () => {
    const result = importCsv(csv);
    const ids = feedOf(result).organizations.map((organization) => organization.id);
    assert.equal(new Set(ids).size, 6, JSON.stringify(ids));
    assert.ok(ids.every((id) => id !== 'x' && /^[a-z0-9-]+$/.test(id)), JSON.stringify(ids));
    assert.equal(organisationOf(result, 'Taalcafé'), 'مركز النور');
    assert.equal(organisationOf(result, 'Huiswerkbegeleiding'), 'جمعية الأمل');
    assert.equal(organisationOf(result, 'Koffie'), 'Stichting النور');
    assert.equal(organisationOf(result, 'Thee'), 'Stichting الأمل');
  });

  it('gives the same ids on every import, whatever the order of the rows', () => {
    const [header, ...rows] = csv.split('\n');
    const idsOf = (text: string) => Object.fromEntries(feedOf(importCsv(text)).organizations.map((organization) => [organization.name, organization.id]));
    assert.deepEqual(idsOf([header, ...rows.reverse()].join('\n')), idsOf(csv));
  });

  it('keeps "Café Oost" and "Cafe Oost" apart and warns about them', () => {
    const result = importCsv(csv);
    assert.equal(organisationOf(result, 'Repair café'), 'Café Oost');
    assert.equal(organisationOf(result, 'Breiclub'), 'Cafe Oost');
    const warning = result.warnings.find((candidate) => candidate.column === 'organization');
    assert.deepEqual([warning?.row, warning?.message.en], [5, '"Cafe Oost" looks like "Café Oost" (row 4). They are now two organisations. Are they the same? Then write the name exactly the same everywhere.']);
  });

  it('gives activities with the same name their own ids, and warns about a row that is there twice', () => {
    const result = importCsv('naam;organisatie;adres;postcode;plaats\nKoffie;Org;Straat 1;9741 AB;Groningen\nKoffie;Org;Straat 2;9741 AB;Groningen\nKoffie;Org;Straat 1;9741 AB;Groningen\n');
    const ids = feedOf(result).services.map((service) => service.id);
    assert.equal(new Set(ids).size, 3, JSON.stringify(ids));
    assert.deepEqual(result.warnings.map((warning) => `${warning.row}:${warning.column}`), ['4:name']);
  });
});

describe('importCsv: cells that look like formulas', () => {
  it('keeps them as text, warns about = and @, and reads back what toCsv wrote', () => {
    const rows = [
      ['naam', 'organisatie', 'omschrijving', 'telefoon', 'dagen'],
      ['=HYPERLINK("https://evil.example/";"Klik")', 'Org', '@SUM(1+1)', '+31 50 000 0111', '-1vr'],
    ];
    for (const csv of [rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(';')).join('\n'), toCsv(rows)]) {
      const result = importCsv(csv);
      const [service] = feedOf(result).services;
      assert.equal(service!.name, '=HYPERLINK("https://evil.example/";"Klik")');
      assert.equal(service!.description, '@SUM(1+1)');
      assert.equal(service!.phones![0]!.number, '+31 50 000 0111');
      assert.equal(service!.schedules![0]!.byday, '-1FR');
      // Written by toCsv, the apostrophes say the cells were meant as text: nothing to warn about.
      assert.deepEqual(result.warnings.map((warning) => `${warning.row}:${warning.column}`), csv.includes("'=") ? [] : ['2:name', '2:description']);
    }
  });
});

describe('importSpreadsheet: an Excel workbook', () => {
  it('reads the first sheet of a workbook that LibreOffice wrote, with the same column rules', async () => {
    const result = await importSpreadsheet(readFileSync(WORKBOOK));
    assert.deepEqual(result.format, { type: 'xlsx', sheet: 'Activiteiten' });
    const feed = feedOf(result);
    assert.deepEqual(feed.services.map((service) => service.name), ['Koffieochtend', 'Taalcafé', 'Repair café', 'Breiclub']);
    const [coffee, language, repair] = feed.services;
    assert.equal(coffee!.description, '=HYPERLINK("https://example.org/";"Klik hier")');
    assert.deepEqual(coffee!.schedules, [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }]);
    assert.deepEqual(coffee!.wijkwijzer?.cost, { free: true, description: '€ 2,50' });
    assert.equal(language!.description, 'Samen Nederlands oefenen.');
    assert.deepEqual(language!.schedules, [{ freq: 'WEEKLY', interval: 2, byday: 'MO', dtstart: '2026-01-05', opens_at: '09:30', closes_at: '11:00' }]);
    assert.equal(repair!.schedules![0]!.byday, '-1FR');
    assert.equal(feed.locations[0]!.latitude, 53.2331);
    assert.equal(organisationOf(result, 'Koffieochtend'), 'مركز النور');
    assert.equal(organisationOf(result, 'Taalcafé'), 'جمعية الأمل');
    assert.equal(new Set(feed.organizations.map((organization) => organization.id)).size, 4);
    assert.deepEqual(result.warnings.map((warning) => `${warning.row}:${warning.column ?? ''}`), ['0:', '2:description', '4:description', '5:organization']);
  });

  it('reports a broken workbook and an old .xls as unreadable', async () => {
    for (const bytes of [Buffer.from('PK\x03\x04 not really a zip'), Buffer.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)]) {
      const result = await importSpreadsheet(bytes);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.unreadable, true);
    }
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

  it('reads a Windows-1252 file and says what it guessed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-csv-')), 'excel.csv');
    writeFileSync(file, WINDOWS_1252_CSV);
    const result = run('import-csv', file, '--lang', 'en');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).services[0].name, 'Café Ontmoeting');
    assert.ok(result.stdout.includes('€ 2,50'));
    assert.equal(result.stderr.split('\n')[0], `${file}: encoding: windows-1252, separator: ;`);
  });

  it('reads an .xlsx file and prints warnings to standard error', () => {
    const result = run('import-csv', WORKBOOK, '--lang', 'en');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).services.length, 4);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines[0], `${WORKBOOK}: Excel workbook, sheet: Activiteiten`);
    assert.ok(lines.includes(`${WORKBOOK}:row 5, column organization: warning: "Cafe Oost" looks like "Café Oost" (row 4). They are now two organisations. Are they the same? Then write the name exactly the same everywhere.`), lines.join('\n'));
  });

  it('exits 2 for a file it cannot read or wrong usage', () => {
    assert.equal(run('import-csv', '/does/not/exist.csv').status, 2);
    assert.equal(run('import-csv').status, 2);
  });
});
