/** The link checker against a local server on 127.0.0.1 that answers 200, 301, 404, 500 and never. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../src/link-check.ts';
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
  function run(...args: string[]): Promise<{ status: number | null; stdout: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args]);
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (status) => resolve({ status, stdout }));
    });
  }

  it('reports each link, exits 1 on a problem, and --write stores the date only for links that worked', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('ok', '/ok'), pointer('missing', '/missing'), pointer('never', '/never')] }, null, 2));
    const result = await run('check-links', '--write', '--timeout', '500', '--lang', 'en', file);
    assert.equal(result.status, 1);
    assert.match(result.stdout, new RegExp(`${file}:ok: ${origin}/ok works \\(200\\)`));
    assert.match(result.stdout, /:missing: .* broken \(404\)/);
    assert.match(result.stdout, /:never: .* no answer in time/);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual(written.pointers.map((p: TrustedPointer) => p.last_checked_ok), [today, null, null]);
  });

  it('exits 0 when every link works and no review is overdue, 2 for a file it cannot read', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wijk-links-')), 'registry.json');
    writeFileSync(file, JSON.stringify({ pointers: [pointer('ok', '/ok')] }));
    assert.equal((await run('check-links', file)).status, 0);
    assert.equal((await run('check-links', '/does/not/exist.json')).status, 2);
    assert.equal((await run('check-links')).status, 2);
  });
});
