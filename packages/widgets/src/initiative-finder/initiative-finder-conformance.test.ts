import { WijkInitiativeFinder } from './initiative-finder.ts';
import './define.ts';
import { runConformance } from '../base/testing/conformance.ts';

runConformance({
  tag: 'wijk-initiative-finder',
  cdnFile: 'initiative-finder.js',
  source: '/packages/content/feeds/demo-initiatives.json',
  sourceText: /6\d activiteiten gevonden/,
  otherSource: '/test/fixtures/finder-other.json',
  otherText: 'Zonnebloemwandeling',
  emptySource: '/test/fixtures/finder-empty.json',
  defineAgain: () => WijkInitiativeFinder.define('wijk-initiative-finder'),
});
