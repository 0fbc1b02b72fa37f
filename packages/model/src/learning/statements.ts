/**
 * Learning events shaped like xAPI statements with the cmi5 verbs, for a partner's LMS or
 * intranet to record. There is no actor: the widget does not know who the learner is, and
 * the host page adds one if it records statements at all.
 */
export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type Cmi5Verb = keyof typeof CMI5_VERBS;

export interface LearningStatement {
  verb: { id: (typeof CMI5_VERBS)[Cmi5Verb]; display: { 'en-US': Cmi5Verb } };
  object: { id: string; objectType: 'Activity'; definition?: { name?: Record<string, string>; type?: string } };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

/** Activity ids under one base, so statements from different modules never collide. */
export const ACTIVITY_BASE = 'https://wijkwijzer.nl/xapi/activities/modules/';

export function activityId(moduleId: string, lessonId?: string, stepId?: string): string {
  const parts = [moduleId, lessonId && `lessons/${lessonId}`, stepId && `steps/${stepId}`].filter(Boolean).map((part) => encodeURI(part!));
  return `${ACTIVITY_BASE}${parts.join('/')}`;
}

export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

export function statement(
  verb: Cmi5Verb,
  object: { id: string; name?: string; language?: string; type?: 'module' | 'lesson' | 'interaction' },
  result?: LearningStatement['result'],
  now: Date = new Date(),
): LearningStatement {
  const activityTypes = {
    module: 'http://adlnet.gov/expapi/activities/course',
    lesson: 'http://adlnet.gov/expapi/activities/module',
    interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  };
  return {
    verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
    object: {
      id: object.id,
      objectType: 'Activity',
      definition: {
        ...(object.name ? { name: { [object.language ?? 'nl']: object.name } } : {}),
        ...(object.type ? { type: activityTypes[object.type] } : {}),
      },
    },
    ...(result ? { result } : {}),
    timestamp: now.toISOString(),
  };
}
