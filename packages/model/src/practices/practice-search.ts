/**
 * Practice search without a DOM: what Pagefind found, and what the resident chose, turned into
 * what the widget shows. Everything from the index is untrusted text: names such as
 * `__proto__` are ordinary keys here (null-prototype records, own-key lookups only), and a
 * result whose URL does not parse or is not a web page is left out, never thrown.
 */
import { webUrlOf } from '../links.ts';

/** One result as Pagefind's browser API gives it (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, readonly string[]>;
}

/** Pagefind's result counts per filter name and value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Chosen values per filter name; always a null-prototype record (see `noPrototype`). */
export type SelectedFilters = Record<string, string[]>;

export interface ExcerptPart {
  text: string;
  /** Pagefind marked it as matching the search words. */
  marked: boolean;
}

export interface PracticeResult {
  title: string;
  /** Absolute http(s) URL. */
  href: string;
  /** On another origin than the page (opens in a new window). */
  external: boolean;
  excerpt: ExcerptPart[];
  /** Filter values of the practice, principles first, each once. */
  tags: string[];
}

export interface FilterOption {
  value: string;
  count: number;
  selected: boolean;
}

export interface FilterGroup {
  name: string;
  options: FilterOption[];
}

/** The search words' key in the widget's URL namespace (`wijk-gv-zoek`); filters use their own names. */
export const PRACTICE_QUERY_KEY = 'zoek';

/**
 * The learning house's filter names (Dutch and English pages), principles first. A partner's
 * `filter-order` goes before these; names in neither follow alphabetically. Case does not
 * matter: an index built elsewhere may call its filter "Principe".
 */
export const DEFAULT_FILTER_ORDER: readonly string[] = ['principe', 'principle', 'onderwerp', 'topic', 'domein', 'domain', 'doelgroep', 'audience', 'plaats', 'place'];

const MAX_TAGS = 6;

/** An empty record in which `__proto__` and `constructor` are just keys. */
export function noPrototype<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Where Pagefind's entry file is, from the `index` attribute: a folder (with or without the
 * final slash) or Pagefind's own `pagefind.js` in it. Undefined when it is not an http(s) URL.
 */
export function practiceIndexEntryUrl(index: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(index.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/pagefind.js')) url.pathname = url.pathname.slice(0, -'pagefind.js'.length);
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL('pagefind-entry.json', url).href;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return own(ENTITIES, name.toLowerCase()) ?? whole;
  });
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as text parts; any other tag
 * is dropped, so an excerpt is never markup, whatever the indexed page held.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) marked = true;
    else if (/^<\/mark/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>?/g, ''));
      const last = parts.at(-1);
      if (!text) continue;
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** Whether `text` has `expected` at `at`, ignoring case, as a whole word or words. */
function wordsAt(text: string, at: number, expected: string, locale?: string): boolean {
  const found = text.slice(at, at + expected.length);
  return found.length === expected.length && found.localeCompare(expected, locale, { sensitivity: 'accent' }) === 0 && !/^[\p{L}\p{N}]/u.test(text.slice(at + expected.length));
}

/** How long the title is at `at`, or its last words when the excerpt starts inside it; 0 when neither. */
function titleLengthAt(text: string, at: number, title: string, locale?: string): number {
  for (let from = 0; from < title.length; from = title.indexOf(' ', from) + 1 || title.length) {
    const tail = title.slice(from).trim();
    // A tail alone counts only where the title's sentence ends, so a text that merely starts with its last word stays.
    if (tail && wordsAt(text, at, tail, locale) && (from === 0 || /^[.:!?]/.test(text.slice(at + tail.length)))) return tail.length;
  }
  return 0;
}

