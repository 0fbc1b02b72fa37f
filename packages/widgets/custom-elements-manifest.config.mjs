// Generates custom-elements.json from the JSDoc on each widget class (@attr, @fires, @csspart…).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/testing/**'],
  outdir: '.',
  litelement: true,
};
