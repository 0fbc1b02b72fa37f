/**
 * Validation that never throws: any JSON value in, every problem out, each with its JSON path
 * and a message in Dutch and English.
 */
import * as v from 'valibot';
import { explainIssue, messageFor, type LocalisedMessage } from './messages.ts';
import { formatJsonPath } from './json-path.ts';

export { formatJsonPath };
import { initiativeFeedSchema, type InitiativeFeed } from './initiative-feed.ts';
import { goodPracticeSchema, type GoodPractice } from './good-practice.ts';
import { learningModuleSchema, type LearningModule } from './learning-module.ts';
import { trustedPointerListSchema, type TrustedPointerList } from './trusted-pointer.ts';
import { principleListSchema, type Principle } from './principle.ts';

export interface Problem {
  /** JSON path of the offending value, e.g. `$.services[2].schedules[0].byday`. */
  path: string;
  message: LocalisedMessage;
}

export type ValidationResult<T> = { valid: true; value: T; problems: [] } | { valid: false; problems: Problem[] };

/** A feed read from HSDS: besides problems, warnings about what it does not use (a valid feed may have them). */

function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    path: formatJsonPath(issue.path?.map((item) => item.key) ?? []),
    message: explainIssue(issue),
  }));
}

/** Validates any value against a schema; returns problems instead of throwing, whatever the input. */
export function validateWith<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  extraChecks?: (value: v.InferOutput<TSchema>) => Problem[],
): ValidationResult<v.InferOutput<TSchema>> {
  try {
    const result = v.safeParse(schema, input);
    if (!result.success) return { valid: false, problems: problemsFromIssues(result.issues) };
    const problems = extraChecks?.(result.output) ?? [];
    if (problems.length > 0) return { valid: false, problems };
    return { valid: true, value: result.output, problems: [] };
  } catch {
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
    return { valid: false, problems: [{ path: '$', message: messageFor('too_complex') }] };
  }
}

/** Checks that services point at organizations and locations that exist in the same feed. */
export function feedReferenceProblems(feed: InitiativeFeed): Problem[] {
  const organizationIds = new Set(feed.organizations.map((organization) => organization.id));
  const locationIds = new Set(feed.locations.map((location) => location.id));
  const problems: Problem[] = [];
  feed.services.forEach((service, serviceIndex) => {
    if (!organizationIds.has(service.organization_id)) {
      problems.push({
        path: formatJsonPath(['services', serviceIndex, 'organization_id']),
        message: messageFor('unknown_organization'),
      });
    }
    service.service_at_locations?.forEach((serviceAtLocation, index) => {
      if (!locationIds.has(serviceAtLocation.location_id)) {
        problems.push({
          path: formatJsonPath(['services', serviceIndex, 'service_at_locations', index, 'location_id']),
          message: messageFor('unknown_location'),
        });
      }
    });
  });
  return problems;
}

export const validateInitiativeFeed = (input: unknown): ValidationResult<InitiativeFeed> =>
  validateWith(initiativeFeedSchema, input, feedReferenceProblems);
export const validateGoodPractice = (input: unknown): ValidationResult<GoodPractice> =>
  validateWith(goodPracticeSchema, input);
export const validateLearningModule = (input: unknown): ValidationResult<LearningModule> =>
  validateWith(learningModuleSchema, input);
/** A pointer's topic must be one of the list's topics (when it lists them), and topic ids unique. */
export function pointerReferenceProblems(list: TrustedPointerList): Problem[] {
  if (!list.topics) return [];
  const problems: Problem[] = [];
  const ids = list.topics.map((topic) => topic.id);
  if (new Set(ids).size !== ids.length) problems.push({ path: formatJsonPath(['topics']), message: messageFor('duplicate_ids') });
  const known = new Set(ids);
  list.pointers.forEach((pointer, index) => {
    if (!known.has(pointer.topic)) problems.push({ path: formatJsonPath(['pointers', index, 'topic']), message: messageFor('unknown_topic') });
  });
  return problems;
}

export const validateTrustedPointers = (input: unknown): ValidationResult<TrustedPointerList> =>
  validateWith(trustedPointerListSchema, input, pointerReferenceProblems);

/** The learning house's 7 principles (one file per language). */
export const validatePrinciples = (input: unknown): ValidationResult<Principle[]> => validateWith(principleListSchema, input);
