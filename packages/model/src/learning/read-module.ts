/**
 * Reads a learning module for a player: the module, or where it is wrong. The same schema as
 * `validateLearningModule`, without its explanations in Dutch and English, which weigh more
 * than a player's whole engine: the partner gets paths and valibot's words in the console, and
 * the full explanation from `wijkwijzer validate`.
 */
import * as v from 'valibot';
import { formatJsonPath } from '../json-path.ts';
import { learningModuleSchema, type LearningModule } from '../learning-module.ts';

export type ModuleReadout = { module: LearningModule; problems: [] } | { module: undefined; problems: { path: string; message: string }[] };

export function readLearningModule(document: unknown): ModuleReadout {
  try {
    const result = v.safeParse(learningModuleSchema, document);
    if (result.success) return { module: result.output, problems: [] };
    return { module: undefined, problems: result.issues.map((issue) => ({ path: formatJsonPath(issue.path?.map((item) => item.key) ?? []), message: issue.message })) };
  } catch {
    // Only pathological input gets here (nesting deep enough to exhaust the stack).
    return { module: undefined, problems: [{ path: '$', message: 'too deeply nested' }] };
  }
}
