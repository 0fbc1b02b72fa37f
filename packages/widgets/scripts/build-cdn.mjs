// CDN build: minified ES modules that share their common code. `loader.js` (about 1 kB) loads a
// widget's own file the first time its tag appears; each widget file (`initiative-finder.js`, …)
// imports the shared chunks (`chunk-*.js`: Lit, i18next, the base), so a page with three widgets
// downloads it once. `wijkwijzer.js` registers every widget at once. Languages other than Dutch
// are separate modules in `locales/`, loaded only when a widget speaks them.
// Writes dist/cdn/size-report.json: what each entry, and a page with one or with all three
// resident widgets, downloads before it runs (following the real static imports).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

/**
 * esbuild leaves template literals as written; the styles are plain CSS without interpolation,
 * so each css`…` block is minified with esbuild's own CSS minifier.
 */
const minifyCssTemplates = {
  name: 'minify-css-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      let source = readFileSync(path, 'utf8');
      for (const [whole, css] of source.matchAll(/css`([^`$]*)`/g)) {
        const { code } = await transform(css, { loader: 'css', minify: true });
        source = source.replace(whole, `css\`${code.trim()}\``);
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

const widgets = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(`src/${entry.name}`).includes('define.ts'))
  .map((entry) => entry.name);
/** `import('./locales/en.ts')` in src/<folder>/ → `./locales/<folder>.en.js` next to the bundle. */
const localesAsSeparateModules = {
  name: 'locales-as-separate-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/locales\/(en|ar)\.ts$/ }, ({ path, resolveDir, kind }) => {
      if (kind !== 'dynamic-import') return undefined;
      const folder = resolveDir.split('/').at(-1) === 'base' ? 'common' : resolveDir.split('/').at(-1);
      return { path: `./locales/${folder}.${path.slice('./locales/'.length, -'.ts'.length)}.js`, external: true };
    });
  },
};

const widgetEntries = Object.fromEntries(widgets.map((widget) => [widget, `src/${widget}/define.ts`]));
const entries = { wijkwijzer: 'src/wijkwijzer.ts', ...widgetEntries };

rmSync('dist/cdn', { recursive: true, force: true });
const shared = {
  outdir: 'dist/cdn',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: 'tsconfig.build.json',
  // The production build of Lit: no dev-mode warnings on partners' pages.
  conditions: ['production'],
  // Arabic and Dutch text as UTF-8, not \u escapes (module scripts are always read as UTF-8).
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
};
const result = await build({
  ...shared,
  entryPoints: entries,
  splitting: true,
  // Chunks beside the entries: the language modules' `./locales/…` paths then hold from both.
  chunkNames: 'chunk-[hash]',
  plugins: [minifyCssTemplates, localesAsSeparateModules],
});
// The loader imports nothing and must also parse as a classic script: an IIFE of its own.
const loader = await build({ ...shared, entryPoints: { loader: 'src/loader.ts' }, format: 'iife' });
const outputs = { ...result.metafile.outputs, ...loader.metafile.outputs };

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
/** Every file a page downloads before the entry runs: the entry and its static imports. */
function initialFiles(entryFile, into = new Set()) {
  if (into.has(entryFile)) return into;
  into.add(entryFile);
  for (const imported of outputs[entryFile]?.imports ?? []) if (imported.kind === 'import-statement') initialFiles(imported.path, into);
  return into;
}
const describe = (files) => ({
  initialFiles: [...files].map((file) => file.replace('dist/cdn/', '')).sort(),
  minifiedBytes: [...files].reduce((sum, file) => sum + outputs[file].bytes, 0),
  gzipBytes: [...files].reduce((sum, file) => sum + gzip(file), 0),
});
const lazyModules = [
  ...new Set(
    Object.values(outputs)
      .flatMap((output) => output.imports)
      .filter((imported) => imported.kind === 'dynamic-import' && imported.external)
      .map((imported) => imported.path.replace('./', '')),
  ),
];

const report = {};
for (const name of ['loader', ...Object.keys(entries)]) report[`${name}.js`] = { ...describe(initialFiles(`dist/cdn/${name}.js`)), lazyModules };
const sharedChunks = Object.keys(outputs).filter((file) => file.startsWith('dist/cdn/chunk-') && file.endsWith('.js'));
for (const chunk of sharedChunks) report[chunk.replace('dist/cdn/', '')] = describe(new Set([chunk]));
// What a partner's page downloads: the loader plus what each widget on it needs, each file once.
const RESIDENT_WIDGETS = ['initiative-finder', 'learning-module', 'trusted-info'];
const page = (names) => {
  const files = new Set(['dist/cdn/loader.js']);
  for (const name of names) initialFiles(`dist/cdn/${name}.js`, files);
  return describe(files);
};
for (const name of widgets) report[`page with ${name}`] = page([name]);
report['page with all three widgets'] = page(RESIDENT_WIDGETS);
for (const [name, entry] of Object.entries(report)) {
  console.log(`dist/cdn/${name}: ${(entry.minifiedBytes / 1000).toFixed(1)} kB minified, ${(entry.gzipBytes / 1000).toFixed(1)} kB gzip before it runs`);
}
// The language modules themselves: plain data, one small file each.
const localeEntries = Object.fromEntries(
  ['base', 'vocabulary', ...widgets].flatMap((folder) =>
    ['en', 'ar'].map((language) => [`locales/${folder === 'base' ? 'common' : folder}.${language}`, `src/${folder}/locales/${language}.ts`]),
  ),
);
await build({ entryPoints: localeEntries, outdir: 'dist/cdn', bundle: true, format: 'esm', minify: true, charset: 'utf8', target: 'es2022', logLevel: 'warning' });

writeFileSync('dist/cdn/size-report.json', `${JSON.stringify(report, null, 2)}\n`);
