/**
 * Localisation shared by every widget: one i18next instance per copy of the kit, resources
 * bundled (no request leaves the page), and a controller that follows the nearest `lang`.
 */
import i18next, { type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { commonMessages } from './locales/common.ts';

export const SUPPORTED_LANGUAGES = ['nl', 'en', 'ar'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'nl';
const RIGHT_TO_LEFT = new Set<string>(['ar']);

/** Translations of one namespace (one widget, or `common`) for each supported language. */
export type Messages = Record<string, unknown>;
export type NamespaceResources = Record<SupportedLanguage, Messages>;

const i18n = i18next.createInstance();
void i18n.init({
  // Synchronous init: resources are bundled, so the first render is already translated.
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  resources: {},
  // Lit escapes every binding; escaping here as well would show &amp; to residents.
  interpolation: { escapeValue: false },
});

/** Adds a widget's translations; widgets call this once, when their module loads. */
export function registerMessages(namespace: string, resources: NamespaceResources): void {
  for (const language of SUPPORTED_LANGUAGES) {
    i18n.addResourceBundle(language, namespace, resources[language], true, true);
  }
}
registerMessages('common', commonMessages);

/** Maps any BCP 47 tag to a language the kit speaks: nl-BE → nl, ar-MA → ar, fr → nl. */
export function toSupportedLanguage(tag: string | null | undefined): SupportedLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as SupportedLanguage)
    : DEFAULT_LANGUAGE;
}

export function directionOf(language: SupportedLanguage): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** The `lang` that applies to an element: its own, else the closest ancestor's, across shadow roots. */
export function inheritedLanguageTag(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag) return tag;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Widgets currently on the page; one observer tells them all when any `lang` changes. */
const connectedControllers = new Set<LocalizeController>();
let languageObserver: MutationObserver | undefined;

function observeLanguageChanges(): void {
  if (languageObserver) return;
  languageObserver = new MutationObserver(() => {
    for (const controller of connectedControllers) controller.refresh();
  });
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps a widget's language in step with the `lang` around it and translates for it. */
export class LocalizeController implements ReactiveController {
  language: SupportedLanguage = DEFAULT_LANGUAGE;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    connectedControllers.add(this);
    observeLanguageChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connectedControllers.delete(this);
  }

  /** Re-reads the inherited `lang`; re-renders the host only when the language really changed. */
  refresh(): void {
    const language = toSupportedLanguage(inheritedLanguageTag(this.host));
    if (language !== this.language) {
      this.language = language;
      this.host.requestUpdate();
    }
  }

  /** Translates `key` (`namespace:key`, or a key in `common`) into the host's language. */
  t(key: string, options?: TOptions): string {
    return i18n.t(key, { ...options, lng: this.language }) as string;
  }
}
