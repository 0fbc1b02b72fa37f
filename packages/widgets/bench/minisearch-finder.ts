/** The finder with MiniSearch inside, built only for the browser benchmark as the named peer. */
import { miniSearch } from '../../model/bench/minisearch-peer.ts';
import { WijkInitiativeFinder } from '../src/initiative-finder/initiative-finder.ts';
import '../src/initiative-finder/define.ts';

class MiniSearchFinder extends WijkInitiativeFinder {
  protected override textSearchFactory = miniSearch;
}
customElements.define('wijk-minisearch-finder', MiniSearchFinder);
