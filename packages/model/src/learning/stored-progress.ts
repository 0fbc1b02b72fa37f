/**
 * Progress as it lies in storage, read entry by entry. What this version cannot read (an answer
 * of a kind a newer version added, a field it does not know, a newer format number) is set
 * aside and written back untouched in its place, so the newer version still finds it; one bad
 * entry never costs the learner the rest.
 *
 * Format numbers grow by adding only: an entry a newer version wrote that fits this version's
 * shape means what this version thinks it means.
 */
import { answerTime, laterAnswer, mergeProgress } from './merge.ts';
import { PROGRESS_FORMAT, readAnswer, type Answer, type Progress } from './progress.ts';
import { isRecord } from '../is-record.ts';

const KNOWN_FIELDS = new Set(['format', 'moduleId', 'moduleVersion', 'currentStepId', 'doneStepIds', 'answers', 'finished', 'startedAt']);

/** The parts of a stored record this version cannot read, verbatim. */
export interface SetAside {
  /** The stored format number, when a newer version wrote it. */
  format?: number;
  /** Top-level fields this version does not know. */
  fields: Record<string, unknown>;
  /** Answers this version cannot read, by step id. */
  answers: Record<string, unknown>;
  /** Entries of `doneStepIds` that are not step ids. */
  doneSteps: unknown[];
}

export interface StoredProgress {
  /** What could be read; `undefined` when nothing stored is this module's progress. */
  progress: Progress | undefined;
  setAside: SetAside;
}

export function nothingSetAside(): SetAside {
  return { fields: {}, answers: {}, doneSteps: [] };
}

export function hasSetAside(setAside: SetAside): boolean {
  return (
    setAside.format !== undefined ||
    Object.keys(setAside.fields).length > 0 ||
    Object.keys(setAside.answers).length > 0 ||
    setAside.doneSteps.length > 0
  );
}


/**
 * Reads a stored record. Anything that is not a record of some module's progress (corrupt JSON,
 * a string, no module id) is no progress at all, and is overwritten by the next save.
 */
export function readStoredProgress(stored: unknown): StoredProgress {
  const setAside = nothingSetAside();
  if (!isRecord(stored) || typeof stored.moduleId !== 'string') return { progress: undefined, setAside };
  if (typeof stored.format === 'number' && stored.format > PROGRESS_FORMAT) setAside.format = stored.format;
  setAside.fields = Object.fromEntries(Object.entries(stored).filter(([name]) => !KNOWN_FIELDS.has(name)));

  const readable: [string, Answer][] = [];
  const unreadable: [string, unknown][] = [];
  for (const [stepId, raw] of Object.entries(isRecord(stored.answers) ? stored.answers : {})) {
    const answer = readAnswer(raw);
    if (answer) readable.push([stepId, answer]);
    else unreadable.push([stepId, raw]);
  }
  setAside.answers = Object.fromEntries(unreadable);

  const doneStepIds = new Set<string>();
  for (const entry of Array.isArray(stored.doneStepIds) ? stored.doneStepIds : []) {
    if (typeof entry === 'string') doneStepIds.add(entry);
    else setAside.doneSteps.push(entry);
  }

  const { moduleVersion, currentStepId, startedAt } = stored;
  const progress: Progress = {
    format: PROGRESS_FORMAT,
    moduleId: stored.moduleId,
    moduleVersion: typeof moduleVersion === 'string' ? moduleVersion : '',
    ...(typeof currentStepId === 'string' ? { currentStepId } : {}),
    doneStepIds: [...doneStepIds],
    answers: Object.fromEntries(readable),
    finished: stored.finished === true,
    ...(typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt > 0 ? { startedAt } : {}),
  };
  return { progress, setAside };
}

/** The record to store: the progress, with every set-aside part back in its place. */
export function storedRecord(progress: Progress, setAside: SetAside = nothingSetAside()): Record<string, unknown> {
  return {
    ...setAside.fields,
    ...progress,
    format: Math.max(setAside.format ?? PROGRESS_FORMAT, PROGRESS_FORMAT),
    doneStepIds: [...progress.doneStepIds, ...setAside.doneSteps],
    answers: { ...setAside.answers, ...progress.answers },
  };
}

export interface MergedWithStored {
  /** This tab's progress with what was stored merged in. */
  progress: Progress;
  /** What is set aside in the record to store. */
  setAside: SetAside;
  /** The record to store. */
  record: Record<string, unknown>;
}

/**
 * Read, merge per step, write: what a tab stores when it saves. Another tab's answers stored in
 * between are kept; set-aside parts stay, unless this tab answered the same step later or the
 * learner started over since they were stored.
 */
export function mergeWithStored(local: Progress, stored: unknown): MergedWithStored {
  const read = readStoredProgress(stored);
  const theirs = read.progress?.moduleId === local.moduleId ? read.progress : undefined;
  if (!theirs) return { progress: local, setAside: nothingSetAside(), record: storedRecord(local) };
  const merged = mergeProgress(local, theirs);
  const storedAttemptErased = (merged.startedAt ?? 0) > (theirs.startedAt ?? 0);

  const answers = new Map(Object.entries(merged.answers));
  const keptAnswers: [string, unknown][] = [];
  for (const [stepId, raw] of Object.entries(read.setAside.answers)) {
    if (storedAttemptErased && answerTime(raw) <= (merged.startedAt ?? 0)) continue;
    const readable = answers.get(stepId);
    if (readable && laterAnswer<unknown>(readable, raw) === readable) continue;
    // The set-aside answer is the later one: it stays, and this version shows no answer there.
    answers.delete(stepId);
    keptAnswers.push([stepId, raw]);
  }
  const setAside: SetAside = {
    ...read.setAside,
    answers: Object.fromEntries(keptAnswers),
    doneSteps: storedAttemptErased ? [] : read.setAside.doneSteps,
  };
  const progress = { ...merged, answers: Object.fromEntries(answers) };
  return { progress, setAside, record: storedRecord(progress, setAside) };
}
