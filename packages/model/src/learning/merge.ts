/**
 * One learner, one module, two records of their progress (two tabs, or this tab and what is
 * stored): made into one, per step, so nothing either side did is lost.
 */
import type { Answer, Progress } from './progress.ts';

/** When an answer was given; answers stored before answers had times count as oldest. */
export function answerTime(answer: unknown): number {
  const at = (answer as { at?: unknown } | null)?.at;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

/** A key order-independent text of a JSON value, so ties between two answers break the same way in every tab. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The later of two answers to one step; the same one whichever tab asks. */
export function laterAnswer<T>(a: T, b: T): T {
  const difference = answerTime(a) - answerTime(b);
  if (difference !== 0) return difference > 0 ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

/**
 * Merges two records of the same module's progress. Done steps are the union; each step keeps
 * its later answer. A start-over (`startedAt`) on either side erases the other side's older
 * entries, but not answers given after it in a tab that had not heard of it yet.
 *
 * Commutative and idempotent for done steps, answers, `finished` and `startedAt`; where the
 * learner is (`currentStepId`) and the module version are `ours`, the tab doing the merge.
 */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const startedAt = Math.max(ours.startedAt ?? 0, theirs.startedAt ?? 0);
  const isCurrentAttempt = (progress: Progress) => (progress.startedAt ?? 0) === startedAt;
  const answers = new Map<string, Answer>();
  for (const side of [ours, theirs]) {
    for (const [stepId, answer] of Object.entries(side.answers)) {
      if (!isCurrentAttempt(side) && answerTime(answer) <= startedAt) continue;
      const other = answers.get(stepId);
      answers.set(stepId, other ? laterAnswer(other, answer) : answer);
    }
  }
  // Where the other tab's learner is counts only when this tab is nowhere yet, and not from an erased attempt.
  const currentStepId = ours.currentStepId ?? (isCurrentAttempt(theirs) ? theirs.currentStepId : undefined);
  const doneStepIds = new Set([ours, theirs].flatMap((side) => (isCurrentAttempt(side) ? side.doneStepIds : [])));
  return {
    format: ours.format,
    moduleId: ours.moduleId,
    moduleVersion: ours.moduleVersion,
    ...(currentStepId ? { currentStepId } : {}),
    // Sorted, so the merge is the same whichever side comes first.
    doneStepIds: [...doneStepIds].sort(),
    answers: Object.fromEntries(answers),
    finished: [ours, theirs].some((side) => isCurrentAttempt(side) && side.finished),
    ...(startedAt > 0 ? { startedAt } : {}),
  };
}
