/** Turns a fetched or given document into the module the widget plays (the data source's `read`). */
import { readLearningModule, type LearningModule } from '@wijkwijzer/model';
import type { ReadContext, Readout } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';

/** A module as read from its source, with the URL its image paths point from. */
export interface OpenedModule {
  module: LearningModule;
  baseUrl: string;
}

export function readModule(document: unknown, { baseUrl }: ReadContext): Readout<OpenedModule> {
  const { module, problems } = readLearningModule(document);
  if (!module) {
    console.error('wijkwijzer: the learning module is not valid; `npx wijkwijzer validate <file>` explains why.', problems.slice(0, 20));
    throw new LoadError('invalid');
  }
  return { value: { module, baseUrl } };
}
