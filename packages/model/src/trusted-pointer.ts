/**
 * Trusted pointer: for one topic, a reliable source a GP or welfare site points residents to,
 * with who owns it, why it is trusted and when someone last checked it.
 */
import * as v from 'valibot';
import { id, idsAreUnique, isExistingDate, isoDate, label, languageTag, nonEmptyUniqueList, phoneNumber, text, uniqueList, webUrl } from './common.ts';

export const POINTER_AUDIENCES = ['residents', 'professionals', 'everyone'] as const;
/** How quickly a resident with this question needs help: plain information, help soon, or now. */
export const URGENCIES = ['information', 'soon', 'now'] as const;

export const trustedPointerSchema = v.pipe(
  v.strictObject({
    id: id(),
    topic: id(),
    title: label(),
    url: webUrl(),
    owner: label(),
    why_trusted: text(),
    /** A number to call, shown as a tel: link first for urgent topics (e.g. 113, 0800-0113). */
    phone: v.optional(phoneNumber()),
    /** National sources come with the kit; a partner's own desk or team is local. */
    scope: v.optional(v.picklist(['national', 'local']), 'national'),
    languages: nonEmptyUniqueList(languageTag()),
    audience: v.picklist(POINTER_AUDIENCES),
    urgency: v.picklist(URGENCIES),
    date_added: isoDate(),
    /** Date a link check last reached the page; null (or absent) until a check has run. */
    last_checked_ok: v.optional(v.nullable(isoDate()), null),
    review_interval_days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_096)),
  }),
  v.forward(
    v.partialCheck(
      [['date_added'], ['last_checked_ok']],
      (p) => !p.last_checked_ok || !isExistingDate(p.last_checked_ok) || !isExistingDate(p.date_added) || p.last_checked_ok >= p.date_added,
      'checked_before_added',
    ),
    ['last_checked_ok'],
  ),
);

/** A file of trusted pointers, as a partner or the learning house keeps them. */
export const trustedPointerListSchema = v.strictObject({
  $schema: v.optional(v.string()),
  topics: v.optional(
    v.array(
      v.strictObject({
        id: id(),
        /** The topic's name per language; Dutch is required. */
        title: v.strictObject({ nl: label(), en: v.optional(label()), ar: v.optional(label()) }),
        description: v.optional(v.strictObject({ nl: text(), en: v.optional(text()), ar: v.optional(text()) })),
        /** Other words residents use for it, for the "ask" mode. */
        keywords: v.optional(uniqueList(label())),
        /** GP codes (ICPC-2) that lead to this topic, e.g. "ICPC:P76". */
        codes: v.optional(uniqueList(v.pipe(v.string(), v.regex(/^ICPC:[A-Z]\d{2}$/, 'icpc_code')))),
      }),
    ),
  ),
  pointers: v.pipe(v.array(trustedPointerSchema), v.check((items) => idsAreUnique(items), 'duplicate_ids')),
});

export type PointerAudience = (typeof POINTER_AUDIENCES)[number];
export type Urgency = (typeof URGENCIES)[number];
export type TrustedPointer = v.InferOutput<typeof trustedPointerSchema>;
export type TrustedPointerList = v.InferOutput<typeof trustedPointerListSchema>;
