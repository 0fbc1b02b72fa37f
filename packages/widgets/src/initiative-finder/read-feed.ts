/**
 * Turns a fetched or given feed into what the finder shows, for the base's data-source
 * controller: a feed that is not a feed, or whose every activity is invalid, is an error the
 * resident can read; a partly invalid feed shows what it can and counts what it left out.
 * Several partners' feeds (`src` with several URLs, or `data` as a list of feeds) become one
 * list; a feed among them that fails is named in a notice, and the others still show.
 */
import { prepareFinder, type Initiative, type InitiativeFinder, type PlainDate, type TextSearchFactory } from '@wijkwijzer/model';
import { detectFeedShape } from '@wijkwijzer/model/hsds/detect.js';
import type { ReadContext, Readout } from '../base/data-source.ts';
import { LoadError, SeveralDocuments, type LoadFailure } from '../base/load-json.ts';

/** A partner's feed that could not be shown, and why. */
export interface FailedFeed {
  name: string;
  reason: LoadFailure;
  status?: number | undefined;
  total?: number | undefined;
}

export interface FinderFeed {
  finder: InitiativeFinder;
  demo: boolean;
  /** The finder shows several partners' feeds: each card says whose it is. */
  several: boolean;
  failed: FailedFeed[];
  /** Where residents report a mistake in the feed (its `contact_email`); with several feeds, each initiative's source says. */
  contactEmail?: string | undefined;
}

export interface FinderReadOptions {
  textSearchFactory?: TextSearchFactory | undefined;
  /** Which initiatives to show; all when not given. */
  keep?: ((initiative: Initiative) => boolean) | undefined;
  /** The date "open today" refers to, worked out while reading rather than in the first search. */
  today?: PlainDate | undefined;
  /**
   * Show this many initiatives (the first in name order) before the whole feed is read, through
   * the context's `showEarly`; for a list without filters, which is what the first page then is.
   */
  firstPageSize?: number | undefined;
}

/** From this many activities a feed takes long enough to read and index (about 0.1 s on a slow machine) that a first page helps, and a search waits for the index rather than making it at once. */
export const FIRST_PAGE_FROM = 2_000;


/**
 * Reading, sorting and indexing run in slices of a few milliseconds (the model's `prepareFinder`),
 * so 100,000 records do not freeze the page; another source set meanwhile stops the work. The
 * list shows before the text index exists: the element finishes it in slices once the list is drawn.
 */
export async function readFinderFeed(document: unknown, context: ReadContext<Initiative[]>, options: FinderReadOptions = {}): Promise<Readout<FinderFeed>> {
  const parts = severalFeeds(document, context.baseUrl);
  // Several partners' feeds are rarer: their reader (and the merging) loads only then.
  return parts ? (await import('./read-several.ts')).readSeveral(parts, context, options) : readOne(document, context, options);
}

async function readOne(document: unknown, context: ReadContext<Initiative[]>, { textSearchFactory, today, keep, firstPageSize }: FinderReadOptions): Promise<Readout<FinderFeed>> {
  const hsds = await fromHsds(document);
  const feed = hsds?.feed ?? document;
  const firstPage = firstPageSize ? { size: firstPageSize, minServices: FIRST_PAGE_FROM, show: context.showEarly } : undefined;
  const { finder, read } = await prepareFinder(feed, { signal: context.signal, textSearchFactory, today, keep, indexLater: true, firstPage });
  if (!read.ok) {
    console.error('wijkwijzer: the initiative feed is not valid.', read.problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  const { skipped, total } = countSkipped(feed, hsds, read.skipped);
  if (total > 0 && skipped === total) {
    console.error('wijkwijzer: no activity in the initiative feed is valid.', read.skipped.slice(0, 20), hsds?.rejected.slice(0, 20));
    throw new LoadError('allInvalid', { total });
  }
  return {
    value: { finder, demo: read.demo, several: false, failed: [], contactEmail: read.contactEmail },
    skipped,
    total,
    problems: [...(hsds?.rejected ?? []), ...read.skipped],
  };
}

export interface LoadedFeed {
  name: string;
  document?: unknown;
  error?: LoadError;
}

/** Several feeds: from `src` with several URLs, or `data` given as a list of feeds. */
function severalFeeds(document: unknown, baseUrl: string): LoadedFeed[] | undefined {
  if (document instanceof SeveralDocuments) return document.parts.map((part) => ({ name: feedName(part.url), document: part.document, error: part.error }));
  // A list of HSDS services is one feed; a list of feeds (each an object with services, or an HSDS page or organisation) is several.
  if (Array.isArray(document) && document.length > 0 && detectFeedShape(document) !== 'hsds-service-array' && document.every((item) => isFeed(item))) {
    return document.map((item, index) => ({ name: publisherOf(item) ?? `${feedName(baseUrl)} (${index + 1})`, document: item }));
  }
  return undefined;
}

function isFeed(item: unknown): boolean {
  const shape = detectFeedShape(item);
  return shape === 'wijkwijzer-feed' || shape === 'hsds-page' || shape === 'hsds-organization';
}

export function publisherOf(item: unknown): string | undefined {
  const publisher = (item as { publisher?: unknown }).publisher;
  return typeof publisher === 'string' && publisher.trim() ? publisher.trim() : undefined;
}

/** A feed's name until it says its publisher: the site it comes from. */
function feedName(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Activities left out of a feed (HSDS services rejected on import count too), out of how many. */
export function countSkipped(feed: unknown, hsds: Awaited<ReturnType<typeof fromHsds>>, skippedRecords: readonly { path: string }[]): { skipped: number; total: number } {
  const services = (feed as { services: unknown[] }).services;
  const rejectedServices = hsds?.rejected.filter((problem) => !/\.(phones|schedules|service_at_locations|locations)\[/.test(problem.path)).length ?? 0;
  const skipped = skippedRecords.filter((record) => record.path.startsWith('$.services[')).length + rejectedServices;
  return { skipped, total: services.length + rejectedServices };
}

/**
 * Open Referral HSDS 3 as partners' systems publish it (a service with nested objects, a list, a
 * page) is normalised first. The importer loads only for such a feed: the finder's own flat feed
 * never downloads it.
 */
export async function fromHsds(document: unknown) {
  const shape = detectFeedShape(document);
  if (shape === undefined || shape === 'wijkwijzer-feed') return undefined;
  const { normaliseHsds } = await import('@wijkwijzer/model/hsds.js');
  const normalised = normaliseHsds(document);
  if (!normalised.ok) {
    console.error('wijkwijzer: the feed looks like Open Referral HSDS but could not be read.', normalised.problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  if (normalised.warnings.length > 0) console.info(`wijkwijzer: read the feed as Open Referral HSDS (${normalised.detected}); fields not used:`, normalised.warnings.slice(0, 50));
  return normalised;
}
