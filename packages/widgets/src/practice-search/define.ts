import { WijkPracticeSearch } from './practice-search.ts';

WijkPracticeSearch.define('wijk-practice-search');

declare global {
  interface HTMLElementTagNameMap {
    'wijk-practice-search': WijkPracticeSearch;
  }
}
