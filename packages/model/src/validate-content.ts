/**
 * Validation of any content a partner or author hands the CLI: which kind it is, and Open
 * Referral HSDS as published read into a feed first. Kept apart from `validate.ts`, which the
 * widgets import, so a widget bundle never carries the HSDS importer.
 */
import { messageFor, explainIssue } from './messages.ts';
import type { InitiativeFeed } from './initiative-feed.ts';
import { detectFeedShape, normaliseHsds, type FeedShape, type NormaliseOptions, type Warning } from './hsds/index.ts';
import {
  validateGoodPractice,
  validateInitiativeFeed,
  validateLearningModule,
  validateTrustedPointers,
  type ValidationResult,
} from './validate.ts';
import { isRecord } from './is-record.ts';

export type HsdsValidationResult = ValidationResult<InitiativeFeed> & { warnings: Warning[]; source: FeedShape | undefined };

/**
 * Validates HSDS 3 (a service, a list, a page, an organization with its services) as the feed it
 * becomes. Parts left out as wrong are problems; fields not used are warnings.
 */
export function validateHsds(input: unknown, options: NormaliseOptions = {}): HsdsValidationResult {
  const result = normaliseHsds(input, { explain: explainIssue, ...options });
  if (!result.ok) return { valid: false, problems: result.problems, warnings: [], source: undefined };
  const { warnings, detected: source } = result;
  if (result.rejected.length > 0) return { valid: false, problems: result.rejected, warnings, source };
  return { valid: true, value: result.feed, problems: [], warnings, source };
}

export const CONTENT_KINDS = ['initiative-feed', 'good-practice', 'learning-module', 'trusted-pointers'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

const validators: Record<ContentKind, (input: unknown) => ValidationResult<unknown>> = {
  'initiative-feed': validateInitiativeFeed,
  'good-practice': validateGoodPractice,
  'learning-module': validateLearningModule,
  'trusted-pointers': validateTrustedPointers,
};


/**
 * Tells which kind of content a document is: from its `$schema` when it names one of ours,
 * else from the field only that kind has. Returns undefined when it cannot tell.
 */
export function detectContentKind(input: unknown): ContentKind | undefined {
  if (Array.isArray(input)) return detectFeedShape(input) ? 'initiative-feed' : undefined;
  if (!isRecord(input)) return undefined;
  const declared = typeof input.$schema === 'string' ? input.$schema : '';
  const fromSchema = CONTENT_KINDS.find((kind) => declared.endsWith(`${kind}.schema.json`));
  if (fromSchema) return fromSchema;
  if (Object.hasOwn(input, 'services')) return 'initiative-feed';
  if (Object.hasOwn(input, 'lessons')) return 'learning-module';
  if (Object.hasOwn(input, 'principles')) return 'good-practice';
  if (Object.hasOwn(input, 'pointers')) return 'trusted-pointers';
  return detectFeedShape(input) ? 'initiative-feed' : undefined;
}

/** Validates a document of any of the four kinds, telling which kind it took it for. */
export function validateContent(
  input: unknown,
  kind: ContentKind | undefined = detectContentKind(input),
): ValidationResult<unknown> & { kind: ContentKind | undefined; warnings?: Warning[]; source?: FeedShape } {
  if (!kind) return { kind, valid: false, problems: [{ path: '$', message: messageFor('unknown_kind') }] };
  // HSDS as published is read into a feed first; the finder's own feed is validated as it is.
  const shape = kind === 'initiative-feed' ? detectFeedShape(input) : undefined;
  if (shape !== undefined && shape !== 'wijkwijzer-feed') return { kind, ...validateHsds(input) };
  return { kind, ...validators[kind](input) };
}
