// Plugins for the custom-elements-manifest analyzer (see ../custom-elements-manifest.config.mjs):
// they make custom-elements.json describe the package as npm ships it, and generate from it the
// framework and editor files in dist/.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ROOT = new URL('../', import.meta.url);

/** Walks every object in a manifest subtree. */
function* objectsIn(value) {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (value && typeof value === 'object') {
    yield value;
    for (const item of Object.values(value)) yield* objectsIn(item);
  }
}

/**
 * Tag definitions. Each widget registers itself with `WijkInitiativeFinder.define('wijk-…')` in
 * its define.ts; the analyzer does not follow that, and instead reports the base's own
 * `customElements.define(tagName, this)` as a definition of `anonymous_0`. This plugin reads the
 * `X.define('wijk-…')` calls and records each as a definition in the module that makes it.
 */
export function tagDefinitions() {
  return {
    name: 'wijkwijzer-tag-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: receiver, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(receiver) || !tag || !ts.isStringLiteral(tag) || !tag.text.startsWith('wijk-')) return;
      const imported = node
        .getSourceFile()
        .statements.filter((statement) => ts.isImportDeclaration(statement))
        .find((statement) => statement.importClause?.namedBindings?.elements?.some((element) => element.name.text === receiver.text));
      const module = imported ? posix.join(posix.dirname(moduleDoc.path), imported.moduleSpecifier.text) : moduleDoc.path;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: receiver.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        if (module.exports) module.exports = module.exports.filter((entry) => !(entry.kind === 'custom-element-definition' && /^anonymous_\d+$/.test(entry.declaration?.name)));
      }
      const defined = customElementsManifest.modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition');
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName)) {
        if (!defined.some((entry) => entry.name === declaration.tagName && entry.declaration.name === declaration.name)) {
          throw new Error(`custom-elements.json: <${declaration.tagName}> (${declaration.name}) has no tag definition; is its define.ts calling ${declaration.name}.define('${declaration.tagName}')?`);
        }
      }
    },
  };
}

/**
 * Module paths of the shipped JavaScript. The analyzer reads src/*.ts, which the package does not
 * contain: every module path and every reference to a module (`src/x.ts`, `/src/x.ts` or
 * `./x.ts` relative to the module) becomes the `dist/x.js` that tsc built from it. A path whose
 * file is not in dist/ stops the build, so the manifest never names a file that is not shipped.
 */
export function shippedModulePaths() {
  const shipped = (path, from) => {
    const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
    return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  return {
    name: 'wijkwijzer-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      const missing = new Set();
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        for (const object of objectsIn([module.declarations, module.exports])) {
          if (typeof object.module === 'string' && !object.package) object.module = shipped(object.module, source);
        }
        module.path = shipped(source, source);
        for (const object of objectsIn([module, module.declarations, module.exports])) {
          const path = object === module ? module.path : object.module;
          if (typeof path === 'string' && !object.package && !existsSync(new URL(path, ROOT))) missing.add(`${path} (in ${module.path})`);
        }
      }
      if (missing.size > 0) throw new Error(`custom-elements.json would name files that are not built: ${[...missing].join(', ')}. Run tsc first.`);
    },
  };
}

/** Text of the per-framework wiring: the JSX namespace each framework's types augment. */
/**
 * The generators type each handler's argument as CustomEvent<T>; the widgets' events are their
 * own classes (WijkSearchEvent, …) with a typed `detail`, so the handler gets T itself.
 */
function typedEvents(types, fileName) {
  const typed = types.replace(/\(e: CustomEvent<(Wijk\w+Event)>\) => void/g, '(event: $1) => void');
  if (/CustomEvent</.test(typed)) throw new Error(`${fileName} still types an event as CustomEvent<…>`);
  return typed;
}

const FRAMEWORKS = {
  react: { module: 'react', note: 'React 19 (react-jsx): properties such as `data` are set as properties, `onwijk-…` listens to the event.' },
  preact: { module: 'preact', note: 'Preact: properties such as `data` are set as properties, `onwijk-…` listens to the event.' },
};

/**
 * Framework and editor files, generated from the finished manifest into dist/ (shipped, so the
 * package's `exports` name them):
 *   - jsx.d.ts: the widgets as JSX intrinsic elements (`CustomElements`), from
 *     custom-element-jsx-integration, typed from the classes themselves (`WijkInitiativeFinder['data']`)
 *     and each `onwijk-…` handler with its event class; react.d.ts and preact.d.ts add them to
 *     that framework's JSX namespace (`"types": ["@wijkwijzer/widgets/react"]` in tsconfig);
 *   - solid.d.ts (SolidJS JSX, with `prop:` and `on:`) and vue.d.ts (Vue's global components), from
 *     custom-element-solidjs-integration and custom-element-vuejs-integration;
 *   - vscode.html-custom-data.json and vscode.css-custom-data.json (VS Code's `html.customData`
 *     and `css.customData`), from custom-element-vs-code-integration;
 *   - web-types.json (JetBrains IDEs, the package.json `web-types` field), from
 *     custom-element-jet-brains-integration.
 */
