/**
 * npm entry: the widget classes and the base, without registering any tag. Register with
 * `@wijkwijzer/widgets/define/<widget>.js`, or load the CDN build to register every widget.
 */
export * from './base/index.ts';
export { WijkInitiativeFinder } from './initiative-finder/initiative-finder.ts';
export { WijkSearchEvent, WijkSelectEvent } from './initiative-finder/events.ts';
export { WijkLearningModule } from './learning-module/learning-module.ts';
export { WijkStatementEvent } from './learning-module/events.ts';
export { WijkTrustedInfo } from './trusted-info/trusted-info.ts';
export { WijkPracticeSearch } from './practice-search/practice-search.ts';
