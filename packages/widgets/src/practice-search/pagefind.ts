/**
 * The little of Pagefind's browser API the widget uses. Pagefind's own script is loaded from
 * the learning house that built the index, so it is not in the widget bundle.
 */
export type FilterCounts = Record<string, Record<string, number>>;
export type SelectedFilters = Record<string, string[]>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
}

/** Loads `pagefind.js` from the index's folder; cross-origin needs CORS on the index's host. */
export async function loadPagefind(indexUrl: string): Promise<Pagefind> {
  const script = new URL('pagefind.js', indexUrl).href;
  const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** Splits Pagefind's excerpt (text with <mark> around matches) into text and marked parts, never as HTML. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const document = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...document.body.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }));
}
