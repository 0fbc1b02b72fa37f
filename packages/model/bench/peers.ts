/**
 * The named peers the benchmarks compare against, configured as close to our own search as
 * they allow (same fields and weights, same term normalisation, prefix and typo settings).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { TextSearchFactory } from '../src/finder/finder.ts';
import { normaliseTerm } from '../src/finder/text.ts';

export const miniSearch: TextSearchFactory = (documents, weights) => {
  const index = new MiniSearch({
    fields: Object.keys(weights),
    idField: 'position',
    processTerm: normaliseTerm,
    searchOptions: { boost: weights, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
  });
  index.addAll(documents.map((document, position) => ({ ...document, position })));
  return { search: (query) => index.search(query).map((hit) => hit.id as number) };
};

export const fuse: TextSearchFactory = (documents, weights) => {
  const index = new Fuse(documents, {
    keys: Object.entries(weights).map(([name, weight]) => ({ name, weight })),
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.3,
    includeScore: true,
  });
  return { search: (query) => index.search(query).map((hit) => hit.refIndex) };
};
