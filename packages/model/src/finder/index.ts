export * from './distance.ts';
export * from './finder.ts';
export * from './initiatives.ts';
export * from './merge.ts';
export * from './prepare.ts';
export * from './schedule.ts';
export * from './text.ts';
export * from './search-index.ts';
export { runInSlices, runNow, type SliceOptions, type Steps } from './steps.ts';
