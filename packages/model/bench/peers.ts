/**
 * The named peers the benchmarks compare against, each configured the way its own documentation
 * recommends for search-as-you-type with typos, over the same four fields with the same weights
 * (name 4, tags 2, organisation 1.5, description 1). They are not given Wijkwijzer's Dutch
 * stemmer: a stemmer made for one engine's typo rules is not the fair setting for another's
 * (with it MiniSearch found nothing for "kofie", issue #10). Where an engine's docs offer a
 * Dutch analyser (Orama), it gets that one.
 *
 * Multi-word queries: Wijkwijzer, MiniSearch, Orama and Fuse.js ask for every word (AND), as the
 * finder's result counts and facet counts assume. FlexSearch's documented fuzzy setting
 * (`suggest: true`) also returns records that miss a word, ranked after those that match all.
 *
 * Each is a `TextSearchFactory` and so synchronous. MiniSearch, FlexSearch (without workers),
 * Orama 3 (without async hooks) and Fuse.js all answer synchronously; if Orama ever returned a
 * promise here the factory throws rather than measuring something else.
 */
import { Charset, Document } from 'flexsearch';
import Fuse from 'fuse.js';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { language as dutch, stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch';
import type { SearchableInitiative, TextSearchFactory } from '../src/index.ts';

export { miniSearch } from './minisearch-peer.ts';

type Field = keyof SearchableInitiative;

/** The fields, heaviest first (FlexSearch ranks merged field results in this order). */
function fieldsByWeight(weights: Record<Field, number>): Field[] {
  return (Object.keys(weights) as Field[]).sort((a, b) => weights[b] - weights[a]);
}

/**
 * FlexSearch 0.8: a Document index with the docs' recipe for fuzzy search — the `forward`
 * tokenizer (word starts, for typing), the `LatinBalance` encoder (accents folded, phonetic
 * normalisation) and `suggest: true` at query time — merged across fields (`merge: true`), the
 * heavier field first. `limit` is the whole collection: the finder filters and counts all matches.
 */
export const flexSearch: TextSearchFactory = (documents, weights) => {
  const fields = fieldsByWeight(weights);
  const index = new Document({
    tokenize: 'forward',
    encoder: Charset.LatinBalance,
    document: { id: 'position', index: fields },
  });
  documents.forEach((document, position) => index.add({ ...document, position }));
  const limit = Math.max(documents.length, 1);
  return {
    search: (query) => index.search(query, { suggest: true, merge: true, limit }).map((hit) => Number(hit.id)),
  };
};

/**
 * Orama 3: the Dutch tokenizer with stemming (`@orama/stemmers/dutch`) and Dutch stop words
 * (`@orama/stopwords/dutch`) as its docs prescribe for other languages, prefix matching (its
 * default, `exact: false`), `tolerance: 1` for typos, `boost` per field, and `threshold: 0` so
 * every word must match. `limit` is the whole collection (Orama's default is 10).
 */
export const orama: TextSearchFactory = (documents, weights) => {
  const db = create({
    schema: { name: 'string', tags: 'string', organization: 'string', description: 'string' } as const,
    components: { tokenizer: { language: dutch, stemming: true, stemmer: dutchStemmer, stopWords: dutchStopWords } },
  });
  const inserted = insertMultiple(
    db,
    documents.map((document, position) => ({ id: String(position), ...document })),
  );
  if (inserted instanceof Promise) throw new Error('Orama inserted asynchronously; the TextSearch interface is synchronous');
  const limit = Math.max(documents.length, 1);
  return {
    search: (query) => {
      const result = oramaSearch(db, { term: query, properties: '*', boost: weights, tolerance: 1, threshold: 0, limit });
      if (result instanceof Promise) throw new Error('Orama answered asynchronously; the TextSearch interface is synchronous');
      return result.hits.map((hit) => Number(hit.id));
    },
  };
};

/**
 * Fuse.js 7.5: token search (`useTokenSearch`, its documented mode for multi-word fuzzy search,
 * with `tokenMatch: 'all'` for filtering), weighted keys, `ignoreDiacritics`, and `ignoreLocation`
 * so a word late in a description counts; the default threshold. Fuse scans every record per
 * query, so the benchmark gives it fewer queries at 10,000 and 100,000 records.
 */
export const fuse: TextSearchFactory = (documents, weights) => {
  const index = new Fuse(documents, {
    keys: Object.entries(weights).map(([name, weight]) => ({ name, weight })),
    useTokenSearch: true,
    tokenMatch: 'all',
    ignoreDiacritics: true,
    ignoreLocation: true,
  });
  return { search: (query) => index.search(query).map((hit) => hit.refIndex) };
};
