/**
 * Several partners' feeds in one finder (`src` with several URLs, or `data` as a list of feeds):
 * each read on its own, merged into one list; a feed that fails is named, the others still show.
 * Loaded only for such a finder.
 */
import { prepareFinderFromFeeds, type FeedPart } from '@wijkwijzer/model/several-feeds.js';
import type { Initiative } from '@wijkwijzer/model';
import type { ReadContext, Readout } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';
import { countSkipped, fromHsds, publisherOf, type FailedFeed, type FinderFeed, type FinderReadOptions, type LoadedFeed } from './read-feed.ts';

type Problems = NonNullable<Readout<unknown>['problems']>;

export async function readSeveral(loaded: LoadedFeed[], context: ReadContext<Initiative[]>, { textSearchFactory, today, keep }: FinderReadOptions): Promise<Readout<FinderFeed>> {
  const failed: FailedFeed[] = [];
  const parts: (FeedPart & { hsds: Awaited<ReturnType<typeof fromHsds>> })[] = [];
  for (const feed of loaded) {
    if (feed.error) {
      failed.push({ name: feed.name, reason: feed.error.reason, status: feed.error.status });
      continue;
    }
    try {
      const hsds = await fromHsds(feed.document);
      parts.push({ source: { name: publisherOf(feed.document) ?? feed.name }, data: hsds?.feed ?? feed.document, hsds });
    } catch (error) {
      failed.push({ name: feed.name, reason: error instanceof LoadError ? error.reason : 'invalid' });
    }
  }
  const { finder, reads } = await prepareFinderFromFeeds(parts, { signal: context.signal, textSearchFactory, today, keep, indexLater: true });
  let skipped = 0;
  let total = 0;
  let demo = false;
  const problems: Problems[number][] = [];
  reads.forEach((read, index) => {
    const part = parts[index]!;
    if (!read.ok) {
      console.error(`wijkwijzer: the initiative feed of ${part.source.name} is not valid.`, read.problems.slice(0, 20));
      failed.push({ name: part.source.name, reason: 'invalid' });
      return;
    }
    const counted = countSkipped(part.data, part.hsds, read.skipped);
    if (counted.total > 0 && counted.skipped === counted.total) {
      failed.push({ name: part.source.name, reason: 'allInvalid', total: counted.total });
      return;
    }
    skipped += counted.skipped;
    total += counted.total;
    demo ||= read.demo;
    problems.push(...(part.hsds?.rejected ?? []), ...read.skipped.map((problem) => ({ ...problem, path: `${part.source.name}: ${problem.path}` })));
  });
  if (failed.length > 0) console.error('wijkwijzer: some initiative feeds could not be shown.', failed);
  if (failed.length === loaded.length) {
    const first = failed[0]!;
    throw new LoadError(first.reason, { status: first.status, total: first.total });
  }
  return { value: { finder, demo, several: true, failed }, skipped, total, problems };
}
