// Checks the three publishable packages as npm would ship them: packs @wijkwijzer/model,
// @wijkwijzer/widgets and @wijkwijzer/content with `pnpm pack` (which applies publishConfig, so
// the workspace-only `source` export condition is gone), then
//   - our own checks on each tarball: README and the right LICENSE, publishConfig.access public,
//     repository and homepage, no `source` condition, every source map self-contained or pointing
//     at shipped files, and every package the shipped JavaScript and types import declared as a
//     dependency (so the widgets can never again need @wijkwijzer/content at run time);
//   - publint (--strict: warnings fail too) on each tarball;
//   - @arethetypeswrong/cli on model and widgets with `--profile esm-only`: both packages are ESM
//     only, on purpose, so `require()` from CommonJS and the `node10` resolution (which ignores
//     `exports`) are not checked, while node16-from-ESM and bundler resolution must be clean.
//     Wildcard subpaths (`./define/*.js`, `./*.js`) are listed one by one, since attw skips
//     wildcards. The content package has no JavaScript or types, so attw has nothing to check;
//   - a consumer: a fresh directory outside the workspace installs the three tarballs (plus the
//     app's own lit and i18next at the lowest versions the widgets accept, which must then be the
//     only copies), imports @wijkwijzer/model in Node, resolves the widgets' entry points, and runs
//     `npx wijkwijzer validate` on every data file of the installed content package;
//   - types as an app sees them: in that project, TypeScript (the workspace's version) --strict on
//     a TS file that uses the widgets' events on `document` and `window` and properties typed from
//     the model, and on React 19 and Preact TSX files that render the widgets through the JSX
//     types generated from custom-elements.json (`"types": ["@wijkwijzer/widgets/react"]`, no
//     declaration written by hand). skipLibCheck is on, as in an app made from Vite's templates
//     (checking valibot's and the DOM's declarations would take most of a minute); the
//     `@ts-expect-error` lines fail if any of our types quietly became `any`. Also reads the
//     manifest and editor files (VS Code, web-types) the installed package.json points to.
// Needs built packages (`pnpm run build`); reaches the npm registry only for lit, i18next, the
// model's dependencies, typescript, react, @types/react and preact (pnpm's store usually has
// them). Prints sizes; exits 1 on any problem.
// `--keep` leaves the temporary directory in place (it is kept on failure anyway).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['model', 'widgets', 'content'];
const started = Date.now();
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command; never throws: resolves with its exit code and output. */
function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      const failedToStart = error && typeof error.code !== 'number';
      resolvePromise({ code: error ? (failedToStart ? 1 : error.code) : 0, stdout, stderr, output: `${stdout}${stderr}${failedToStart ? error.message : ''}` });
    });
  });
}

async function step(title, body) {
  const since = Date.now();
  const before = problems.length;
  await body();
  console.log(`${problems.length === before ? 'ok  ' : 'FAIL'} ${title} (${seconds(since)})`);
}

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

for (const built of ['packages/model/dist/index.js', 'packages/model/dist/cli.js', 'packages/widgets/dist/index.js', 'packages/widgets/dist/cdn/wijkwijzer.js']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`check-packages: ${built} is missing; run \`pnpm run build\` first.`);
    process.exit(1);
  }
}

const temp = mkdtempSync(join(tmpdir(), 'wijkwijzer-packages-'));
const tarballDir = join(temp, 'tarballs');
mkdirSync(tarballDir);
/** name → { dir (workspace), tarball, unpacked, manifest (as packed) } */
const packages = {};

await step('pnpm pack model, widgets, content', async () => {
  await Promise.all(
    PACKAGES.map(async (name) => {
      const dir = join(ROOT, 'packages', name);
      const { version } = readJson(join(dir, 'package.json'));
      const result = await run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: dir });
      const tarball = join(tarballDir, `wijkwijzer-${name}-${version}.tgz`);
      if (result.code !== 0 || !existsSync(tarball)) return fail(`@wijkwijzer/${name}`, `pnpm pack failed:\n${result.output}`);
      const unpacked = join(temp, 'unpacked', name);
      mkdirSync(unpacked, { recursive: true });
      const untar = await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
      if (untar.code !== 0) return fail(`@wijkwijzer/${name}`, `tar failed: ${untar.output}`);
      packages[name] = { dir, tarball, unpacked, manifest: readJson(join(unpacked, 'package.json')) };
    }),
  );
});
if (Object.keys(packages).length < PACKAGES.length) finish();

