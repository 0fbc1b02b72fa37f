/** The link checker against a local server on 127.0.0.1 that answers 200, 301, 404, 500, nonsense and never. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LINK_CHECK_LIMITS, checkLinks } from '../src/link-check.ts';
import type { TrustedPointer } from '../src/trusted-pointer.ts';

const CLI = join(import.meta.dirname, '../dist/cli.js');
let server: Server;
let origin = '';
let inFlight = 0;
let mostInFlight = 0;

before(async () => {
  server = createServer((request, response) => {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const done = () => (inFlight -= 1);
    response.on('close', done);
    const path = request.url ?? '/';
    if (path === '/never') return; // holds the connection open: the checker must give up
    setTimeout(() => {
      if (path.startsWith('/ok')) response.writeHead(200).end('fine');
      else if (path === '/moved') response.writeHead(301, { location: '/ok/new-home' }).end();
      else if (path === '/temporary') response.writeHead(302, { location: '/ok' }).end();
      else if (path === '/bad-redirect') response.writeHead(301, { location: 'http://[' }).end();
      else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end();
      else if (path === '/no-head' && request.method === 'HEAD') response.writeHead(405).end();
      else if (path === '/no-head') response.writeHead(200).end('fine');
      else if (path === '/error') response.writeHead(500).end();
      else response.writeHead(404).end();
    }, 30);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

function pointer(id: string, path: string, extra: Partial<TrustedPointer> = {}): TrustedPointer {
  return {
    id,
    topic: 'eenzaamheid',
    title: id,
    url: `${origin}${path}`,
    owner: 'Test',
    why_trusted: 'Test',
    languages: ['nl'],
    audience: 'residents',
    urgency: 'information',
    date_added: new Date().toISOString().slice(0, 10),
    last_checked_ok: null,
    review_interval_days: 365,
    scope: 'national',
    ...extra,
  };
}

describe('checkLinks', () => {
  it('tells working, moved, broken and silent links apart, and follows redirects', async () => {
    const pointers = [
      pointer('ok', '/ok'),
      pointer('moved', '/moved'),
      pointer('temporary', '/temporary'),
      pointer('no-head', '/no-head'),
      pointer('missing', '/missing'),
      pointer('error', '/error'),
      pointer('never', '/never'),
    ];
    const results = await checkLinks(pointers, { timeoutMs: 500 });
    assert.deepEqual(
      results.map((r) => [r.pointerId, r.status, r.httpStatus, r.redirects]),
      [
        ['ok', 'ok', 200, 0],
        ['moved', 'moved', 200, 1],
        ['temporary', 'ok', 200, 1],
        ['no-head', 'ok', 200, 0],
        ['missing', 'broken', 404, 0],
        ['error', 'broken', 500, 0],
        ['never', 'timeout', undefined, 0],
      ],
    );
    assert.equal(results[1]!.finalUrl, `${origin}/ok/new-home`);
  });

  it('keeps a redirect to an invalid address to that link, and still checks the others', async () => {
    const pointers = [pointer('ok', '/ok'), pointer('bad-redirect', '/bad-redirect'), pointer('loop', '/loop'), pointer('missing', '/missing')];
    const results = await checkLinks(pointers, { timeoutMs: 2000, maxRedirects: 3 });
    assert.deepEqual(
      results.map((r) => [r.pointerId, r.status, r.httpStatus, r.reason]),
      [
        ['ok', 'ok', 200, undefined],
        ['bad-redirect', 'broken', 301, 'invalid-redirect'],
        ['loop', 'broken', undefined, 'too-many-redirects'],
        ['missing', 'broken', 404, undefined],
      ],
    );
  });

  it('refuses options outside their limits instead of calling every link silent', async () => {
    const outOfRange = [{ timeoutMs: 1e12 }, { timeoutMs: 99 }, { timeoutMs: Number.NaN }, { timeoutMs: 500.5 }, { concurrency: 0 }, { maxRedirects: -1 }];
    for (const options of outOfRange) {
      await assert.rejects(checkLinks([pointer('ok', '/ok')], options), RangeError, JSON.stringify(options));
    }
    const [atTheLimits] = await checkLinks([pointer('ok', '/ok')], { timeoutMs: LINK_CHECK_LIMITS.timeoutMs.max, concurrency: LINK_CHECK_LIMITS.concurrency.min, maxRedirects: 0 });
    assert.equal(atTheLimits!.status, 'ok');
  });

  it('asks no more than `concurrency` pages at once', async () => {
    mostInFlight = 0;
    await checkLinks(Array.from({ length: 12 }, (_, i) => pointer(`p${i}`, `/ok/${i}`)), { concurrency: 3 });
    assert.equal(mostInFlight, 3);
  });

  it('marks pointers whose review is overdue', async () => {
    const [result] = await checkLinks([pointer('old', '/ok', { date_added: '2020-01-01', review_interval_days: 30 })]);
    assert.equal(result!.overdue, true);
  });
});

describe('wijkwijzer check-links', () => {
  function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  const today = new Date().toISOString().slice(0, 10);

  it('reports each link, exits 1 on a problem, and --write stores the date only for links that worked', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('ok', '/ok'), pointer('missing', '/missing'), pointer('never', '/never')] }, null, 2));
    const result = await run('check-links', '--write', '--timeout', '500', '--lang', 'en', file);
    assert.equal(result.status, 1);
    assert.match(result.stdout, new RegExp(`${file}:ok: ${origin}/ok works \\(200\\)`));
    assert.match(result.stdout, /:missing: .* broken \(404\)/);
    assert.match(result.stdout, /:never: .* no answer in time/);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(written.pointers.map((p: TrustedPointer) => p.last_checked_ok), [today, null, null]);
  });

  it('exits 0 when every link works and no review is overdue, 2 for a file it cannot read', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('ok', '/ok')] }));
    assert.equal((await run('check-links', file)).status, 0);
    assert.equal((await run('check-links', '/does/not/exist.json')).status, 2);
    assert.equal((await run('check-links')).status, 2);
  });

  it('reports a link that redirects to an invalid address as broken, and still checks and writes the rest', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('bad-redirect', '/bad-redirect'), pointer('ok', '/ok')] }, null, 2));
    const result = await run('check-links', '--write', '--timeout', '2000', '--lang', 'en', file);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /:bad-redirect: .* broken \(301\): redirects to an invalid address/);
    assert.match(result.stdout, /:ok: .* works \(200\)/);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(written.pointers.map((p: TrustedPointer) => p.last_checked_ok), [null, today]);
  });

  it('refuses a --timeout that is not a whole number from 100 to 120000 ms, with a usage error and exit 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('ok', '/ok')] }));
    for (const timeout of ['1e12', '99', '120001', '0x1f4', '1.5', '-500', '', 'soon']) {
      const result = await run('check-links', `--timeout=${timeout}`, '--lang', 'en', file);
      assert.equal(result.status, 2, `--timeout ${timeout}`);
      assert.equal(result.stdout, '', `--timeout ${timeout} checked links`);
      assert.match(result.stderr, new RegExp(`--timeout must be a whole number from 100 to 120000 \\(milliseconds\\), not "${timeout}"`));
    }
    for (const timeout of ['100', '120000']) {
      // 100 ms may be too short on a busy machine: the point is that the links are checked at all.
      const result = await run('check-links', '--timeout', timeout, file);
      assert.notEqual(result.status, 2, `--timeout ${timeout}: ${result.stderr}`);
      assert.match(result.stdout, /:ok: /, `--timeout ${timeout}`);
    }
  });

  describe('--write on a YAML registry', () => {
    const entry = (id: string, path: string, lastCheckedLine = 'last_checked_ok: null # check-links --write zet hier de datum') => `  # ${id}: komt uit de gemeentegids.
  - id: ${id}
    topic: eenzaamheid
    title: "${id}" # zoals de organisatie het zelf noemt
    url: ${origin}${path}
    owner: Test
    why_trusted: Landelijke organisatie met een eigen redactie, die haar informatie elk jaar laat nakijken door ervaringsdeskundigen.
    languages: [nl]
    audience: residents
    urgency: information
    date_added: ${today}
    ${lastCheckedLine}
    review_interval_days: 365
    scope: national
`;
    const header = '# Vertrouwde bronnen voor de wijk.\n# Beheer: team Wijkwijzer.\npointers:\n';

    async function checkAndWrite(text: string): Promise<string> {
      const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.yaml');
      writeFileSync(file, text);
      const result = await run('check-links', '--write', '--timeout', '2000', file);
      assert.equal(result.status, 1, result.stderr);
      return readFileSync(file, 'utf8');
    }

    it('changes only the dates of links that worked: comments, quotes, flow lists and line ends stay', async () => {
      const before = `${header}${entry('ok', '/ok')}\n${entry('missing', '/missing')}`;
      assert.equal(await checkAndWrite(before), before.replace('last_checked_ok: null', `last_checked_ok: ${today}`));
      const windows = before.replaceAll('\n', '\r\n');
      assert.equal(await checkAndWrite(windows), windows.replace('last_checked_ok: null', `last_checked_ok: ${today}`));
    });

    it('keeps the comments when a pointer gets its first check date', async () => {
      const before = `${header}${entry('ok', '/ok', '# nog nooit gecontroleerd')}\n${entry('missing', '/missing')}`;
      const after = await checkAndWrite(before);
      for (const comment of before.match(/#.*$/gm)!) assert.ok(after.includes(comment), `lost comment: ${comment}`);
      assert.deepEqual(
        (parseYaml(after) as { pointers: TrustedPointer[] }).pointers.map((p) => p.last_checked_ok),
        [today, null],
      );
    });
  });
});