export function frameworkTypes({ outdir = 'dist' } = {}) {
  return {
    name: 'wijkwijzer-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      // Only what a page can set: read-only fields (getters) are not props.
      const settable = structuredClone(customElementsManifest);
      for (const declaration of settable.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
      }

      generateJsxTypes(settable, { outdir, fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true });
      const jsxFile = new URL(`${outdir}/jsx.d.ts`, ROOT);
      const jsx = typedEvents(readFileSync(jsxFile, 'utf8'), `${outdir}/jsx.d.ts`);
      writeFileSync(
        jsxFile,
        `// Generated from custom-elements.json by custom-element-jsx-integration (scripts/manifest-plugins.mjs); do not edit.\n` +
          `// For React or Preact, add "@wijkwijzer/widgets/react" or "@wijkwijzer/widgets/preact" to "types" in tsconfig.json.\n` +
          `// Other JSX frameworks: declare module "<framework>" { namespace JSX { interface IntrinsicElements extends CustomElements {} } }\n${jsx}`,
      );
      for (const [name, { module, note }] of Object.entries(FRAMEWORKS)) {
        writeFileSync(
          new URL(`${outdir}/${name}.d.ts`, ROOT),
          `// The widgets as ${module} JSX elements, typed from custom-elements.json (see jsx.d.ts). ${note}\n` +
            `// Use: "types": ["@wijkwijzer/widgets/${name}"] in tsconfig.json, or import type {} from '@wijkwijzer/widgets/${name}'.\n` +
            `import type { CustomElements } from './jsx.js';\n\n` +
            `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
        );
      }

      // Solid (`prop:data`, `on:wijk-search`) and Vue (the elements as global components, for templates), each from its own generator.
      generateSolidJsTypes(settable, { outdir, fileName: 'solid.d.ts', globalTypePath: './index.js', hideLogs: true });
      generateVuejsTypes(settable, { outdir, fileName: 'vue.d.ts', globalTypePath: './index.js', hideLogs: true });
      const frameworkFiles = {
        solid: {
          use: 'import type {} from \'@wijkwijzer/widgets/solid\' (or "types" in tsconfig.json); set properties with prop:data, listen with on:wijk-search.',
          // The generator leaves adding them to Solid's JSX to the app: done here, as react.d.ts does for React.
          append: `\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
        },
        vue: { use: 'import type {} from \'@wijkwijzer/widgets/vue\' (or "types" in tsconfig.json): the widgets become typed global components in templates.', append: '' },
      };
      for (const [name, { use, append }] of Object.entries(frameworkFiles)) {
        const file = new URL(`${outdir}/${name}.d.ts`, ROOT);
        // The generator's usage comment names a placeholder package: name this one.
        const typed = typedEvents(readFileSync(file, 'utf8'), `${outdir}/${name}.d.ts`).replaceAll('"my-app/solid"', `"${PACKAGE.name}/solid"`);
        writeFileSync(file, `// Generated from custom-elements.json (scripts/manifest-plugins.mjs); do not edit. Use: ${use}\n${typed}${append}`);
      }

      const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
      // The tokens and parts every widget shares are listed once per widget by the generators: once is enough.
      const once = (items) => [...new Map(items.map((item) => [item.name, item])).values()];
      const booleanAttributes = new Set(
        settable.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.attributes ?? []).filter((attribute) => attribute.type?.text === 'boolean').map((attribute) => `${declaration.tagName}/${attribute.name}`)),
      );
      const html = JSON.parse(getVsCodeHtmlCustomData(settable, {}));
      for (const tag of html.tags) {
        for (const attribute of tag.attributes) if (booleanAttributes.has(`${tag.name}/${attribute.name}`)) attribute.valueSet = 'v';
      }
      writeFileSync(new URL(`${outdir}/vscode.html-custom-data.json`, ROOT), json(html));
      const css = JSON.parse(getVsCodeCssCustomData(settable, {}));
      writeFileSync(new URL(`${outdir}/vscode.css-custom-data.json`, ROOT), json({ ...css, properties: once(css.properties), pseudoElements: once(css.pseudoElements) }));
      // JetBrains links each element to the public import that has its class: dist/x/x.js is `@wijkwijzer/widgets/x.js`.
      const modulePathTemplate = (_name, module) => module.replace(/^dist\/([\w-]+)\/\1\.js$/, `${PACKAGE.name}/$1.js`);
      const webTypes = JSON.parse(getWebTypesData(settable, { modulePathTemplate }));
      webTypes.contributions.css = { properties: once(webTypes.contributions.css.properties), 'pseudo-elements': once(webTypes.contributions.css['pseudo-elements']) };
      writeFileSync(new URL(`${outdir}/web-types.json`, ROOT), json(webTypes));
    },
  };
}
