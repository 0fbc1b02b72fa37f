/** What every part of the HSDS import shares while it reads one document. */
import * as v from 'valibot';
import { formatJsonPath } from '../json-path.ts';
import type { LocalisedMessage } from '../messages.ts';
import type { Location, Organization } from '../initiative-feed.ts';
import type { Problem } from '../validate.ts';
import { FieldUse, isRecord, Origins, type Path, type Warning } from './field-use.ts';
import { hsdsMessage, hsdsMessageForIssue, type HsdsMessageKey } from './hsds-messages.ts';

/** Turns a validation issue into a message; the CLI passes the full Dutch/English explanations. */
export type ExplainIssue = (issue: v.BaseIssue<unknown>) => LocalisedMessage;

export interface ReadContext {
  use: FieldUse;
  warnings: Warning[];
  /** Parts left out because they cannot be used as written; the partner has to correct them. */
  rejected: Problem[];
  /** YYYY-MM-DD: schedules and prices that ended before this day are not current. */
  today: string;
  explain: ExplainIssue;
  organizations: Map<string, Organization>;
  locations: Map<string, Location>;
  /** Locations an organization lists, by id, for services that point at one with `location_id`. */
  locationSources: Map<string, { raw: unknown; path: Path }>;
  /** Ids of locations some service is linked to. */
  linkedLocations: Set<string>;
  /** Organizations' locations (by JSON path) already read for a service that points at them. */
  readLocationSources: Set<string>;
}

/** A warning at `path`; what it covers counts as reported, so it gets no second "not used" warning. */
export function warn(context: ReadContext, path: Path, key: HsdsMessageKey): void {
  notice(context, path, key);
  context.use.mark(path);
}

/** A warning about a field that is still used (changed, or read with a guess). */
export function notice(context: ReadContext, path: Path, key: HsdsMessageKey): void {
  context.warnings.push({ path: formatJsonPath(path), message: hsdsMessage(key) });
}

/** Leaves out the part at `recordPath` because of what is wrong at `path`. */
export function reject(context: ReadContext, recordPath: Path, path: Path, key: HsdsMessageKey): undefined {
  context.rejected.push({ path: formatJsonPath(path), message: hsdsMessage(key) });
  context.use.mark(recordPath);
  return undefined;
}

/** Null, blank text and empty lists say nothing; they are treated as absent. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Reads one field of an input object (own properties only) and marks it as used. */
export function take(context: ReadContext, record: Record<string, unknown>, path: Path, key: string): unknown {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  if (isAbsent(value)) return undefined;
  context.use.mark([...path, key]);
  return typeof value === 'string' ? value.trim() : value;
}

/** Reads a text field to fold into another text; anything but text is left for the walk to report. */
export function takeText(context: ReadContext, record: Record<string, unknown>, path: Path, key: string): string | undefined {
  return typeof record[key] === 'string' ? (take(context, record, path, key) as string | undefined) : undefined;
}

/** Marks fields that the nesting already says (a location's `organization_id` inside that organization). */
export function markKnown(context: ReadContext, record: Record<string, unknown>, path: Path, keys: readonly string[]): void {
  for (const key of keys) if (Object.hasOwn(record, key)) context.use.mark([...path, key]);
}

/** The items of an input list, with their paths; anything else is no items (the walk will report it). */
export function itemsOf(context: ReadContext, record: Record<string, unknown>, path: Path, key: string): { raw: unknown; path: Path }[] {
  const value = record[key];
  if (!Object.hasOwn(record, key) || !Array.isArray(value)) return [];
  return value.map((raw, index) => ({ raw, path: [...path, key, index] }));
}

/** The YYYY-MM-DD part of a date or date-time, or undefined when it does not start with one. */
export function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Ids as text: HSDS asks for strings, some systems write numbers. */
export function idOf(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
}

/** Sentences joined into one text, each ending in a full stop unless it has its own. */
export function joinSentences(parts: readonly unknown[]): string | undefined {
  const texts = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').map((part) => part.trim());
  if (texts.length === 0) return undefined;
  return texts.map((text, index) => (index < texts.length - 1 && !/[.!?…:;]$/.test(text) ? `${text}.` : text)).join(' ');
}

/**
 * Checks a record built from the input against a schema. On problems it is left out, each
 * problem told at the input path it came from.
 */
export function checkRecord<TSchema extends v.GenericSchema>(
  context: ReadContext,
  schema: TSchema,
  value: unknown,
  origins: Origins,
): v.InferOutput<TSchema> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const keys = issue.path?.map((item) => item.key as string | number) ?? [];
    context.rejected.push({ path: formatJsonPath(origins.find(keys)), message: hsdsMessageForIssue(issue.message) ?? context.explain(issue) });
  }
  context.use.mark(origins.base);
  return undefined;
}

/** The input as an object, or undefined after rejecting it with "expected an object". */
export function expectRecord(context: ReadContext, raw: unknown, path: Path): Record<string, unknown> | undefined {
  if (isRecord(raw)) return raw;
  checkRecord(context, v.object({}), raw, new Origins(path));
  return undefined;
}
