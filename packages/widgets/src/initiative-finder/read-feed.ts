/**
 * Turns a fetched or given feed into what the finder shows, for the base's data-source
 * controller: a feed that is not a feed, or whose every activity is invalid, is an error the
 * resident can read; a partly invalid feed shows what it can and counts what it left out.
 */
import { prepareFinder, type InitiativeFinder, type TextSearchFactory } from '@wijkwijzer/model';
import type { ReadContext, Readout } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';

export interface FinderFeed {
  finder: InitiativeFinder;
  demo: boolean;
}

/**
 * Reading, sorting and indexing run in slices of a few milliseconds (the model's `prepareFinder`),
 * so 100,000 records do not freeze the page; another source set meanwhile stops the work.
 */
export async function readFinderFeed(document: unknown, context: ReadContext, textSearchFactory?: TextSearchFactory): Promise<Readout<FinderFeed>> {
  const { finder, read } = await prepareFinder(document, { signal: context.signal, textSearchFactory });
  if (!read.ok) {
    console.error('wijkwijzer: the initiative feed is not valid.', read.problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  const services = (document as { services: unknown[] }).services;
  const skippedServices = read.skipped.filter((record) => record.path.startsWith('$.services[')).length;
  if (services.length > 0 && skippedServices === services.length) {
    console.error('wijkwijzer: no activity in the initiative feed is valid.', read.skipped.slice(0, 20));
    throw new LoadError('allInvalid', { total: services.length });
  }
  return {
    value: { finder, demo: read.demo },
    skipped: skippedServices,
    total: services.length,
    problems: read.skipped,
  };
}
