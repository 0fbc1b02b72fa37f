/** The 7 principles of working together around residents, as the learning house explains them. */
import * as v from 'valibot';
import { id, label, text } from './common.ts';
import { PRINCIPLE_NUMBERS } from './good-practice.ts';

export const principleSchema = v.strictObject({
  number: v.picklist(PRINCIPLE_NUMBERS),
  slug: id(),
  /** The name in this file's language: in Dutch the official name itself, elsewhere a translation of it. */
  title: label(),
  /** The name exactly as the coalition published it, in Dutch, in every language's file: a fact, never reworded. */
  official_name: label(),
  /** The coalition's longer heading, in Dutch, where it differs from the name (principle 1). */
  official_heading: v.optional(label()),
  summary: text(),
  /** Plain text; a blank line starts a new paragraph. */
  explanation: text(),
  in_practice: v.pipe(v.array(text()), v.minLength(1, 'at_least_one')),
  questions: v.pipe(v.array(text()), v.minLength(1, 'at_least_one')),
});

/** All seven, in order, each number once. */
export const principleListSchema = v.pipe(
  v.array(principleSchema),
  v.check((list) => list.length === 7 && list.every((principle, index) => principle.number === index + 1), 'seven_in_order'),
);

export type Principle = v.InferOutput<typeof principleSchema>;