/** Every string a package.json `exports` value can point to, with the conditions on the way. */
function* exportTargets(value, conditions = []) {
  if (typeof value === 'string') yield { target: value, conditions };
  else if (Array.isArray(value)) for (const item of value) yield* exportTargets(item, conditions);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* exportTargets(item, [...conditions, key]);
}

const BUILTINS = new Set(builtinModules);
const packageNameOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBare = (specifier) => !/^(\.|\/|node:|data:|https?:)/.test(specifier) && /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[^\s]*)?$/i.test(specifier);
/** Static imports/exports (also minified) and dynamic import()s, including `import("x").T` in types. */
const IMPORT_PATTERNS = [/(?:^|[\s;})])(?:import|export)\s*(?:type\s+)?(?:[\w*$\s{},]*?from\s*)?(['"])([^'"\s]+)\1/gm, /\bimport\s*\(\s*(['"])([^'"\s]+)\1\s*\)/g];

await step('contents of each tarball (README, LICENSE, fields, source maps, declared imports)', async () => {
  for (const [name, { unpacked, manifest }] of Object.entries(packages)) {
    const where = `@wijkwijzer/${name}`;
    const files = filesUnder(unpacked).map((file) => relative(unpacked, file));
    const shipped = new Set(files);
    if (!shipped.has('README.md')) fail(where, 'no README.md in the tarball');
    const licence = shipped.has('LICENSE') ? readFileSync(join(unpacked, 'LICENSE'), 'utf8') : '';
    const expected = { 'EUPL-1.2': 'EUROPEAN UNION PUBLIC LICENCE v. 1.2', 'CC-BY-4.0': 'Creative Commons Attribution 4.0 International Public License' }[manifest.license];
    if (!expected) fail(where, `unexpected licence ${manifest.license}`);
    else if (!licence.includes(expected)) fail(where, `LICENSE does not hold the ${manifest.license} text`);
    if (manifest.publishConfig?.access !== 'public') fail(where, 'publishConfig.access is not "public"');
    if (!manifest.repository?.url || !manifest.repository?.directory) fail(where, 'repository (url and directory) is missing');
    if (!manifest.homepage) fail(where, 'homepage is missing');
    if (manifest.sideEffects === undefined) fail(where, 'sideEffects is missing');
    if (files.some((file) => file.endsWith('.js')) && !manifest.types) fail(where, 'types is missing');
    for (const { target, conditions } of exportTargets(manifest.exports)) {
      if (conditions.includes('source')) fail(where, `the packed exports still have a "source" condition (${target})`);
    }
    for (const [field, value] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (String(value).startsWith('workspace:')) fail(where, `${field} is still ${value} in the packed package.json`);
    }

    // Source maps: each source is either inlined (sourcesContent) or a file in the tarball.
    for (const file of files.filter((file) => file.endsWith('.map'))) {
      const map = readJson(join(unpacked, file));
      map.sources.forEach((source, index) => {
        if (typeof map.sourcesContent?.[index] === 'string') return;
        const path = relative(unpacked, resolve(unpacked, dirname(file), map.sourceRoot ?? '', source));
        if (!shipped.has(path)) fail(where, `${file} points at ${source}, which is not in the tarball and not inlined`);
      });
    }

    // Every package imported by shipped code is declared (node builtins and the package itself aside).
    const declared = new Set([manifest.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies })]);
    const undeclared = new Map();
    for (const file of files.filter((file) => /\.(m?js|d\.ts)$/.test(file))) {
      const code = readFileSync(join(unpacked, file), 'utf8');
      for (const pattern of IMPORT_PATTERNS) {
        for (const match of code.matchAll(pattern)) {
          const specifier = match[2];
          if (!isBare(specifier) || BUILTINS.has(packageNameOf(specifier))) continue;
          if (!declared.has(packageNameOf(specifier))) undeclared.set(specifier, file);
        }
      }
    }
    for (const [specifier, file] of undeclared) fail(where, `${file} imports ${specifier}, which is not a dependency or peer dependency`);
  }
});

await step('publint --strict on each tarball', async () => {
  const results = await Promise.all(Object.values(packages).map(({ tarball }) => run(bin('publint'), ['run', tarball, '--strict'])));
  Object.keys(packages).forEach((name, index) => {
    const { code, output } = results[index];
    if (code !== 0 || !/All good!/.test(output)) fail(`@wijkwijzer/${name}`, `publint:\n${output.trim()}`);
  });
});

