/**
 * Initiative feed: a documented subset of Open Referral HSDS 3 (https://docs.openreferral.org),
 * so partners can export from the social-map systems they already run. HSDS field names are
 * kept as they are; what the finder needs beyond HSDS lives in one place: `service.wijkwijzer`.
 */
import * as v from 'valibot';
import {
  email,
  foreignId,
  idsAreUnique,
  isoDate,
  isExistingDate,
  isoDateOrDateTime,
  label,
  languageTag,
  phoneNumber,
  text,
  uniqueList,
  webUrl,
} from './common.ts';

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
/** iCal BYDAY: MO,TU or with an ordinal for monthly rules: 1MO (first Monday), -1FR (last Friday). */
const BYDAY_PATTERN = new RegExp(`^(?:[+-]?[1-5])?${WEEKDAY}(?:,(?:[+-]?[1-5])?${WEEKDAY})*$`);
/** iCal BYMONTHDAY: 1,15 or -1 (last day of the month). */
const BYMONTHDAY_PATTERN = /^(?:-?(?:[1-9]|[12]\d|3[01]))(?:,-?(?:[1-9]|[12]\d|3[01]))*$/;
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

export const scheduleSchema = v.pipe(
  v.object({
    id: v.optional(foreignId()),
    freq: v.optional(v.picklist(['WEEKLY', 'MONTHLY'])),
    interval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(52))),
    byday: v.optional(v.pipe(v.string(), v.regex(BYDAY_PATTERN, 'byday'))),
    bymonthday: v.optional(v.pipe(v.string(), v.regex(BYMONTHDAY_PATTERN, 'bymonthday'))),
    /** First occurrence; needed to know which weeks "every other Tuesday" falls on. */
    dtstart: v.optional(isoDate()),
    opens_at: v.optional(v.pipe(v.string(), v.regex(TIME_PATTERN, 'time'))),
    closes_at: v.optional(v.pipe(v.string(), v.regex(TIME_PATTERN, 'time'))),
    valid_from: v.optional(isoDate()),
    valid_to: v.optional(isoDate()),
    description: v.optional(text()),
  }),
  v.forward(
    v.partialCheck(
      [['opens_at'], ['closes_at']],
      // Compare only well-formed times; a malformed one already has its own problem.
      (s) => !TIME_PATTERN.test(s.opens_at ?? '') || !TIME_PATTERN.test(s.closes_at ?? '') || s.opens_at!.slice(0, 5) < s.closes_at!.slice(0, 5),
      'closes_before_opens',
    ),
    ['closes_at'],
  ),
  v.forward(
    v.partialCheck(
      [['valid_from'], ['valid_to']],
      (s) => !isExistingDate(s.valid_from ?? '') || !isExistingDate(s.valid_to ?? '') || s.valid_from! <= s.valid_to!,
      'ends_before_starts',
    ),
    ['valid_to'],
  ),
  v.forward(
    v.partialCheck(
      [['freq'], ['description']],
      (s) => s.freq !== undefined || s.description !== undefined,
      'schedule_needs_rule_or_text',
    ),
    ['freq'],
  ),
);

export const phoneSchema = v.object({
  id: v.optional(foreignId()),
  number: phoneNumber(),
  description: v.optional(text()),
});

const DUTCH_POSTCODE = /^\d{4} ?[A-Z]{2}$/i;

/** A Dutch postcode when the address is in the Netherlands (no country, or NL); any other country's as written. */
export const addressSchema = v.pipe(
  v.object({
    id: v.optional(foreignId()),
    address_1: label(),
    city: label(),
    postal_code: v.pipe(v.string(), v.trim(), v.nonEmpty('empty_text'), v.maxLength(20)),
    region: v.optional(label()),
    country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country'))),
    address_type: v.optional(v.picklist(['physical', 'postal', 'virtual'])),
  }),
  v.forward(
    v.partialCheck(
      [['postal_code'], ['country']],
      (address) => (address.country !== undefined && address.country !== 'NL') || DUTCH_POSTCODE.test(address.postal_code),
      'postal_code_or_country',
    ),
    ['postal_code'],
  ),
);

