export * from './pointers.ts';
export * from './resolver.ts';
