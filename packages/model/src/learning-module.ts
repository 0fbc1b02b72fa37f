/**
 * Learning module ("Welkome wijk"): lessons made of steps. Step ids are stable and unique in a
 * module, so a learner's saved progress still fits after the text of a step is edited.
 */
import * as v from 'valibot';
import { id, label, languageTag, resourceAddress, text, webUrl } from './common.ts';

export const AUDIENCES = ['residents', 'staff'] as const;

const choiceOptionSchema = v.strictObject({
  id: id(),
  label: label(),
  correct: v.boolean(),
  /** Shown after the learner picks this option: why it is (not) a good answer. */
  feedback: text(),
});

/**
 * Plain text; a blank line starts a new paragraph and lines starting with "- " form a list.
 * Never HTML: the widget renders it as text.
 */
const textStepSchema = v.strictObject({
  id: id(),
  kind: v.literal('text'),
  title: v.optional(label()),
  body: text(),
  image: v.optional(v.strictObject({ src: resourceAddress(), alt: text() })),
  links: v.optional(v.array(v.strictObject({ title: label(), url: webUrl() }))),
});

/** A question with options; `isAnswerKeyValid` says how many options may be correct. */
function choiceStep<const TKind extends string, const TMessage extends string>(
  kind: TKind,
  isAnswerKeyValid: (correctOptions: number) => boolean,
  message: TMessage,
) {
  return v.pipe(
    v.strictObject({
      id: id(),
      kind: v.literal(kind),
      question: text(),
      options: v.pipe(v.array(choiceOptionSchema), v.minLength(2, 'at_least_two')),
    }),
    v.forward(
      v.partialCheck([['options']], (s) => isAnswerKeyValid(s.options.filter((o) => o.correct).length), message),
      ['options'],
    ),
  );
}

const singleChoiceStepSchema = choiceStep('single_choice', (correct) => correct === 1, 'exactly_one_correct');
const multipleChoiceStepSchema = choiceStep('multiple_choice', (correct) => correct >= 1, 'at_least_one_correct');

const reflectionStepSchema = v.strictObject({
  id: id(),
  kind: v.literal('reflection'),
  prompt: text(),
  hint: v.optional(text()),
});

/** A situation from practice with possible reactions, each with feedback; no single right answer. */
const scenarioStepSchema = v.strictObject({
  id: id(),
  kind: v.literal('scenario'),
  situation: text(),
  question: text(),
  options: v.pipe(
    v.array(
      v.strictObject({
        id: id(),
        label: label(),
        feedback: text(),
      }),
    ),
    v.minLength(2, 'at_least_two'),
  ),
});

export const stepSchema = v.variant('kind', [
  textStepSchema,
  singleChoiceStepSchema,
  multipleChoiceStepSchema,
  reflectionStepSchema,
  scenarioStepSchema,
]);

export const lessonSchema = v.strictObject({
  id: id(),
  title: label(),
  steps: v.pipe(v.array(stepSchema), v.minLength(1, 'at_least_one')),
});

function stepIdsAreUnique(lessons: readonly { steps: readonly { id: string }[] }[]): boolean {
  const ids = lessons.flatMap((lesson) => lesson.steps.map((step) => step.id));
  return new Set(ids).size === ids.length;
}

export const learningModuleSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    id: id(),
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'semver')),
    audience: v.picklist(AUDIENCES),
    language: languageTag(),
    title: label(),
    summary: text(),
    estimated_minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)),
    lessons: v.pipe(v.array(lessonSchema), v.minLength(1, 'at_least_one')),
  }),
  v.forward(
    v.partialCheck(
      [['lessons', '$', 'steps', '$', 'id'], ['lessons', '$', 'id']],
      (module) => stepIdsAreUnique(module.lessons) && new Set(module.lessons.map((l) => l.id)).size === module.lessons.length,
      'duplicate_ids',
    ),
    ['lessons'],
  ),
);

export type Audience = (typeof AUDIENCES)[number];
export type Step = v.InferOutput<typeof stepSchema>;
export type StepKind = Step['kind'];
export type Lesson = v.InferOutput<typeof lessonSchema>;
export type LearningModule = v.InferOutput<typeof learningModuleSchema>;