export const locationSchema = v.object({
  id: foreignId(),
  name: v.optional(label()),
  location_type: v.picklist(['physical', 'postal', 'virtual']),
  description: v.optional(text()),
  latitude: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  longitude: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  addresses: v.optional(v.array(addressSchema)),
});

export const organizationSchema = v.object({
  id: foreignId(),
  name: label(),
  description: v.optional(text()),
  website: v.optional(webUrl()),
  email: v.optional(email()),
});

export const taxonomyTermSchema = v.object({
  id: foreignId(),
  code: v.optional(label()),
  name: label(),
  /** Which vocabulary the term comes from, e.g. a municipality's social-map taxonomy. */
  vocabulary: v.optional(label()),
});

export const serviceAtLocationSchema = v.object({
  id: v.optional(foreignId()),
  location_id: foreignId(),
  description: v.optional(text()),
  schedules: v.optional(v.array(scheduleSchema)),
});

/** Everything the finder needs that HSDS 3 has no field for. */
export const wijkwijzerExtensionSchema = v.object({
  themes: v.optional(uniqueList(label())),
  target_groups: v.optional(uniqueList(label())),
  neighbourhoods: v.optional(uniqueList(label())),
  cost: v.optional(
    v.object({
      free: v.boolean(),
      description: v.optional(text()),
    }),
  ),
  languages: v.optional(uniqueList(languageTag())),
  wheelchair_accessible: v.optional(v.boolean()),
  how_to_join: v.optional(text()),
});

export const serviceSchema = v.object({
  id: foreignId(),
  organization_id: foreignId(),
  name: label(),
  alternate_name: v.optional(label()),
  status: v.picklist(['active', 'inactive', 'defunct', 'temporarily closed']),
  description: v.optional(text()),
  url: v.optional(webUrl()),
  email: v.optional(email()),
  eligibility_description: v.optional(text()),
  assured_date: v.optional(isoDate()),
  last_modified: v.optional(isoDateOrDateTime()),
  phones: v.optional(v.array(phoneSchema)),
  schedules: v.optional(v.array(scheduleSchema)),
  service_at_locations: v.optional(v.array(serviceAtLocationSchema)),
  taxonomy_terms: v.optional(v.array(taxonomyTermSchema)),
  wijkwijzer: v.optional(wijkwijzerExtensionSchema),
});

export const initiativeFeedSchema = v.pipe(
  v.object({
    $schema: v.optional(v.string()),
    /** Who publishes the feed and when, so a stale feed can be noticed. */
    publisher: v.optional(label()),
    /** Where residents report a mistake ("Klopt er iets niet?"): the publisher's address for corrections. */
    contact_email: v.optional(email()),
    /** True for made-up example data; the finder then says so, so nobody goes to a place that does not exist. */
    demo: v.optional(v.boolean(), false),
    updated: v.optional(isoDateOrDateTime()),
    organizations: v.pipe(v.array(organizationSchema), v.check((items) => idsAreUnique(items), 'duplicate_ids')),
    services: v.pipe(v.array(serviceSchema), v.check((items) => idsAreUnique(items), 'duplicate_ids')),
    locations: v.optional(v.pipe(v.array(locationSchema), v.check((items) => idsAreUnique(items), 'duplicate_ids')), []),
  }),
);

export type Schedule = v.InferOutput<typeof scheduleSchema>;
export type Phone = v.InferOutput<typeof phoneSchema>;
export type Address = v.InferOutput<typeof addressSchema>;
export type Location = v.InferOutput<typeof locationSchema>;
export type Organization = v.InferOutput<typeof organizationSchema>;
export type TaxonomyTerm = v.InferOutput<typeof taxonomyTermSchema>;
export type ServiceAtLocation = v.InferOutput<typeof serviceAtLocationSchema>;
export type WijkwijzerExtension = v.InferOutput<typeof wijkwijzerExtensionSchema>;
export type Service = v.InferOutput<typeof serviceSchema>;
export type InitiativeFeed = v.InferOutput<typeof initiativeFeedSchema>;
