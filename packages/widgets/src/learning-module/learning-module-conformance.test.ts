import { WijkLearningModule } from './learning-module.ts';
import './define.ts';
import { runConformance } from '../base/testing/conformance.ts';

runConformance({
  tag: 'wijk-learning-module',
  cdnFile: 'learning-module.js',
  source: '/packages/content/modules/welkome-wijk.nl.json',
  // Lesson and module titles only each module's overview shows.
  sourceText: 'Vooroordelen',
  otherSource: '/packages/content/modules/zeven-principes.nl.json',
  otherText: 'de 7 principes',
  defineAgain: () => WijkLearningModule.define('wijk-learning-module'),
});
