/**
 * The MiniSearch peer on its own, so the browser benchmark's bundle (minisearch-finder.ts) holds
 * MiniSearch and nothing of the other peers. See peers.ts for how every peer is configured.
 */
import MiniSearch from 'minisearch';
import type { TextSearchFactory } from '../src/index.ts';

/** The same small stop-word list Wijkwijzer drops, so "de" or "in" is ignored by every engine alike. */
const STOP_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'op', 'in', 'met', 'aan', 'te', 'the', 'and', 'of', 'for']);

/**
 * MiniSearch 7: `prefix: true` and `fuzzy: 0.2` (a typo per five letters) as its docs show for
 * search-as-you-type, field `boost`, and a `processTerm` that lower-cases, folds accents and drops
 * stop words (the docs' way to normalise terms; by default it only lower-cases).
 */
export const miniSearch: TextSearchFactory = (documents, weights) => {
  const index = new MiniSearch({
    fields: Object.keys(weights),
    idField: 'position',
    processTerm: (term) => {
      const folded = term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      return STOP_WORDS.has(folded) ? null : folded;
    },
    searchOptions: { boost: weights, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(documents.map((document, position) => ({ ...document, position })));
  return { search: (query) => index.search(query).map((hit) => hit.id as number) };
};