/** A facts sentence naming one of `tags` at `at` ("Plaats: Oss (Ruwaard) (Noord-Brabant)."): the tag and the sentence's length. */
function factAt(text: string, at: number, tags: readonly string[], locale?: string): { tag: string; length: number } | undefined {
  const label = /^\p{L}[\p{L}\p{M} -]{0,30}:\s+/u.exec(text.slice(at));
  if (!label) return undefined;
  const valueAt = at + label[0].length;
  const tag = tags.find((candidate) => wordsAt(text, valueAt, candidate.trim(), locale));
  if (!tag) return undefined;
  // After the value only what qualifies it, in brackets, up to the full stop (or the excerpt's end).
  const rest = /^(?:\s*\([^()]*\))*\s*(?:\.|$)/.exec(text.slice(valueAt + tag.trim().length));
  return rest ? { tag, length: valueAt + tag.trim().length + rest[0].length - at } : undefined;
}

function withoutFirstCharacters(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  let left = count;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (left >= part.text.length) left -= part.text.length;
    else {
      kept.push({ ...part, text: part.text.slice(left) });
      left = 0;
    }
  }
  return kept;
}

/**
 * The excerpt without what the result shows beside it. A practice page's text starts with its
 * heading and a facts line ("Plaats: Oss (Ruwaard) (Noord-Brabant)."), and without search
 * words Pagefind's excerpt is that start, so the title and the place came twice. Only the
 * start is trimmed: the title (or its end) and facts sentences that name one of the tags;
 * `named` are those tags, to be shown as tags, so each fact is said once, not never.
 */
export function excerptWithoutRepeats(
  parts: readonly ExcerptPart[],
  title: string,
  tags: readonly string[],
  locale?: string,
): { excerpt: ExcerptPart[]; named: string[] } {
  const text = parts.map((part) => part.text).join('');
  const separator = (at: number) => at + /^[\s.:!?,;\u2013\u2014-]*/.exec(text.slice(at))![0].length;
  let start = separator(0);
  const titleLength = titleLengthAt(text, start, title, locale);
  if (titleLength > 0) start = separator(start + titleLength);
  const named: string[] = [];
  for (let fact = factAt(text, start, tags, locale); fact; fact = factAt(text, start, tags, locale)) {
    named.push(fact.tag);
    start = separator(start + fact.length);
  }
  return { excerpt: withoutFirstCharacters(parts, start), named };
}

/** At most `MAX_TAGS` in their order, `needed` among them (they replace the last others). */
function tagsToShow(tags: readonly string[], needed: readonly string[]): string[] {
  const room = Math.max(0, MAX_TAGS - needed.length);
  const others = tags.filter((tag) => !needed.includes(tag)).slice(0, room);
  return tags.filter((tag) => needed.includes(tag) || others.includes(tag)).slice(0, MAX_TAGS);
}

/** Filter names in display order: `order` first, then the default (principles first), then A–Z. */
export function orderFilterNames(names: Iterable<string>, order: readonly string[] = [], locale = 'nl'): string[] {
  const ranking = [...order, ...DEFAULT_FILTER_ORDER].map((name) => name.toLocaleLowerCase(locale));
  const rank = (name: string) => {
    const at = ranking.indexOf(name.toLocaleLowerCase(locale));
    return at === -1 ? ranking.length : at;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, locale));
}

export interface ResultContext {
  /** The index's URL: result URLs are relative to the site that built it. */
  indexUrl: string;
  /** The page's origin, to tell links to another site. */
  pageOrigin: string;
  filterOrder?: readonly string[];
  locale?: string;
}

/** Each value once, the first spelling kept: "Wonen" as a topic and "wonen" as a domain are one tag. */
function onceEach(values: readonly unknown[], locale?: string): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string' || !value.trim()) continue;
    const key = value.trim().toLocaleLowerCase(locale);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(value);
  }
  return kept;
}

