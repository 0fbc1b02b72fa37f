/**
 * The trusted sources for one topic: crisis lines first, a partner's local pointers beside the
 * national ones, pointers overdue for review marked (or left out). Finding the topics a question
 * is about is in `resolver.ts`. No DOM, shared by the widget and the CLI.
 */
import type { PointerPhone, TrustedPointer, TrustedPointerList } from '../trusted-pointer.ts';

export type Topic = NonNullable<TrustedPointerList['topics']>[number];

const DAY_MS = 86_400_000;
/** Most urgent first: a resident who needs help now sees that before anything else. */
export const URGENCY_RANK = { now: 0, soon: 1, information: 2 } as const;

/** The date a pointer is due for review: its last successful check (or the day it was added) plus its interval. */
export function reviewDueDate(pointer: TrustedPointer): Date {
  const from = pointer.last_checked_ok ?? pointer.date_added;
  return new Date(Date.parse(`${from}T00:00:00Z`) + pointer.review_interval_days * DAY_MS);
}

export function isOverdue(pointer: TrustedPointer, today: Date): boolean {
  return reviewDueDate(pointer).getTime() < Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
}

/** Urgent help: who answers, and the numbers to call them on. */
export interface CrisisLine {
  pointer: TrustedPointer;
  /** The pointer's numbers, less any already shown for another line (112 belongs to several topics). */
  phones: PointerPhone[];
}

/** Digits (and a leading +) only: "0800-0113" and "0800 0113" are one number. */
export const dialledNumber = (phone: string): string => phone.replace(/[^\d+]/g, '');

export interface TopicPointers {
  topic: Topic;
  /** Urgent pointers with at least one phone number: shown first, as numbers to call. */
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
  const crisisLines = forTopic.filter((pointer) => pointer.urgency === 'now' && (pointer.phones?.length ?? 0) > 0);
  const others = forTopic
    .filter((pointer) => !crisisLines.includes(pointer))
    .sort(
      (a, b) =>
        URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || Number(b.scope === 'local') - Number(a.scope === 'local'),
    );
  return { topic, crisisLines, pointers: [...crisisLines, ...others] };
}
