export * from './text.ts';
export { keywordsOf, type TopicMatch } from './matching.ts';
export * from './pointers.ts';
export * from './resolver.ts';
export * from './registry-text.ts';
