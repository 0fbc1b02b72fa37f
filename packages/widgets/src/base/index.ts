export { WijkElement } from './wijk-element.ts';
export { WijkEvent } from './events.ts';
export { loadJson, LoadError, type LoadFailure } from './load-json.ts';
export {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  LocalizeController,
  directionOf,
  inheritedLanguageTag,
  registerMessages,
  toSupportedLanguage,
  type NamespaceResources,
  type SupportedLanguage,
} from './localize.ts';
export { sharedStyles } from './shared.styles.ts';
export { renderViewState, type ViewState } from './view-state.ts';
export { KIT_VERSION } from './version.ts';
export { DataSourceController, type DataSourceOptions, type Readout, type ReadContext, type Source, type SourceStatus } from './data-source.ts';
export { UrlStateController, isSafeKey, type UrlValues, type UrlStateOptions } from './url-state.ts';
