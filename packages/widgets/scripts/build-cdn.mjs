// CDN build: self-contained, minified ES modules. `wijkwijzer.js` registers every widget; each
// widget also has its own file (`initiative-finder.js`, …) for a page that needs only one.
// Each is one file; languages other than Dutch are separate modules in `locales/`, loaded only
// when a widget speaks them (the kit's `import('./locales/en.ts')` calls point there).
// Writes dist/cdn/size-report.json: what each file makes a page download before it runs.
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

const entries = { wijkwijzer: 'src/wijkwijzer.ts', ...Object.fromEntries(widgets.map((widget) => [widget, `src/${widget}/define.ts`])) };

rmSync('dist/cdn', { recursive: true, force: true });
const report = {};
for (const [name, entryPoint] of Object.entries(entries)) {
  const result = await build({
    entryPoints: { [name]: entryPoint },
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
    metafile: true,
    logLevel: 'warning',
    plugins: [minifyCssTemplates, localesAsSeparateModules],
  });
  const outputs = result.metafile.outputs;
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(`dist/cdn/${name}.js`);
  const files = [...initial];
  const lazy = Object.values(outputs)
    .flatMap((output) => output.imports)
    .filter((imported) => imported.kind === 'dynamic-import' && imported.external)
    .map((imported) => `dist/cdn/${imported.path.replace('./', '')}`);
  const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  report[`${name}.js`] = {
    initialFiles: files.map((file) => file.replace('dist/cdn/', '')),
    minifiedBytes: files.reduce((sum, file) => sum + outputs[file].bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzip(file), 0),
    lazyModules: lazy.map((file) => file.replace('dist/cdn/', '')),
  };
  const entry = report[`${name}.js`];
  console.log(`dist/cdn/${name}.js: ${(entry.minifiedBytes / 1024).toFixed(1)} kB minified, ${(entry.gzipBytes / 1024).toFixed(1)} kB gzip before it runs`);
}
// The language modules themselves: plain data, one small file each.
const localeEntries = Object.fromEntries(
  ['base', 'vocabulary', ...widgets].flatMap((folder) =>
    ['en', 'ar'].map((language) => [`locales/${folder === 'base' ? 'common' : folder}.${language}`, `src/${folder}/locales/${language}.ts`]),
  ),
);
await build({ entryPoints: localeEntries, outdir: 'dist/cdn', bundle: true, format: 'esm', minify: true, target: 'es2022', logLevel: 'warning' });

writeFileSync('dist/cdn/size-report.json', `${JSON.stringify(report, null, 2)}\n`);