/** One result for the list, or undefined when its URL is not a web page (left out, never fatal). */
export function practiceResult(data: PagefindResultData, context: ResultContext): PracticeResult | undefined {
  const url = typeof data.url === 'string' ? webUrlOf(data.url, context.indexUrl) : undefined;
  if (!url) return undefined;
  const filters = data.filters ?? {};
  const values = orderFilterNames(Object.keys(filters), context.filterOrder, context.locale).flatMap((name) => own(filters, name) ?? []);
  const metaTitle = own(data.meta, 'title');
  const title = typeof metaTitle === 'string' && metaTitle.trim() ? metaTitle.trim() : url.href;
  const tags = onceEach(values, context.locale);
  const { excerpt, named } = excerptWithoutRepeats(excerptParts(typeof data.excerpt === 'string' ? data.excerpt : ''), title, tags, context.locale);
  return { title, href: url.href, external: url.origin !== context.pageOrigin, excerpt, tags: tagsToShow(tags, named) };
}

/** The results that can be shown, and how many could not. */
export function practiceResults(data: readonly PagefindResultData[], context: ResultContext): { results: PracticeResult[]; skipped: number } {
  const results = data.map((item) => practiceResult(item, context)).filter((result) => result !== undefined);
  return { results, skipped: data.length - results.length };
}

/**
 * The filter panel: groups in display order, values sorted as people count ("2." before
 * "10."), each with its count. A chosen value the counts lack stays, so it can be unticked.
 */
export function filterGroups(counts: FilterCounts, selected: SelectedFilters, order: readonly string[] = [], locale = 'nl'): FilterGroup[] {
  return orderFilterNames(Object.keys(counts), order, locale).map((name) => {
    const values = own(counts, name) ?? {};
    const chosen = own(selected, name) ?? [];
    const names = [...new Set([...Object.keys(values), ...chosen])].sort((a, b) => a.localeCompare(b, locale, { numeric: true }));
    return { name, options: names.map((value) => ({ value, count: own(values, value) ?? 0, selected: chosen.includes(value) })) };
  });
}

/** The choice with one value ticked or unticked; a new record, the old one is left as it was. */
export function toggleFilter(selected: SelectedFilters, name: string, value: string, on: boolean): SelectedFilters {
  const next = noPrototype<string[]>();
  for (const [key, values] of Object.entries(selected)) next[key] = [...values];
  const current = own(next, name) ?? [];
  const changed = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
  if (changed.length > 0) next[name] = changed;
  else delete next[name];
  return next;
}

export function activeFilterCount(selected: SelectedFilters): number {
  return Object.values(selected).reduce((sum, values) => sum + values.length, 0);
}

/** The choice as Pagefind's `search()` takes it: any of the chosen values per filter. */
export function pagefindFilters(selected: SelectedFilters): Record<string, { any: string[] }> {
  const filters = noPrototype<{ any: string[] }>();
  for (const [name, values] of Object.entries(selected)) if (values.length > 0) filters[name] = { any: [...values] };
  return filters;
}

/** The widget's URL keys: the search words, then each filter the index has (a filter named like the words' key is not linked). */
export function practiceUrlKeys(filterNames: Iterable<string>): string[] {
  return [PRACTICE_QUERY_KEY, ...[...filterNames].filter((name) => name !== PRACTICE_QUERY_KEY)];
}

/** Search words and choice from URL values; values the index does not know are dropped. */
export function stateFromUrlValues(values: Record<string, string[]>, counts: FilterCounts): { query: string; selected: SelectedFilters } {
  const selected = noPrototype<string[]>();
  for (const name of practiceUrlKeys(Object.keys(counts)).slice(1)) {
    const known = own(counts, name) ?? {};
    const chosen = [...new Set(own(values, name) ?? [])].filter((value) => Object.hasOwn(known, value));
    if (chosen.length > 0) selected[name] = chosen;
  }
  return { query: own(values, PRACTICE_QUERY_KEY)?.[0] ?? '', selected };
}

/** Search words and choice as URL values, for `UrlStateController.write`. */
export function urlValuesFromState(query: string, selected: SelectedFilters): Record<string, string[]> {
  const values = noPrototype<string[]>();
  if (query.trim()) values[PRACTICE_QUERY_KEY] = [query.trim()];
  for (const [name, chosen] of Object.entries(selected)) if (name !== PRACTICE_QUERY_KEY && chosen.length > 0) values[name] = [...chosen];
  return values;
}
