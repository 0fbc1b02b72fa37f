export * from './pointers.ts';
