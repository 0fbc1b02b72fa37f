export * from './common.ts';
export * from './messages.ts';
export * from './initiative-feed.ts';
export * from './good-practice.ts';
export * from './learning-module.ts';
export * from './trusted-pointer.ts';
export * from './validate.ts';
export * from './finder/index.ts';
