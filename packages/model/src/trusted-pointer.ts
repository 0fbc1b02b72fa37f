/**
 * Trusted pointer: for one topic, a reliable source a GP or welfare site points residents to,
 * with who owns it, why it is trusted, numbers to call and when someone last checked it.
 *
 * Text a resident reads (title, owner, why trusted, a phone's label and hours) is given per
 * language, `{ "nl": …, "en": …, "ar": … }`; a plain string is Dutch only. The list's
 * `text_languages` says which languages every text must have; a missing one is reported with
 * its path (`$.pointers[3].why_trusted.ar`). A pointer's `languages` is something else: the
 * languages the source itself is written in.
 */
import * as v from 'valibot';
import { id, idsAreUnique, isExistingDate, isoDate, label, languageTag, nonEmptyUniqueList, phoneNumber, text, uniqueList, webUrl } from './common.ts';
import { TEXT_LANGUAGES, missingLanguages, type LocalizedText, type TextLanguage } from './trusted/text.ts';

export const POINTER_AUDIENCES = ['residents', 'professionals', 'everyone'] as const;
/** How quickly a resident with this question needs help: plain information, help soon, or now. */
export const URGENCIES = ['information', 'soon', 'now'] as const;

/** One value per language the widgets speak; Dutch is always there. */
const perLanguage = <T extends v.GenericSchema>(item: T) => v.strictObject({ nl: item, en: v.optional(item), ar: v.optional(item) });
/** A short text: a plain string (Dutch), or `{ nl, en, ar }`. */
const localizedLabel = () => v.union([label(), perLanguage(label())], 'localized_text');
/** A longer text: a plain string (Dutch), or `{ nl, en, ar }`. */
const localizedText = () => v.union([text(), perLanguage(text())], 'localized_text');

/** A number to call, with what it is and when someone answers. */
export const pointerPhoneSchema = v.strictObject({
  /** As people write it (0800-0113, 088-0767000, 112); shown as a tel: link. */
  number: phoneNumber(),
  /** What this number is, e.g. "Gratis nummer" or "Kort nummer". */
  label: localizedLabel(),
  /** When someone answers, in words ("Dag en nacht (24/7)"); left out when not known for sure. */
  hours: v.optional(localizedLabel()),
});

/** A chat (or text) line on the source's site, with what it is and when someone answers. */
export const pointerChatSchema = v.strictObject({
  /** The page where the chat starts; a web page, opened in the browser. */
  url: webUrl(),
  /** What this line is, e.g. "Chat" or "Chat voor jongeren". */
  label: localizedLabel(),
  /** When someone answers, in words; left out when not known for sure. */
  hours: v.optional(localizedLabel()),
});

