/**
 * Reads a partner's feed leniently for the finder: every record is checked on its own, bad ones
 * are skipped and counted (with the reason), good ones become flat `Initiative`s ready to search,
 * filter and show. Only a document that is not a feed at all is an error.
 */
import * as v from 'valibot';
import {
  locationSchema,
  organizationSchema,
  serviceSchema,
  type Location,
  type Organization,
  type Phone,
  type Schedule,
  type Service,
} from '../initiative-feed.ts';
import type { LocalisedMessage } from '../messages.ts';
import { formatJsonPath } from '../json-path.ts';
import type { Problem } from '../validate.ts';
import { weekdaysOf, type WeekdayCode } from './schedule.ts';
import { runNow, type Steps } from './steps.ts';

export interface InitiativePlace {
  location: Location;
  /** When it takes place there (the service's own schedules are on the initiative). */
  schedules: Schedule[];
  /** What is particular to it there, e.g. "Kleinere groep, met kinderopvang" (HSDS service_at_location description). */
  note?: string | undefined;
}

export interface Initiative {
  id: string;
  name: string;
  description: string | undefined;
  organization: Organization | undefined;
  status: Service['status'];
  url: string | undefined;
  email: string | undefined;
  phones: Phone[];
  eligibility: string | undefined;
  lastModified: string | undefined;
  /** When someone last confirmed it (HSDS `assured_date`), else when it last changed. */
  checkedOn: string | undefined;
  places: InitiativePlace[];
  /** Every schedule, of the service and of each place. */
  schedules: Schedule[];
  weekdays: WeekdayCode[];
  themes: string[];
  targetGroups: string[];
  neighbourhoods: string[];
  free: boolean | undefined;
  costDescription: string | undefined;
  languages: string[];
  wheelchairAccessible: boolean | undefined;
  howToJoin: string | undefined;
  /** The partners' feeds it comes from, when a finder shows several feeds (see `merge.ts`). */
  sources?: readonly FeedSource[];
}

/** A partner's feed in a finder that shows several: its name (the feed's publisher, or where it came from). */
export interface FeedSource {
  name: string;
  url?: string | undefined;
  /** Where residents report a mistake in this feed (its `contact_email`). */
  contactEmail?: string | undefined;
}

export interface SkippedRecord extends Problem {
  /** The record's id when it has a readable one. */
  id: string | undefined;
}

export type FeedReadResult =
  | { ok: true; initiatives: Initiative[]; skipped: SkippedRecord[]; demo: boolean; publisher: string | undefined; contactEmail: string | undefined }
  | { ok: false; problems: Problem[] };

/** What makes a document a feed at all; each record is checked on its own afterwards. */
export const feedEnvelopeSchema = v.object({
  demo: v.optional(v.boolean(), false),
  publisher: v.optional(v.string()),
  contact_email: v.optional(v.string()),
  organizations: v.optional(v.array(v.unknown()), []),
  services: v.array(v.unknown()),
  locations: v.optional(v.array(v.unknown()), []),
});

function readableId(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

/** Turns a validation issue into a message; the CLI passes the full Dutch/English explanations. */
export type ExplainIssue = (issue: v.BaseIssue<unknown>) => LocalisedMessage;

/** The widget's default: valibot's own short message, enough for a line in the console. */
const briefExplanation: ExplainIssue = (issue) => ({ nl: issue.message, en: issue.message });

/** A pipe stops at its first problem: one reason per skipped record is enough. Made once, not per record. */
export const RECORD_PARSE_CONFIG = { abortPipeEarly: true } as const;

/** Validates each record of a list on its own; returns the good ones by id, in order, and a problem per bad one. */
function* readRecords<TSchema extends v.GenericSchema<unknown, { id: string }>>(
  records: unknown[],
  schema: TSchema,
  listName: string,
  skipped: SkippedRecord[],
  explain: ExplainIssue,
): Steps<Map<string, v.InferOutput<TSchema>>> {
  const good = new Map<string, v.InferOutput<TSchema>>();
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    const result = v.safeParse(schema, record, RECORD_PARSE_CONFIG);
    if (!result.success) {
      const issue = result.issues[0];
      skipped.push({
        id: readableId(record),
        path: formatJsonPath([listName, index, ...(issue.path?.map((item) => item.key) ?? [])]),
        message: explain(issue),
      });
    } else if (good.has(result.output.id)) {
      skipped.push({
        id: readableId(record),
        path: formatJsonPath([listName, index, 'id']),
        message: { nl: 'Deze id komt al eerder voor; dit record is overgeslagen.', en: 'This id occurs earlier; this record was skipped.' },
      });
    } else {
      good.set(result.output.id, result.output);
    }
    yield;
  }
  return good;
}

