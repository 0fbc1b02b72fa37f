/**
 * `prepareFinder` for several partners' feeds in one finder. Its own module, so a page whose
 * finder shows one feed (most) never downloads the merging (`@wijkwijzer/model/several-feeds.js`).
 */
import { InitiativeFinder } from './finder.ts';
import { readInitiativeFeedSteps, type FeedReadResult, type FeedSource } from './initiatives.ts';
import { mergeInitiatives } from './merge.ts';
import type { PrepareFinderOptions } from './prepare.ts';
import { runInSlices, type Steps } from './steps.ts';

export interface FeedPart {
  /** Who publishes it; a feed's own `publisher` takes precedence. */
  source: FeedSource;
  data: unknown;
}

export interface PreparedFinders {
  /** Over every readable feed's initiatives, merged (see `mergeInitiatives`). */
  finder: InitiativeFinder;
  /** Each feed's read, in the order given. */
  reads: FeedReadResult[];
}

/** `prepareFinder` for several partners' feeds at once: each is read on its own, then merged into one finder. */
export async function prepareFinderFromFeeds(parts: readonly FeedPart[], options: PrepareFinderOptions = {}): Promise<PreparedFinders> {
  return runInSlices(prepareFeedsSteps(parts, options), options);
}

function* prepareFeedsSteps(parts: readonly FeedPart[], { textSearchFactory, explain, indexLater, today, keep }: PrepareFinderOptions): Steps<PreparedFinders> {
  const reads: FeedReadResult[] = [];
  for (const part of parts) reads.push(yield* readInitiativeFeedSteps(part.data, explain));
  const feeds = reads.flatMap((read, index) =>
    read.ok
      ? [{ source: { ...parts[index]!.source, name: read.publisher ?? parts[index]!.source.name, contactEmail: read.contactEmail }, initiatives: read.initiatives }]
      : [],
  );
  const merged = mergeInitiatives(feeds);
  const finder = yield* InitiativeFinder.build(keep ? merged.filter(keep) : merged, textSearchFactory, { indexLater, today });
  return { finder, reads };
}
