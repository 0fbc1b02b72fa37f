/** Good practice: one example of partners working together around residents, for the learning house. */
import * as v from 'valibot';
import { id, label, languageTag, nonEmptyUniqueList, text, uniqueList, webUrl } from './common.ts';

/** The 7 principles of working together around residents, numbered as in the learning house. */
export const PRINCIPLE_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DOMAINS = ['wonen', 'welzijn', 'zorg'] as const;
/** Recognition levels used by Dutch good-practice databanks (e.g. Movisie, Loket Gezond Leven). */
export const RECOGNITION_LEVELS = ['goed beschreven', 'goed onderbouwd', 'effectief'] as const;

/** A document the practice comes from; a link only to a page that is that document (none when it is not public). */
export const sourceSchema = v.strictObject({
  title: label(),
  url: v.optional(webUrl()),
});

export const goodPracticeSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: id(),
  /** Language of this text; a translation is a second file with the same id. */
  language: v.optional(languageTag(), 'nl'),
  title: label(),
  summary: text(),
  place: label(),
  region: label(),
  principles: nonEmptyUniqueList(v.picklist(PRINCIPLE_NUMBERS)),
  themes: nonEmptyUniqueList(label()),
  domains: nonEmptyUniqueList(v.picklist(DOMAINS)),
  target_groups: nonEmptyUniqueList(label()),
  partners: nonEmptyUniqueList(label()),
  /** The year a source gives (e.g. when it started); left out when no source gives one. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'at_least_one')),
  /** What another neighbourhood can take from it. */
  takeaways: v.pipe(v.array(text()), v.minLength(1, 'at_least_one')),
  recognition: v.optional(
    v.strictObject({
      level: v.picklist(RECOGNITION_LEVELS),
      databank: label(),
      url: webUrl(),
    }),
  ),
  tags: v.optional(uniqueList(label())),
});

export type GoodPractice = v.InferOutput<typeof goodPracticeSchema>;
export type PrincipleNumber = (typeof PRINCIPLE_NUMBERS)[number];
export type Domain = (typeof DOMAINS)[number];
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];