/** Ended services are history, not something a resident can join. */
export function isCurrentService(service: Service): boolean {
  return service.status !== 'inactive' && service.status !== 'defunct';
}

/** Organisations and places by id: the checked ones. */
interface ById<T> {
  get(id: string): T | undefined;
}

export function toInitiative(service: Service, organizations: ById<Organization>, locations: ById<Location>): Initiative {
  const extension = service.wijkwijzer ?? {};
  const places = (service.service_at_locations ?? []).flatMap((link) => {
    const location = locations.get(link.location_id);
    return location ? [{ location, schedules: link.schedules ?? [], note: link.description }] : [];
  });
  const schedules = [...(service.schedules ?? []), ...places.flatMap((place) => place.schedules)];
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    organization: organizations.get(service.organization_id),
    status: service.status,
    url: service.url,
    email: service.email,
    phones: service.phones ?? [],
    eligibility: service.eligibility_description,
    lastModified: service.last_modified,
    checkedOn: service.assured_date ?? service.last_modified,
    places,
    schedules,
    weekdays: [...new Set(schedules.flatMap(weekdaysOf))],
    themes: extension.themes ?? [],
    targetGroups: extension.target_groups ?? [],
    neighbourhoods: extension.neighbourhoods ?? [],
    free: extension.cost?.free,
    costDescription: extension.cost?.description,
    languages: extension.languages ?? [],
    wheelchairAccessible: extension.wheelchair_accessible,
    howToJoin: extension.how_to_join,
  };
}

/** Reads any JSON value as a feed for the finder. Never throws. */
export function readInitiativeFeed(input: unknown, explain: ExplainIssue = briefExplanation): FeedReadResult {
  return runNow(readInitiativeFeedSteps(input, explain));
}

/** `readInitiativeFeed` in small steps, for `runInSlices`. */
export function* readInitiativeFeedSteps(input: unknown, explain: ExplainIssue = briefExplanation): Steps<FeedReadResult> {
  try {
    const envelope = v.safeParse(feedEnvelopeSchema, input);
    if (!envelope.success) {
      return {
        ok: false,
        problems: envelope.issues.map((issue) => ({
          path: formatJsonPath(issue.path?.map((item) => item.key) ?? []),
          message: explain(issue),
        })),
      };
    }
    const skipped: SkippedRecord[] = [];
    const organizations = yield* readRecords(envelope.output.organizations, organizationSchema, 'organizations', skipped, explain);
    const locations = yield* readRecords(envelope.output.locations, locationSchema, 'locations', skipped, explain);
    const services = yield* readRecords(envelope.output.services, serviceSchema, 'services', skipped, explain);
    const initiatives: Initiative[] = [];
    for (const service of services.values()) {
      if (isCurrentService(service)) initiatives.push(toInitiative(service, organizations, locations));
      yield;
    }
    return { ok: true, initiatives, skipped, demo: envelope.output.demo, publisher: envelope.output.publisher, contactEmail: envelope.output.contact_email };
  } catch {
    return { ok: false, problems: [{ path: '$', message: { nl: 'Deze gegevens zijn te complex om te lezen.', en: 'This data is too complex to read.' } }] };
  }
}
