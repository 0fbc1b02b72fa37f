import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EMPTY_FILTERS, InitiativeFinder, type TextSearchFactory } from '../../src/finder/finder.ts';
import { readInitiativeFeed } from '../../src/finder/initiatives.ts';
import { prepareFinder } from '../../src/finder/prepare.ts';
import { parsePlainDate } from '../../src/finder/schedule.ts';
import { SearchIndex } from '../../src/finder/search-index.ts';
import { syntheticFeedWithVocabulary } from './synthetic-vocabulary.ts';

const demoFeed = JSON.parse(readFileSync(new URL('../../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8'));
const today = parsePlainDate('2026-11-25');
const QUERIES = ['', 'koffie', 'kofie', 'wandelgreop', 'taal selwerd', 'buurt'];

function assertSameFinder(actual: InitiativeFinder, expected: InitiativeFinder): void {
  assert.deepEqual(actual.initiatives, expected.initiatives);
  assert.deepEqual(actual.facetValues(), expected.facetValues());
  assert.equal(actual.hasCoordinates, expected.hasCoordinates);
  for (const { id } of expected.initiatives) assert.deepEqual(actual.get(id), expected.get(id));
  assert.equal(actual.get('no-such-initiative'), undefined);
  for (const query of QUERIES) {
    for (const extra of [{}, { themes: ['ontmoeten'], freeOnly: true }]) {
      const filters = { ...EMPTY_FILTERS, ...extra, query };
      assert.deepEqual(actual.find(filters, today), expected.find(filters, today), query);
    }
  }
}

describe('prepareFinder', () => {
  it('gives what readInitiativeFeed and new InitiativeFinder give', async () => {
    // Partly broken records too, so the skipped list is compared as well.
    const feed = { ...demoFeed, services: [...demoFeed.services, { id: 'broken', name: 42 }, demoFeed.services[0]] };
    const prepared = await prepareFinder(feed, { sliceMs: 1 });
    const read = readInitiativeFeed(feed);
    assert.deepEqual(prepared.read, read);
    assert.ok(read.ok && read.skipped.length === 2);
    assertSameFinder(prepared.finder, new InitiativeFinder(read.initiatives));
  });

  it('gives the same on a larger feed, in slices of any length', async () => {
    const feed = syntheticFeedWithVocabulary(demoFeed, 600);
    const read = readInitiativeFeed(feed);
    assert.ok(read.ok);
    const expected = new InitiativeFinder(read.initiatives);
    for (const sliceMs of [1, 1_000]) assertSameFinder((await prepareFinder(feed, { sliceMs })).finder, expected);
  });

  it('can leave the text index for later: results without a query at once, the same answers once searched', async () => {
    const feed = syntheticFeedWithVocabulary(demoFeed, 600);
    const read = readInitiativeFeed(feed);
    assert.ok(read.ok);
    const expected = new InitiativeFinder(read.initiatives);
    // Finished in slices afterwards.
    const later = (await prepareFinder(feed, { indexLater: true, today, sliceMs: 1 })).finder;
    assert.equal(later.searchable, false);
    assert.deepEqual(later.find(EMPTY_FILTERS, today), expected.find(EMPTY_FILTERS, today));
    assert.equal(later.searchable, false, 'a find without a query does not need the index');
    await later.finishIndex({ sliceMs: 1 });
    assert.equal(later.searchable, true);
    assertSameFinder(later, expected);
    // Finished by the first search that needs it, halfway through the slices.
    const early = (await prepareFinder(feed, { indexLater: true })).finder;
    const finishing = early.finishIndex({ sliceMs: 0 });
    assert.deepEqual(early.find({ ...EMPTY_FILTERS, query: 'koffie' }, today), expected.find({ ...EMPTY_FILTERS, query: 'koffie' }, today));
    await finishing;
    assertSameFinder(early, expected);
  });

  it('finishes the index once for several callers, and goes on when the caller who started it stops', async () => {
    const feed = syntheticFeedWithVocabulary(demoFeed, 600);
    const read = readInitiativeFeed(feed);
    assert.ok(read.ok);
    const expected = new InitiativeFinder(read.initiatives);
    const { finder } = await prepareFinder(feed, { indexLater: true });
    const starter = new AbortController();
    const first = finder.finishIndex({ signal: starter.signal, sliceMs: 0 });
    const second = finder.finishIndex({ sliceMs: 0 });
    starter.abort(new Error('the element left the page'));
    await assert.rejects(first, /left the page/);
    await second;
    assert.equal(finder.searchable, true);
    assertSameFinder(finder, expected);
  });

  it('uses the text search it is given', async () => {
    const indexed: number[] = [];
    const textSearchFactory: TextSearchFactory = (documents, weights) => {
      indexed.push(documents.length);
      const index = new SearchIndex(documents, weights);
      return { search: (query) => index.searchPositions(query) };
    };
    const { finder } = await prepareFinder(demoFeed, { textSearchFactory });
    assert.ok(indexed.includes(finder.initiatives.length));
  });

  it('reports what is not a feed, with an empty finder', async () => {
    for (const data of [null, 'x', { services: 'no' }]) {
      const { read, finder } = await prepareFinder(data);
      assert.deepEqual(read, readInitiativeFeed(data));
      assert.equal(finder.initiatives.length, 0);
    }
  });

  it('gives the event loop turns while it works', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await prepareFinder(demoFeed, { sliceMs: 0 });
    assert.equal(timerRan, true);
  });

  it('stops when aborted, rejecting with the reason', async () => {
    const reason = new Error('the resident went elsewhere');
    await assert.rejects(prepareFinder(demoFeed, { signal: AbortSignal.abort(reason) }), (error) => error === reason);

    const controller = new AbortController();
    const working = prepareFinder(syntheticFeedWithVocabulary(demoFeed, 300), { signal: controller.signal, sliceMs: 0 });
    controller.abort(reason);
    await assert.rejects(working, (error) => error === reason);
  });

  describe('the first page, before the whole feed is read', () => {
    /** A feed with what the full read must leave out or decide between, in places that would sort first. */
    function trickyFeed() {
      const feed = syntheticFeedWithVocabulary(demoFeed, 400);
      const [first, second, third] = (feed.services as Record<string, unknown>[]).filter((service) => service.status === 'active');
      feed.services.push(
        // Invalid, with the smallest names.
        { ...first, id: 'aaa-broken', name: 'Aaa kapot', status: 'unknown' },
        { ...first, id: 'aaa-no-name', name: 42 },
        // Ended: not shown.
        { ...second, id: 'aab-ended', name: 'Aab beeindigd', status: 'defunct' },
        // Same id twice: the first valid one is kept, though the later one sorts first.
        { ...third, id: 'dup', name: 'Abc eerste geldige', organization_id: first!.organization_id },
        { ...third, id: 'dup', name: 'Aac tweede met dezelfde id' },
        // An invalid record with an id a later valid record has: the later one counts.
        { ...third, id: 'dup-late', name: 'Aad ongeldig', status: 'x' },
        { ...third, id: 'dup-late', name: 'Aae geldig' },
        // Spaces around a name do not count in the order.
        { ...third, id: 'padded', name: '   Aaf met spaties' },
        // An organisation that fails its check: the initiative stays, without organisation.
        { ...third, id: 'org-broken', name: 'Aag', organization_id: 'org-broken' },
      );
      feed.organizations.push({ id: 'org-broken', name: '' } as never);
      return feed;
    }

    async function firstPageOf(feed: unknown, size: number, keep?: (initiative: { id: string }) => boolean) {
      let page: unknown;
      const prepared = await prepareFinder(feed, { indexLater: true, today, keep, firstPage: { size, show: (initiatives) => (page = initiatives) } });
      return { page, prepared };
    }

    it('is the first page the full read gives, record for record', async () => {
      const feed = trickyFeed();
      for (const size of [1, 5, 20, 50]) {
        const { page, prepared } = await firstPageOf(feed, size);
        assert.deepEqual(page, prepared.finder.find(EMPTY_FILTERS, today).initiatives.slice(0, size), `size ${size}`);
      }
      const { page } = await firstPageOf(feed, 20);
      const ids = (page as { id: string }[]).map((initiative) => initiative.id);
      assert.deepEqual(ids.slice(0, 4), ['dup-late', 'padded', 'org-broken', 'dup']);
      assert.equal((page as { organization?: unknown }[])[2]!.organization, undefined);
    });

    it('leaves out what the partner hides', async () => {
      const keep = (initiative: { id: string }) => !initiative.id.startsWith('dup');
      const { page, prepared } = await firstPageOf(trickyFeed(), 20, keep);
      assert.deepEqual(page, prepared.finder.find(EMPTY_FILTERS, today).initiatives.slice(0, 20));
      assert.ok(!(page as { id: string }[]).some((initiative) => initiative.id.startsWith('dup')));
    });

    it('is not shown for what is not a feed, nor for a feed smaller than asked', async () => {
      for (const data of [null, 'x', { services: 'no' }]) assert.equal((await firstPageOf(data, 20)).page, undefined);
      let shown = false;
      await prepareFinder(demoFeed, { firstPage: { size: 20, minServices: demoFeed.services.length + 1, show: () => (shown = true) } });
      assert.equal(shown, false);
      await prepareFinder(demoFeed, { firstPage: { size: 20, minServices: demoFeed.services.length, show: () => (shown = true) } });
      assert.equal(shown, true);
    });
  });
});

