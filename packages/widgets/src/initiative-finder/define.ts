import { WijkInitiativeFinder } from './initiative-finder.ts';

WijkInitiativeFinder.define('wijk-initiative-finder');

declare global {
  interface HTMLElementTagNameMap {
    'wijk-initiative-finder': WijkInitiativeFinder;
  }
}
