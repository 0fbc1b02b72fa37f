/**
 * HSDS 3.0 and 3.1 as partners' directory systems publish it (one service with everything nested,
 * a list of them, a page of an API's list, an organization with its services) into the finder's
 * initiative feed. The finder's own feed passes through unchanged. Nothing is dropped silently:
 * every input field that is not used gets a warning, every part left out gets a reason.
 */
import type { InitiativeFeed, Service } from '../initiative-feed.ts';
import type { Problem } from '../validate.ts';
import { plainDateOf } from '../finder/schedule.ts';
import { formatJsonPath } from '../json-path.ts';
import { FieldUse, isRecord, type Path, type Warning } from './field-use.ts';
import { hsdsMessage } from './hsds-messages.ts';
import { itemsOf, markKnown, reject, warn, type ExplainIssue, type ReadContext } from './context.ts';
import { detectFeedShape, type FeedShape } from './detect.ts';
import { readLocation, readOrganization } from './read-place.ts';
import { readService } from './read-service.ts';
import { isoOf } from './read-schedule.ts';

export interface NormaliseOptions {
  /** YYYY-MM-DD; schedules and prices that ended before it are not current. Default: today, local time. */
  today?: string;
  /** How to word a schema problem; the default is valibot's short message (the CLI passes `explainIssue`). */
  explain?: ExplainIssue;
}

export type NormaliseResult =
  | {
      ok: true;
      /** Only records that passed the feed's schema: ready for `readInitiativeFeed`. The finder's own feed: unchanged, not yet checked. */
      feed: InitiativeFeed;
      /** Fields not used, or used differently than written; the feed is fine to show. */
      warnings: Warning[];
      /** Parts left out (a service, a schedule, a phone…) because they are wrong as written; the partner has to correct them. */
      rejected: Problem[];
      detected: FeedShape;
    }
  | { ok: false; problems: Problem[] };

const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'page', 'size', 'first_page', 'last_page', 'empty'];

const briefExplanation: ExplainIssue = (issue) => ({ nl: issue.message, en: issue.message });

/** Whether a page says there is more than it holds. */
function isPartial(page: Record<string, unknown>, count: number): boolean {
  const number = typeof page.page_number === 'number' ? page.page_number : typeof page.page === 'number' ? page.page : 1;
  return (
    page.last_page === false ||
    (typeof page.total_pages === 'number' && page.total_pages > number) ||
    (typeof page.total_items === 'number' && page.total_items > count)
  );
}

/** The services in the document, with their paths; a page that is not the whole list is reported. */
function servicesOf(context: ReadContext, input: unknown, shape: FeedShape): { raw: unknown; path: Path }[] {
  if (Array.isArray(input)) return input.map((raw, index) => ({ raw, path: [index] }));
  const record = input as Record<string, unknown>;
  if (shape === 'hsds-service') return [{ raw: input, path: [] }];
  if (shape === 'hsds-organization') return itemsOf(context, record, [], 'services');
  markKnown(context, record, [], PAGE_FIELDS);
  const contents = itemsOf(context, record, [], 'contents');
  if (isPartial(record, contents.length)) warn(context, [PAGE_FIELDS.find((key) => Object.hasOwn(record, key)) ?? 'contents'], 'more_pages');
  return contents;
}

function normaliseHsdsShape(input: unknown, shape: FeedShape, options: NormaliseOptions): NormaliseResult {
  const context: ReadContext = {
    use: new FieldUse(),
    warnings: [],
    rejected: [],
    today: options.today ?? isoOf(plainDateOf(new Date())),
    explain: options.explain ?? briefExplanation,
    organizations: new Map(),
    locations: new Map(),
    locationSources: new Map(),
    linkedLocations: new Set(),
    readLocationSources: new Set(),
  };
  const parentOrganizationId = shape === 'hsds-organization' ? readOrganization(context, input, []) : undefined;
  const services: Service[] = [];
  const serviceIds = new Set<string>();
  for (const { raw, path } of servicesOf(context, input, shape)) {
    if (Array.isArray(input) && !isRecord(raw)) {
      reject(context, path, path, 'not_a_service');
      continue;
    }
    const service = readService(context, raw, path, serviceIds, parentOrganizationId);
    if (service) services.push(service);
  }
  // An organization's copy of a location a service nests is read too, so what it says differently is
  // reported; a location no service is offered at is not shown.
  for (const [id, source] of context.locationSources) {
    if (context.readLocationSources.has(formatJsonPath(source.path))) continue;
    if (context.linkedLocations.has(id)) readLocation(context, source.raw, source.path, false);
    else warn(context, source.path, 'unlinked_location');
  }
  context.use.unused(input, [], context.warnings);
  const feed: InitiativeFeed = {
    demo: false,
    organizations: [...context.organizations.values()],
    services,
    locations: [...context.locations.values()],
  };
  return { ok: true, feed, warnings: context.warnings, rejected: context.rejected, detected: shape };
}

/**
 * Reads HSDS 3 (or the finder's own feed) into an initiative feed. Never throws.
 * `ok: false` only when the document is none of the shapes this reads; a document with some bad
 * parts is `ok: true` with those parts left out and listed in `rejected`.
 */
export function normaliseHsds(input: unknown, options: NormaliseOptions = {}): NormaliseResult {
  try {
    const shape = detectFeedShape(input);
    if (shape === undefined) return { ok: false, problems: [{ path: '$', message: hsdsMessage('not_a_feed') }] };
    if (shape === 'wijkwijzer-feed') return { ok: true, feed: input as InitiativeFeed, warnings: [], rejected: [], detected: shape };
    return normaliseHsdsShape(input, shape, options);
  } catch {
    // Only pathological input gets here (nesting deep enough to exhaust the stack, hostile getters).
    return { ok: false, problems: [{ path: formatJsonPath([]), message: hsdsMessage('too_complex') }] };
  }
}
