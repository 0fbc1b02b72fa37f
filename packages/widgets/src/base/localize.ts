/**
 * Localisation shared by every widget: one i18next instance per copy of the kit, resources
 * bundled (no request leaves the page), and a controller that follows the nearest `lang`.
 */
import i18next, { type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import commonDutch from './locales/nl.ts';

export const SUPPORTED_LANGUAGES = ['nl', 'en', 'ar'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'nl';
const RIGHT_TO_LEFT = new Set<string>(['ar']);

/** Translations of one namespace (one widget, or `common`) for each supported language. */
export type Messages = Record<string, unknown>;
/**
 * Dutch is bundled; other languages may be a loader (`() => import('./locales/en.ts')`), so a
 * Dutch page downloads only Dutch and each added language costs nothing until it is used.
 */
export type NamespaceResources = { nl: Messages } & Record<Exclude<SupportedLanguage, 'nl'>, Messages | MessagesLoader>;
export type MessagesLoader = () => Promise<{ default: Messages }>;

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

/** Translations by language, key and plain values; emptied whenever messages are added. */
const textCache = new Map<string, string>();
i18n.on('added', () => textCache.clear());

/** Widgets currently on the page; one observer tells them all when any `lang` changes. */
const connectedControllers = new Set<LocalizeController>();

/** Loaders still to run, per language; a language is ready when its list is empty. */
const pendingLoaders = new Map<SupportedLanguage, Map<string, MessagesLoader>>();
const loadingLanguages = new Map<SupportedLanguage, Promise<void>>();

/** Adds a widget's translations; widgets call this once, when their module loads. */
export function registerMessages(namespace: string, resources: NamespaceResources): void {
  for (const language of SUPPORTED_LANGUAGES) {
    const messages = resources[language];
    if (typeof messages === 'function') {
      if (!pendingLoaders.has(language)) pendingLoaders.set(language, new Map());
      pendingLoaders.get(language)!.set(namespace, messages);
    } else {
      i18n.addResourceBundle(language, namespace, messages, true, true);
    }
  }
  // A widget registered after others already speak English or Arabic: they need its words too.
  for (const controller of connectedControllers) controller.refresh();
}
registerMessages('common', {
  nl: commonDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

export function isLanguageLoaded(language: SupportedLanguage): boolean {
  return (pendingLoaders.get(language)?.size ?? 0) === 0;
}

/** Loads every pending namespace of a language; resolves at once when all are there. */
export function loadLanguage(language: SupportedLanguage): Promise<void> {
  if (isLanguageLoaded(language)) return Promise.resolve();
  // Messages registered while a load was under way are loaded after it, not forgotten.
  const existing = loadingLanguages.get(language);
  if (existing) return existing.then(() => loadLanguage(language));
  const loaders = [...pendingLoaders.get(language)!];
  const loading = Promise.all(
    loaders.map(async ([namespace, loader]) => {
      const module = await loader();
      i18n.addResourceBundle(language, namespace, module.default, true, true);
      pendingLoaders.get(language)?.delete(namespace);
    }),
  )
    .then(() => undefined)
    .finally(() => loadingLanguages.delete(language));
  loadingLanguages.set(language, loading);
  return loading;
}

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

  /** False while the language asked for is still loading. */
  get settled(): boolean {
    return this.wanted === this.language;
  }

  hostConnected(): void {
    connectedControllers.add(this);
    observeLanguageChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connectedControllers.delete(this);
  }

  /** Settles when the current language's messages are loaded (at once for Dutch). */
  ready: Promise<void> = Promise.resolve();

  /**
   * Re-reads the inherited `lang`; re-renders the host only when the language really changed.
   * A language still loading keeps the previous one on screen until its messages arrive.
   */
  refresh(): void {
    const wanted = toSupportedLanguage(inheritedLanguageTag(this.host));
    if (wanted === this.language && isLanguageLoaded(wanted)) return;
    this.wanted = wanted;
    if (isLanguageLoaded(wanted)) {
      this.switchTo(wanted);
      return;
    }
    this.ready = loadLanguage(wanted).then(
      () => {
        if (this.wanted !== wanted) return;
        // Same language, more words (a namespace that arrived later): render them too.
        if (wanted === this.language) this.host.requestUpdate();
        else this.switchTo(wanted);
      },
      // Offline or blocked: stay in the language on screen (Dutch at first) rather than show
      // keys or nothing at all; a later `lang` change tries again.
      () => {
        if (this.wanted !== wanted) return;
        this.wanted = this.language;
        this.host.requestUpdate();
      },
    );
  }

  private wanted: SupportedLanguage = DEFAULT_LANGUAGE;

  private switchTo(language: SupportedLanguage): void {
    if (language === this.language) return;
    this.language = language;
    this.host.requestUpdate();
  }

  /** Translates `key` (`namespace:key`, or a key in `common`) into the host's language. */
  t(key: string, options?: TOptions): string {
    // A list of cards and filter counts asks for the same texts hundreds of times per keystroke,
    // and i18next takes tens of microseconds each: texts whose values are plain are kept.
    const cacheKey = textCacheKey(this.language, key, options);
    if (cacheKey === undefined) return i18n.t(key, { ...options, lng: this.language }) as string;
    let text = textCache.get(cacheKey);
    if (text === undefined) {
      text = i18n.t(key, { ...options, lng: this.language }) as string;
      if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
      textCache.set(cacheKey, text);
    }
    return text;
  }
}

/** Enough for every label and count on a page of results; cleared whole when full (cheap, and rare). */
const TEXT_CACHE_LIMIT = 5_000;

/** A key for the text cache, or undefined when a value is not a string, number or boolean (then not cached). */
function textCacheKey(language: string, key: string, options: TOptions | undefined): string | undefined {
  let cacheKey = `${language}|${key}`;
  if (!options) return cacheKey;
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
    // A separator no translation value holds keeps "a|b" + "c" apart from "a" + "b|c".
    cacheKey += `\u0000${name}\u0001${String(value)}`;
  }
  return cacheKey;
}
