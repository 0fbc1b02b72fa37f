import { WijkLearningModule } from './learning-module.ts';

WijkLearningModule.define('wijk-learning-module');

declare global {
  interface HTMLElementTagNameMap {
    'wijk-learning-module': WijkLearningModule;
  }
}
