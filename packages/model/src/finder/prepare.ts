/**
 * Readies the finder without freezing the page: reads (validates), sorts and indexes a feed in
 * slices of a few milliseconds that give the event loop a turn in between. Gives the same as
 * `readInitiativeFeed` followed by `new InitiativeFinder`, because it runs the very same steps.
 */
import type { FirstPageOptions } from './first-page.ts';
import { InitiativeFinder, type FinderBuildOptions, type TextSearchFactory } from './finder.ts';
import { readInitiativeFeedSteps, type ExplainIssue, type FeedReadResult, type Initiative } from './initiatives.ts';
import { afterNextPaint, runInSlices, type SliceOptions, type Steps } from './steps.ts';

export interface PrepareFinderOptions extends SliceOptions, FinderBuildOptions {
  textSearchFactory?: TextSearchFactory | undefined;
  explain?: ExplainIssue | undefined;
  /** Which initiatives to show (a partner may hide those not checked for a long time); all when not given. */
  keep?: ((initiative: Initiative) => boolean) | undefined;
  /**
   * Called with the first `size` initiatives in name order as soon as they are known, before the
   * whole feed is read (see `first-page.ts`): a list to show while filters and counts are made.
   * Not called when the input is not a feed, or has fewer services than `minServices`.
   */
  firstPage?: (FirstPageOptions & { show(initiatives: Initiative[]): void }) | undefined;
}

export interface PreparedFinder {
  /** Over the feed's initiatives; over none when the feed could not be read. */
  finder: InitiativeFinder;
  read: FeedReadResult;
}

/** Rejects with `options.signal.reason` when that signal aborts before the work is done. */
export async function prepareFinder(data: unknown, options: PrepareFinderOptions = {}): Promise<PreparedFinder> {
  const { firstPage } = options;
  const services = (data as { services?: unknown } | null)?.services;
  if (firstPage && Array.isArray(services) && services.length >= (firstPage.minServices ?? 0)) {
    // Loaded only when asked for: most feeds are too small to need it, and the widget's bundle stays smaller.
    const { firstPageSteps } = await import('./first-page.ts');
    const initiatives = await runInSlices(firstPageSteps(data, { ...firstPage, keep: options.keep }), options);
    if (initiatives) {
      firstPage.show(initiatives);
      // The page draws them before the full read begins.
      await (afterNextPaint() ?? new Promise((resolve) => setTimeout(resolve, 0)));
      options.signal?.throwIfAborted();
    }
  }
  return runInSlices(prepareSteps(data, options), options);
}

function* prepareSteps(data: unknown, { textSearchFactory, explain, indexLater, today, keep }: PrepareFinderOptions): Steps<PreparedFinder> {
  const read = yield* readInitiativeFeedSteps(data, explain);
  const initiatives = read.ok ? read.initiatives : [];
  const finder = yield* InitiativeFinder.build(keep ? initiatives.filter(keep) : initiatives, textSearchFactory, { indexLater, today });
  return { finder, read };
}
