export * from './practice-search.ts';
export * from './tick-counts.ts';
