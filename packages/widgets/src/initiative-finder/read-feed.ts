/**
 * Turns a fetched or given feed into what the finder shows, for the base's data-source
 * controller: a feed that is not a feed, or whose every activity is invalid, is an error the
 * resident can read; a partly invalid feed shows what it can and counts what it left out.
 */
import { prepareFinder, type InitiativeFinder, type PlainDate, type TextSearchFactory } from '@wijkwijzer/model';
import { detectFeedShape } from '@wijkwijzer/model/hsds/detect.js';
import type { ReadContext, Readout } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';

export interface FinderFeed {
  finder: InitiativeFinder;
  demo: boolean;
}

export interface FinderReadOptions {
  textSearchFactory?: TextSearchFactory | undefined;
  /** The date "open today" refers to, worked out while reading rather than in the first search. */
  today?: PlainDate | undefined;
}

/**
 * Reading, sorting and indexing run in slices of a few milliseconds (the model's `prepareFinder`),
 * so 100,000 records do not freeze the page; another source set meanwhile stops the work. The
 * list shows before the text index exists; the index follows in slices (a search typed before it
 * is done finishes it at once).
 */
export async function readFinderFeed(document: unknown, context: ReadContext, { textSearchFactory, today }: FinderReadOptions = {}): Promise<Readout<FinderFeed>> {
  const hsds = await fromHsds(document);
  const feed = hsds?.feed ?? document;
  const { finder, read } = await prepareFinder(feed, { signal: context.signal, textSearchFactory, today, indexLater: true });
  // After the first results are drawn. Stopped with the source (or its time limit), the first
  // search finishes the index itself.
  setTimeout(() => finder.finishIndex({ signal: context.signal }).catch(() => undefined));
  if (!read.ok) {
    console.error('wijkwijzer: the initiative feed is not valid.', read.problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  const services = (feed as { services: unknown[] }).services;
  // An HSDS service rejected on import counts as an activity that could not be shown.
  const rejectedServices = hsds?.rejected.filter((problem) => !/\.(phones|schedules|service_at_locations|locations)\[/.test(problem.path)).length ?? 0;
  const skippedServices = read.skipped.filter((record) => record.path.startsWith('$.services[')).length + rejectedServices;
  const total = services.length + rejectedServices;
  if (total > 0 && skippedServices === total) {
    console.error('wijkwijzer: no activity in the initiative feed is valid.', read.skipped.slice(0, 20), hsds?.rejected.slice(0, 20));
    throw new LoadError('allInvalid', { total });
  }
  if (hsds && hsds.warnings.length > 0) console.info(`wijkwijzer: read the feed as Open Referral HSDS (${hsds.detected}); fields not used:`, hsds.warnings.slice(0, 50));
  return {
    value: { finder, demo: read.demo },
    skipped: skippedServices,
    total,
    problems: [...(hsds?.rejected ?? []), ...read.skipped],
  };
}

/**
 * Open Referral HSDS 3 as partners' systems publish it (a service with nested objects, a list, a
 * page) is normalised first. The importer loads only for such a feed: the finder's own flat feed
 * never downloads it.
 */
async function fromHsds(document: unknown) {
  const shape = detectFeedShape(document);
  if (shape === undefined || shape === 'wijkwijzer-feed') return undefined;
  const { normaliseHsds } = await import('@wijkwijzer/model/hsds.js');
  const normalised = normaliseHsds(document);
  if (!normalised.ok) {
    console.error('wijkwijzer: the feed looks like Open Referral HSDS but could not be read.', normalised.problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  return normalised;
}
