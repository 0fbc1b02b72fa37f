import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFeedFile, spreadsheetTemplate, toCsv, type FeedFileResult } from '../src/feed-file.ts';
import { validateInitiativeFeed } from '../src/validate.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const problemsOf = (result: FeedFileResult) => (result.ok ? [] : result.problems);

describe('readFeedFile', () => {
  it('reads an Excel workbook with the spreadsheet import, warnings included', async () => {
    const result = await readFeedFile(readFileSync(join(FIXTURES, 'spreadsheet/activiteiten.xlsx')));
    assert.ok(result.ok, JSON.stringify(problemsOf(result)));
    assert.equal(result.kind, 'spreadsheet');
    assert.equal(result.activities, 4);
    assert.equal(result.format.nl, 'Excel-werkmap, werkblad: Activiteiten');
    assert.ok(result.warnings.some((warning) => warning.row === 5 && warning.column === 'organization'));
  });

  it('reports a spreadsheet’s problems by row and column', async () => {
    const result = await readFeedFile(bytesOf('naam;organisatie;website\nKoffie;Buurtwerk;welzijn.example\n;Buurtwerk;\n'));
    assert.equal(result.ok, false);
    assert.deepEqual(problemsOf(result).map((problem) => `${problem.row}:${problem.column}`), ['2:url', '3:name']);
    assert.equal(result.activities, 2, 'rows with problems are still counted');
    assert.deepEqual(problemsOf(result).map((problem) => problem.columnLabel), ['website (C)', 'naam (A)'], 'columns named as the partner sees them');
  });

  it('reads the finder’s own feed in JSON, with a byte-order mark', async () => {
    const result = await readFeedFile(bytesOf(`\uFEFF${readFileSync(join(FIXTURES, 'valid/initiative-feed.json'), 'utf8')}`));
    assert.ok(result.ok, JSON.stringify(problemsOf(result)));
    assert.equal(result.kind, 'json');
    assert.equal(result.format.en, 'JSON: Wijkwijzer feed');
  });

  it('reads Open Referral HSDS 3 into a feed, with grouped warnings about fields it does not use', async () => {
    const result = await readFeedFile(readFileSync(join(FIXTURES, 'hsds/service_full.json')));
    assert.equal(result.format.en, 'JSON: Open Referral HSDS 3');
    assert.ok(result.warnings.length > 0);
    assert.ok(result.warnings.every((warning) => warning.path?.startsWith('$')));
  });

  it('gives a feed’s problems by JSON path', async () => {
    const result = await readFeedFile(readFileSync(join(FIXTURES, 'invalid/feed-bad-postal-code.json')));
    assert.equal(result.ok, false);
    assert.match(problemsOf(result)[0]!.path!, /^\$\.locations\[0\]/);
  });

  it('says what is wrong with JSON that cannot be read', async () => {
    const result = await readFeedFile(bytesOf('{ "services": [ }'));
    assert.ok(!result.ok && result.unreadable);
    assert.match(result.problems[0]!.message.nl, /^Dit bestand lijkt JSON/);
  });
});

describe('spreadsheetTemplate', () => {
  for (const [language, separator] of [['nl', ';'], ['en', ',']] as const) {
    it(`gives every column and an example row that imports as one valid activity (${language})`, async () => {
      const rows = spreadsheetTemplate(language);
      assert.equal(rows.length, 2);
      const result = await readFeedFile(bytesOf(toCsv(rows, separator)));
      assert.ok(result.ok, JSON.stringify(problemsOf(result)));
      assert.deepEqual(result.warnings, []);
      assert.equal(result.feed.services.length, 1);
      assert.equal(validateInitiativeFeed(result.feed).valid, true);
      assert.equal(result.feed.locations[0]!.latitude, 53.2331);
    });
  }
});