await step('attw --profile esm-only on model and widgets', async () => {
  /** Concrete subpaths behind the wildcard exports, found in the tarball itself. */
  const wildcardEntries = (name) => {
    const dist = join(packages[name].unpacked, 'dist');
    const folders = readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    if (name === 'widgets') {
      return folders.flatMap((folder) => [
        ...(existsSync(join(dist, folder, 'define.js')) ? [`./define/${folder}.js`] : []),
        ...(existsSync(join(dist, folder, `${folder}.js`)) ? [`./${folder}.js`] : []),
      ]);
    }
    return [];
  };
  const checked = ['model', 'widgets'];
  const results = await Promise.all(
    checked.map((name) => {
      const extra = wildcardEntries(name);
      // Stylesheets (the NL Design System theme) are exports without types: nothing for attw to resolve.
      const exportsOf = JSON.parse(readFileSync(join(packages[name].unpacked, 'package.json'), 'utf8')).exports ?? {};
      const stylesheets = Object.keys(exportsOf).filter((key) => key.endsWith('.css'));
      return run(bin('attw'), [
        packages[name].tarball,
        ...['--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'],
        ...(extra.length > 0 ? ['--include-entrypoints', ...extra] : []),
        ...(stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : []),
      ]);
    }),
  );
  checked.forEach((name, index) => {
    const { code, output } = results[index];
    const entryPoints = output.match(/^"@wijkwijzer\/[^"]+"$/gm) ?? [];
    if (code !== 0) fail(`@wijkwijzer/${name}`, `attw:\n${output.trim()}`);
    else console.log(`     attw @wijkwijzer/${name}: ${entryPoints.length} entry points, no problems for node16 (ESM) and bundler`);
  });
});

const consumer = join(temp, 'consumer');
let consumerInstalled = false;
await step('consumer: install the tarballs into a fresh project, import the model, run the CLI with npx', async () => {
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'wijkwijzer-consumer', private: true, type: 'module' }, null, 2)}\n`);
  // Until @wijkwijzer/model is on the registry, the widgets' `@wijkwijzer/model: ^x` comes from its tarball.
  writeFileSync(join(consumer, 'pnpm-workspace.yaml'), `overrides:\n  '@wijkwijzer/model': 'file:${packages.model.tarball}'\n`);
  // The app's own lit and i18next, at the lowest versions the widgets accept: one copy must serve both.
  const widgetsDependencies = packages.widgets.manifest.dependencies;
  const appOwn = ['lit', 'i18next'].map((dependency) => `${dependency}@${String(widgetsDependencies[dependency]).replace(/^[\^~]/, '')}`);
  const install = await run('pnpm', ['add', packages.model.tarball, packages.widgets.tarball, packages.content.tarball, ...appOwn, '--reporter=append-only'], { cwd: consumer });
  if (install.code !== 0) return fail('consumer', `pnpm add failed:\n${install.output}`);
  consumerInstalled = true;

  const store = readdirSync(join(consumer, 'node_modules', '.pnpm'));
  for (const dependency of ['lit', 'i18next']) {
    const copies = store.filter((entry) => entry.startsWith(`${dependency}@`));
    if (copies.length !== 1) fail('consumer', `${copies.length} copies of ${dependency} (${copies.join(', ')}): the app's own copy should serve the widgets`);
  }
  const widgetsFolder = store.find((entry) => entry.startsWith('@wijkwijzer+widgets@'));
  const widgetsScope = join(consumer, 'node_modules', '.pnpm', widgetsFolder ?? '-', 'node_modules', '@wijkwijzer');
  const besideWidgets = existsSync(widgetsScope) ? readdirSync(widgetsScope).sort() : [];
  if (besideWidgets.join() !== 'model,widgets') fail('consumer', `the widgets install with @wijkwijzer/${besideWidgets.join(', @wijkwijzer/')}, expected model only`);

  const script = `
    import { readFileSync } from 'node:fs';
    const model = await import('@wijkwijzer/model');
    const feed = JSON.parse(readFileSync(new URL(import.meta.resolve('@wijkwijzer/content/feeds/demo-initiatives.json')), 'utf8'));
    const result = model.validateContent(feed);
    if (!result.valid) throw new Error('the demo feed is not valid: ' + JSON.stringify(result.problems.slice(0, 3)));
    await import('@wijkwijzer/model/hsds.js');
    for (const entry of ['@wijkwijzer/widgets', '@wijkwijzer/widgets/define/initiative-finder.js', '@wijkwijzer/widgets/trusted-info.js',
      '@wijkwijzer/widgets/cdn/wijkwijzer.js', '@wijkwijzer/widgets/custom-elements.json', '@wijkwijzer/model/schemas/initiative-feed.schema.json']) {
      readFileSync(new URL(import.meta.resolve(entry)));
    }
    console.log(Object.keys(model).length + ' exports');`;
  const imported = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
  if (imported.code !== 0) fail('consumer', `importing @wijkwijzer/model failed:\n${imported.output}`);

  const content = join(consumer, 'node_modules', '@wijkwijzer', 'content');
  const dataFiles = ['feeds', 'modules', 'practices', 'trusted'].flatMap((folder) => filesUnder(join(content, folder))).filter((file) => file.endsWith('.json'));
  const validate = await run('npx', ['--no-install', 'wijkwijzer', 'validate', '--lang', 'en', ...dataFiles.map((file) => relative(consumer, file))], { cwd: consumer });
  const valid = validate.stdout.split('\n').filter((line) => / ok \(/.test(line)).length;
  if (validate.code !== 0 || valid !== dataFiles.length) fail('consumer', `npx wijkwijzer validate (exit ${validate.code}, ${valid} of ${dataFiles.length} ok):\n${validate.output}`);
  else console.log(`     node imported @wijkwijzer/model (${imported.stdout.trim()}); npx wijkwijzer validate: ${valid} content files ok`);
});

