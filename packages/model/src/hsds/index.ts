/** HSDS 3 in, as published: the import the CLI uses and the finder can run before reading a feed. */
export { normaliseHsds, type NormaliseOptions, type NormaliseResult } from './normalise.ts';
export { detectFeedShape, looksLikeHsdsService, type FeedShape } from './detect.ts';
export { groupWarnings, type WarningGroup } from './group-warnings.ts';
export { anyCountryAddressSchema, anyCountryLocationSchema } from './place-schema.ts';
export type { Warning } from './field-use.ts';
export type { ExplainIssue as HsdsExplainIssue } from './context.ts';
