/**
 * The little of Pagefind's browser API the widget uses, and opening an index. Pagefind's own
 * script comes from the site that built the index, so it is never in the widget bundle.
 */
import {
  practiceResults,
  searchWithTickCounts,
  type FilterCounts,
  type PagefindResultData,
  type PagefindSearcher,
  type PracticeResult,
  type ResultContext,
  type SelectedFilters,
} from '@wijkwijzer/model';
import { untilAborted, type ReadContext } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';

export interface PagefindHit {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind extends PagefindSearcher<PagefindHit> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** An index ready to search; without `pagefind` when it holds no pages (nothing was loaded). */
export interface OpenIndex {
  pagefind?: Pagefind;
  pageCount: number;
  /** The index folder's URL; result URLs are relative to its site. */
  indexUrl: string;
  /** Every filter with its counts before any search: the names are the widget's URL keys. */
  filterCounts: FilterCounts;
}

export interface SearchOutcome {
  hits: PagefindHit[];
  /** Per filter and value, the results ticking it gives (see `tickCounts`). */
  counts: FilterCounts;
  results: PracticeResult[];
  /** Hits whose data has been read (shown or skipped). */
  read: number;
  /** Hits left out because their URL is not a web page. */
  skipped: number;
}

function pageCountOf(entry: unknown): number {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (typeof (entry as { version?: unknown } | null)?.version !== 'string' || typeof languages !== 'object' || languages === null) {
    throw new LoadError('invalid');
  }
  return Object.values(languages).reduce<number>((sum, language) => sum + (Number((language as { page_count?: unknown }).page_count) || 0), 0);
}

/**
 * Reads `pagefind-entry.json` (fetched by the data source, with its time limit and HTTP status),
 * then loads `pagefind.js` beside it, cross-origin if need be (that host must send CORS headers).
 */
export async function openIndex(entry: unknown, { baseUrl, signal }: ReadContext): Promise<OpenIndex> {
  const pageCount = pageCountOf(entry);
  const indexUrl = new URL('./', baseUrl).href;
  if (pageCount === 0) return { pageCount, indexUrl, filterCounts: {} };
  let pagefind: Pagefind;
  try {
    pagefind = await untilAborted(import(/* @vite-ignore */ new URL('pagefind.js', indexUrl).href) as Promise<Pagefind>, signal);
    // About 15 words of title and facts line are cut from the start (`excerptWithoutRepeats`); some 25 of the practice's own stay.
    await untilAborted(pagefind.options({ excerptLength: 40 }), signal);
    await untilAborted(pagefind.init(), signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    console.error('wijkwijzer: the practice index could not be loaded.', error);
    throw new LoadError('network');
  }
  const filterCounts = await untilAborted(pagefind.filters(), signal);
  return { pagefind, pageCount, indexUrl, filterCounts };
}

/** Reads the data of `count` more hits and adds what can be shown. */
export async function readMore(outcome: SearchOutcome, count: number, context: ResultContext): Promise<SearchOutcome> {
  const data = await Promise.all(outcome.hits.slice(outcome.read, outcome.read + count).map((hit) => hit.data()));
  const { results, skipped } = practiceResults(data, context);
  return { ...outcome, results: [...outcome.results, ...results], read: outcome.read + data.length, skipped: outcome.skipped + skipped };
}

/** Searches with words and filters and reads the first `count` hits; without words, A–Z by title. */
export async function searchIndex(index: OpenIndex, query: string, selected: SelectedFilters, count: number, context: ResultContext): Promise<SearchOutcome> {
  const { hits, counts } = index.pagefind
    ? await searchWithTickCounts(index.pagefind, query, selected, index.filterCounts)
    : { hits: [], counts: index.filterCounts };
  return readMore({ hits, counts, results: [], read: 0, skipped: 0 }, count, context);
}
