/**
 * Finding the trusted sources for a question: topics by id, by a word residents use, or by a
 * GP's ICPC-2 code; crisis lines first; a partner's local pointers beside the national ones;
 * pointers overdue for review marked (or left out). No DOM, shared by the widget and the CLI.
 */
import type { TrustedPointer, TrustedPointerList } from '../trusted-pointer.ts';
import { foldDiacritics } from '../finder/text.ts';

export type Topic = NonNullable<TrustedPointerList['topics']>[number];

const DAY_MS = 86_400_000;
const URGENCY_ORDER = { now: 0, soon: 1, information: 2 } as const;

/** The date a pointer is due for review: its last successful check (or the day it was added) plus its interval. */
export function reviewDueDate(pointer: TrustedPointer): Date {
  const from = pointer.last_checked_ok ?? pointer.date_added;
  return new Date(Date.parse(`${from}T00:00:00Z`) + pointer.review_interval_days * DAY_MS);
}

export function isOverdue(pointer: TrustedPointer, today: Date): boolean {
  return reviewDueDate(pointer).getTime() < Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
}

/** Finds a topic by its id, or by a word residents use for it ("schulden" → geldzorgen-en-schulden). */
export function findTopic(topics: readonly Topic[], asked: string): Topic | undefined {
  const wanted = foldDiacritics(asked.trim());
  if (!wanted) return undefined;
  return (
    topics.find((topic) => topic.id === wanted) ??
    topics.find((topic) => topic.keywords?.some((keyword) => foldDiacritics(keyword) === wanted)) ??
    topics.find((topic) => topic.id.split('-').includes(wanted))
  );
}

/** Finds the topic a GP code (ICPC-2, e.g. "ICPC:P76" or "P76") leads to. */
export function findTopicByCode(topics: readonly Topic[], code: string): Topic | undefined {
  const normalised = code.trim().toUpperCase().replace(/^(ICPC:)?/, 'ICPC:');
  return topics.find((topic) => topic.codes?.includes(normalised));
}

/** Topics whose title, description or words match what a resident types, best first. */
export function searchTopics(topics: readonly Topic[], query: string, language: 'nl' | 'en' | 'ar'): Topic[] {
  const words = foldDiacritics(query).split(/\s+/).filter((word) => word.length > 1);
  if (words.length === 0) return [...topics];
  const scored = topics.map((topic) => {
    const title = foldDiacritics(`${topic.title[language] ?? ''} ${topic.title.nl}`);
    const rest = foldDiacritics(`${topic.description?.[language] ?? topic.description?.nl ?? ''} ${(topic.keywords ?? []).join(' ')}`);
    const score = words.reduce((sum, word) => sum + (title.includes(word) ? 2 : rest.includes(word) ? 1 : 0), 0);
    return { topic, score };
  });
  return scored.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score).map((entry) => entry.topic);
}

export interface TopicPointers {
  topic: Topic;
  /** Urgent pointers with a phone number: shown first, as numbers to call. */
  crisisLines: TrustedPointer[];
  pointers: (TrustedPointer & { overdue: boolean })[];
}

/**
 * The pointers for one topic: crisis lines apart, then by urgency, a partner's own (local)
 * pointers before the national ones at the same urgency.
 */
export function pointersFor(
  topic: Topic,
  pointers: readonly TrustedPointer[],
  { today, hideOverdue = false }: { today: Date; hideOverdue?: boolean },
): TopicPointers {
  const forTopic = pointers
    .filter((pointer) => pointer.topic === topic.id)
    .map((pointer) => ({ ...pointer, overdue: isOverdue(pointer, today) }))
    .filter((pointer) => !(hideOverdue && pointer.overdue));
  const crisisLines = forTopic.filter((pointer) => pointer.urgency === 'now' && pointer.phone);
  const others = forTopic
    .filter((pointer) => !crisisLines.includes(pointer))
    .sort(
      (a, b) =>
        URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || Number(b.scope === 'local') - Number(a.scope === 'local'),
    );
  return { topic, crisisLines, pointers: [...crisisLines, ...others] };
}