export const trustedPointerSchema = v.pipe(
  v.strictObject({
    id: id(),
    topic: id(),
    title: localizedLabel(),
    url: webUrl(),
    owner: localizedLabel(),
    why_trusted: localizedText(),
    /** Numbers to call, most important first; for urgent topics they are shown first, as tel: links. */
    phones: v.optional(v.pipe(v.array(pointerPhoneSchema), v.minLength(1, 'at_least_one'))),
    /** Chat or text lines, shown beside the numbers (for urgent topics too), as links to the source's site. */
    chats: v.optional(v.pipe(v.array(pointerChatSchema), v.minLength(1, 'at_least_one'))),
    /** National sources come with the kit; a partner's own desk or team is local. */
    scope: v.optional(v.picklist(['national', 'local']), 'national'),
    /** The languages the source itself is written in (not the languages of this list's text). */
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

const keywordList = () => uniqueList(label());

export const trustedTopicSchema = v.strictObject({
  id: id(),
  /** The topic's name per language; Dutch is required. */
  title: perLanguage(label()),
  description: v.optional(perLanguage(text())),
  /**
   * Words residents use for it, for "ask" mode and the `topic` attribute: per language
   * (`{ nl: [...], en: [...], ar: [...] }`), or a plain list of Dutch words.
   */
  keywords: v.optional(v.union([keywordList(), v.strictObject({ nl: v.optional(keywordList()), en: v.optional(keywordList()), ar: v.optional(keywordList()) })], 'keywords')),
  /** GP codes (ICPC-2) that lead to this topic, e.g. "ICPC:P76". */
  codes: v.optional(uniqueList(v.pipe(v.string(), v.regex(/^ICPC:[A-Z]\d{2}$/, 'icpc_code')))),
});

type PathKey = string | number;
type TextAt = { path: PathKey[]; value: LocalizedText | undefined };

/** Every text a resident reads, with its path, for the check that each has every language. */
function textsOf(list: { topics?: { title: LocalizedText; description?: LocalizedText }[]; pointers: TrustedPointerShape[] }): TextAt[] {
  const texts: TextAt[] = [];
  list.topics?.forEach((topic, index) => {
    texts.push({ path: ['topics', index, 'title'], value: topic.title }, { path: ['topics', index, 'description'], value: topic.description });
  });
  list.pointers.forEach((pointer, index) => {
    for (const field of ['title', 'owner', 'why_trusted'] as const) texts.push({ path: ['pointers', index, field], value: pointer[field] });
    for (const lines of ['phones', 'chats'] as const) {
      pointer[lines]?.forEach((line, lineIndex) => {
        texts.push({ path: ['pointers', index, lines, lineIndex, 'label'], value: line.label });
        texts.push({ path: ['pointers', index, lines, lineIndex, 'hours'], value: line.hours });
      });
    }
  });
  return texts;
}

type TrustedPointerShape = v.InferOutput<typeof trustedPointerSchema>;

/** valibot path items for a path such as ['pointers', 3, 'title', 'ar'], so problems point at the field. */
function issuePath(root: unknown, keys: PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = root as Record<string, unknown>;
  const items = keys.map((key) => {
    const value = input?.[key as string];
    const item = (typeof key === 'number'
      ? { type: 'array', origin: 'value', input, key, value }
      : { type: 'object', origin: 'value', input, key, value }) as v.IssuePathItem;
    input = value as Record<string, unknown>;
    return item;
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** A file of trusted pointers, as a partner or the learning house keeps them. */
export const trustedPointerListSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    /**
     * The languages this file's own text is written in: every title, owner, why-trusted, topic
     * description and phone label must have each. Dutch is always required; default Dutch only.
     */
    text_languages: v.optional(uniqueList(v.picklist(TEXT_LANGUAGES)), ['nl']),
    topics: v.optional(v.array(trustedTopicSchema)),
    pointers: v.pipe(v.array(trustedPointerSchema), v.check((items) => idsAreUnique(items), 'duplicate_ids')),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const wanted: TextLanguage[] = [...new Set<TextLanguage>(['nl', ...dataset.value.text_languages])];
    for (const { path, value } of textsOf(dataset.value)) {
      if (value === undefined) continue;
      for (const language of missingLanguages(value, wanted)) {
        addIssue({ message: 'missing_language', input: value, path: issuePath(dataset.value, [...path, language]) });
      }
    }
  }),
);

export type PointerAudience = (typeof POINTER_AUDIENCES)[number];
export type Urgency = (typeof URGENCIES)[number];
export type PointerPhone = v.InferOutput<typeof pointerPhoneSchema>;
export type PointerChat = v.InferOutput<typeof pointerChatSchema>;
export type TrustedPointer = v.InferOutput<typeof trustedPointerSchema>;
/** A pointer as a partner writes it (scope and last check may be left out). */
export type TrustedPointerInput = v.InferInput<typeof trustedPointerSchema>;
export type TrustedPointerList = v.InferOutput<typeof trustedPointerListSchema>;
/** A list as a partner writes it (text_languages, scope and last check may be left out). */
export type TrustedPointerListInput = v.InferInput<typeof trustedPointerListSchema>;