/** What the app installs for its own type check: the workspace's TypeScript, React 19, Preact 11, Solid 1 and Vue 3. */
const TYPE_CHECK_PACKAGES = [`typescript@${readJson(join(ROOT, 'package.json')).devDependencies.typescript}`, 'react@19.3.1', '@types/react@19.3.3', 'preact@11.2.0', 'solid-js@1.9.20', 'vue@3.5.45'];

/** An app's code: each line that must not type-check carries @ts-expect-error, so `any` would fail. */
const CONSUMER_SOURCES = {
  'src/events.ts': `
import { WijkInitiativeFinder, WijkStatementEvent, type WijkSearchEvent } from '@wijkwijzer/widgets';
import '@wijkwijzer/widgets/define/initiative-finder.js';
import '@wijkwijzer/widgets/define/trusted-info.js';
import type { Cmi5Verb, FinderFilters, LearningStatement, PostcodeTable } from '@wijkwijzer/model';

// The README's own example: the events bubble to document and window.
document.addEventListener('wijk-statement', (event) => {
  const statement: LearningStatement = event.detail;
  const verb: Cmi5Verb = event.detail.verb.display['en-US'];
  const isEvent: WijkStatementEvent = event;
  // @ts-expect-error detail is a LearningStatement, not any
  event.detail.actor;
  console.log(statement.timestamp, verb, isEvent.type);
});
window.addEventListener('wijk-search', (event: WijkSearchEvent) => {
  const filters: FinderFilters = event.detail.filters;
  const count: number = event.detail.resultCount;
  console.log(filters, count);
});

// Properties typed from the model, on the element the tag name gives.
const finder = document.createElement('wijk-initiative-finder');
const table: PostcodeTable = { '9741': [53.23, 6.55] };
finder.postcodeTable = table;
// @ts-expect-error a postcode table maps postcodes to coordinates
finder.postcodeTable = { '9741': 'Groningen' };
finder.freeOnly = true;
finder.addEventListener('wijk-select', (event) => console.log(event.detail.id.toUpperCase(), finder instanceof WijkInitiativeFinder));
const info = document.querySelector('wijk-trusted-info');
if (info) info.localPointers = [];
// @ts-expect-error localPointers are pointers, not text
if (info) info.localPointers = 'eenzaamheid';
`,
  'src/app.tsx': `
import { useState } from 'react';

export function App() {
  const [heard, setHeard] = useState('');
  return (
    <main>
      <wijk-initiative-finder src="/data/initiatives.json" neighbourhood="Selwerd" free-only timeout={20} onwijk-select={(event) => setHeard(event.detail.name)} />
      <wijk-learning-module src="/modules/welkome-wijk.json" mastery-score={0.8} onwijk-statement={(event) => setHeard(event.detail.verb.display['en-US'])} />
      <wijk-trusted-info topic="eenzaamheid" localPointers={[]} />
      <wijk-practice-search index="/pagefind/" sync-url />
      {/* @ts-expect-error not an attribute of the finder */}
      <wijk-initiative-finder scr="/data/initiatives.json" />
      {/* @ts-expect-error mastery-score is a number */}
      <wijk-learning-module mastery-score="high" />
      <p>{heard}</p>
    </main>
  );
}
`,
  'src/preact-app.tsx': `/** @jsxImportSource preact */
export const App = () => (
  <wijk-initiative-finder src="/data/initiatives.json" onwijk-search={(event) => console.log(event.detail.resultCount.toFixed())} />
);
// @ts-expect-error timeout is a number
export const Wrong = () => <wijk-initiative-finder timeout="soon" />;
`,
  'src/solid-app.tsx': `/** @jsxImportSource solid-js */
import type {} from '@wijkwijzer/widgets/solid';

export const App = () => (
  <wijk-initiative-finder src="/data/initiatives.json" stale-after={6} on:wijk-search={(event) => console.log(event.detail.resultCount.toFixed())} />
);
// @ts-expect-error stale-after is a number
export const Wrong = () => <wijk-initiative-finder stale-after="soon" />;
`,
  'src/vue-components.ts': `
import type { GlobalComponents } from 'vue';
import type {} from '@wijkwijzer/widgets/vue';

// In a Vue template the widgets are typed global components.
type FinderProps = InstanceType<GlobalComponents['wijk-initiative-finder']>['$props'];
export const props: FinderProps = { src: '/data/initiatives.json', timeout: 20, 'onwijk-search': (event) => console.log(event.detail.resultCount) };
// @ts-expect-error timeout is a number
export const wrong: FinderProps = { timeout: 'soon' };
`,
};

