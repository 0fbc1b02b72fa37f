/**
 * Readies the finder without freezing the page: reads (validates), sorts and indexes a feed in
 * slices of a few milliseconds that give the event loop a turn in between. Gives the same as
 * `readInitiativeFeed` followed by `new InitiativeFinder`, because it runs the very same steps.
 */
import { InitiativeFinder, type FinderBuildOptions, type TextSearchFactory } from './finder.ts';
import { readInitiativeFeedSteps, type ExplainIssue, type FeedReadResult } from './initiatives.ts';
import { runInSlices, type SliceOptions, type Steps } from './steps.ts';

export interface PrepareFinderOptions extends SliceOptions, FinderBuildOptions {
  textSearchFactory?: TextSearchFactory | undefined;
  explain?: ExplainIssue | undefined;
}

export interface PreparedFinder {
  /** Over the feed's initiatives; over none when the feed could not be read. */
  finder: InitiativeFinder;
  read: FeedReadResult;
}

/** Rejects with `options.signal.reason` when that signal aborts before the work is done. */
export async function prepareFinder(data: unknown, options: PrepareFinderOptions = {}): Promise<PreparedFinder> {
  return runInSlices(prepareSteps(data, options), options);
}

function* prepareSteps(data: unknown, { textSearchFactory, explain, indexLater, today }: PrepareFinderOptions): Steps<PreparedFinder> {
  const read = yield* readInitiativeFeedSteps(data, explain);
  const finder = yield* InitiativeFinder.build(read.ok ? read.initiatives : [], textSearchFactory, { indexLater, today });
  return { finder, read };
}
