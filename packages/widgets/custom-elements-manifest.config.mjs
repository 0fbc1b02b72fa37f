// Generates custom-elements.json from the JSDoc on each widget class (@attr, @fires, @csspart…),
// with module paths of the shipped dist/*.js and the tag each define.ts registers, then the JSX,
// VS Code and JetBrains files in dist/ from it (scripts/manifest-plugins.mjs). Runs after tsc.
import { frameworkTypes, shippedModulePaths, tagDefinitions } from './scripts/manifest-plugins.mjs';

/**
 * Lit's internal state (`state: true` in static properties) is not an attribute, and events
 * found only through `dispatchEvent(new SomeEvent())` have no name: keep the documented API.
 */
function publicApiOnly() {
  return {
    name: 'wijkwijzer-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || /@internal/.test(member.description ?? '')).map((member) => member.name),
          );
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          // Private and protected members are not API: left in, they become Storybook controls.
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), tagDefinitions(), shippedModulePaths(), frameworkTypes()],
};
