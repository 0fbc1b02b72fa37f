/** The finder with MiniSearch inside, built only for the browser benchmark as the named peer. */
import MiniSearch from 'minisearch';
import { normaliseTerm, type TextSearchFactory } from '@wijkwijzer/model';
import { WijkInitiativeFinder } from '../src/initiative-finder/initiative-finder.ts';
import '../src/initiative-finder/define.ts';

const miniSearch: TextSearchFactory = (documents, weights) => {
  const index = new MiniSearch({
    fields: Object.keys(weights),
    idField: 'position',
    processTerm: normaliseTerm,
    searchOptions: { boost: weights, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
  });
  index.addAll(documents.map((document, position) => ({ ...document, position })));
  return { search: (query) => index.search(query).map((hit) => hit.id as number) };
};

class MiniSearchFinder extends WijkInitiativeFinder {
  protected override textSearchFactory = miniSearch;
}
customElements.define('wijk-minisearch-finder', MiniSearchFinder);
