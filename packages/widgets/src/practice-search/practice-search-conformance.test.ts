import { WijkPracticeSearch } from './practice-search.ts';
import './define.ts';
import { runConformance } from '../base/testing/conformance.ts';
import { TEST_INDEXES } from './testing/indexes.ts';

runConformance({
  tag: 'wijk-practice-search',
  cdnFile: 'practice-search.js',
  sourceAttribute: 'index',
  source: TEST_INDEXES.practices,
  sourceText: 'Buurtkamer Selwerd',
  otherSource: TEST_INDEXES.other,
  otherText: 'Moestuin Lombok',
  emptySource: TEST_INDEXES.empty,
  defineAgain: () => WijkPracticeSearch.define('wijk-practice-search'),
});
