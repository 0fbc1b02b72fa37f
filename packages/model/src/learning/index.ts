export * from './progress.ts';
export * from './merge.ts';
export * from './stored-progress.ts';
export * from './session.ts';
export * from './resource-url.ts';
export * from './read-module.ts';
export * from './statements.ts';
export * from './text-blocks.ts';
