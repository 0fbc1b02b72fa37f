/**
 * The national registry as the widget shows it. Its structure, Dutch text, and the topic names
 * and keywords that questions are matched against in all three languages ship in the bundle, so
 * crisis lines show on the first render and "lonely" finds its topic on a Dutch page. English and
 * Arabic display text arrive with the widget's language module (`locales/en.ts`, `locales/ar.ts`)
 * and are added here before the widget switches to that language.
 * registry/registry.nl.json is generated from packages/content/trusted/registry.json (see
 * registry/split-registry.mjs); authors edit only that file.
 */
import { withRegistryText, type RegistryText, type TrustedPointerList } from '@wijkwijzer/model';
import dutchRegistry from './registry/registry.nl.json' with { type: 'json' };

/** Replaced, never changed in place: a widget sees that text arrived by the object being new. */
let national = dutchRegistry as unknown as TrustedPointerList;

/** The national registry with every language's text that has arrived so far (validated at build). */
export const nationalRegistry = (): TrustedPointerList => national;

/** Runs as a language module arrives, before the widgets switch to its language. */
export function withNationalText<Module extends { registry: RegistryText }>(module: Module): Module {
  national = withRegistryText(national, module.registry);
  return module;
}