await step('consumer types: tsc --strict on events, model-typed properties, React 19, Preact and Solid TSX, Vue components', async () => {
  if (!consumerInstalled) return fail('consumer types', 'skipped: the consumer project did not install');
  const install = await run('pnpm', ['add', '-D', ...TYPE_CHECK_PACKAGES, '--reporter=append-only'], { cwd: consumer });
  if (install.code !== 0) return fail('consumer types', `pnpm add failed:\n${install.output}`);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      target: 'ES2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: ['@wijkwijzer/widgets/react', '@wijkwijzer/widgets/preact'],
    },
    include: ['src'],
  };
  writeFileSync(join(consumer, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  mkdirSync(join(consumer, 'src'), { recursive: true });
  for (const [file, text] of Object.entries(CONSUMER_SOURCES)) writeFileSync(join(consumer, file), text.trimStart());
  const tsc = await run(join(consumer, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: consumer });
  if (tsc.code !== 0) return fail('consumer types', `tsc --strict:\n${tsc.output.trim()}`);

  // The editor files package.json points to are there and name every widget.
  const widgets = join(consumer, 'node_modules', '@wijkwijzer', 'widgets');
  const installed = readJson(join(widgets, 'package.json'));
  const manifest = readJson(join(widgets, installed.customElements));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []).sort();
  const webTypes = readJson(join(widgets, installed['web-types']));
  const vscode = readJson(join(widgets, installed.exports['./vscode.html-custom-data.json']));
  const named = (items) => items.map((item) => item.name).sort().join();
  if (named(webTypes.contributions.html.elements) !== tags.join()) fail('consumer types', `web-types.json names ${named(webTypes.contributions.html.elements)}, the manifest ${tags.join()}`);
  if (named(vscode.tags) !== tags.join()) fail('consumer types', `vscode.html-custom-data.json names ${named(vscode.tags)}, the manifest ${tags.join()}`);
  // The manifest names shipped files and real classes.
  for (const module of manifest.modules) {
    if (!existsSync(join(widgets, module.path))) fail('consumer types', `custom-elements.json names ${module.path}, which is not in the package`);
  }
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition');
  if (definitions.map((entry) => `${entry.name}=${entry.declaration.name}`).sort().join() !== tags.map((tag) => `${tag}=Wijk${tag.slice(5).replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}`).join()) {
    fail('consumer types', `custom-elements.json defines ${definitions.map((entry) => `${entry.name} as ${entry.declaration.name}`).join(', ')}`);
  }
  console.log(`     tsc ${TYPE_CHECK_PACKAGES[0].split('@')[1]} --strict: ${Object.keys(CONSUMER_SOURCES).join(', ')} ok; ${tags.length} tags in the manifest, web-types and VS Code data`);
});

finish();

function finish() {
  for (const [name, { tarball, unpacked }] of Object.entries(packages)) {
    const files = filesUnder(unpacked);
    const size = files.reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(`     @wijkwijzer/${name}: ${(statSync(tarball).size / 1000).toFixed(1)} kB packed, ${(size / 1000).toFixed(1)} kB unpacked, ${files.length} files`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    console.error(`(files kept in ${temp})`);
  } else if (process.argv.includes('--keep')) console.log(`files kept in ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
  console.log(`check-packages: ${problems.length === 0 ? 'ok' : 'failed'} in ${seconds(started)}`);
  process.exit(problems.length === 0 ? 0 : 1);
}
