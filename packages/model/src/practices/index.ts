export * from './practice-search.ts';
