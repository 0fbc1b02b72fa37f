export * from './progress.ts';
export * from './statements.ts';
export * from './text-blocks.ts';
