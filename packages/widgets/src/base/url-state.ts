/**
 * A widget's state in the page URL, so a GP can link to a filtered view and Back works. Each
 * widget owns a namespace: parameter names are its prefix plus its own keys (`wijk-thema`), or,
 * when the element has an `id`, that id (`kaart-thema`), so two widgets with `sync-url` on one
 * page keep their own state. It reads and writes only keys the widget names, so parameters of
 * the host page and of other widgets are never touched, and hostile names come to nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Values per key, without the prefix; a null-prototype object, so `__proto__` is just a key. */
export type UrlValues = Record<string, string[]>;

export interface UrlStateOptions {
  /** The widget's own prefix when it has no `id`, e.g. `wijk-`. */
  prefix: string;
  /** Called after Back or Forward changed this widget's parameters. */
  restore(): void;
}

const MAX_VALUE_LENGTH = 200;
const MAX_VALUES_PER_KEY = 50;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
  return key.length > 0 && key.length <= 100 && !UNSAFE_KEYS.has(key);
}

export class UrlStateController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { syncUrl: boolean };
  private readonly options: UrlStateOptions;
  /** The query string as this widget last wrote or read it, to ignore Back steps of other widgets. */
  private lastSeen = '';
  /**
   * The keys this widget last read or wrote: its own parameters are those, not every name with
   * its prefix (the finder's `wijk-` is also the start of practice search's `wijk-gv-`).
   */
  private keys: readonly string[] = [];
  private readonly onPopState = (): void => {
    if (!this.host.syncUrl) return;
    const now = this.ownQueryString();
    if (now === this.lastSeen) return;
    this.lastSeen = now;
    this.options.restore();
  };

  constructor(host: ReactiveControllerHost & HTMLElement & { syncUrl: boolean }, options: UrlStateOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The prefix of this widget's parameters: `<id>-` when the element has an id. */
  get prefix(): string {
    const id = this.host.id.trim();
    return id ? `${id}-` : this.options.prefix;
  }

  /** Whether the URL holds any of `keys` for this widget. */
  has(keys: readonly string[]): boolean {
    const params = new URLSearchParams(location.search);
    return keys.some((key) => isSafeKey(key) && params.has(this.prefix + key));
  }

  /** This widget's values for `keys`; other names, empty and overlong values are ignored. */
  read(keys: readonly string[]): UrlValues {
    this.keys = keys;
    const params = new URLSearchParams(location.search);
    const values: UrlValues = Object.create(null) as UrlValues;
    for (const key of keys) {
      if (!isSafeKey(key)) continue;
      const found = params
        .getAll(this.prefix + key)
        .filter((value) => value.length > 0 && value.length <= MAX_VALUE_LENGTH)
        .slice(0, MAX_VALUES_PER_KEY);
      if (found.length > 0) values[key] = found;
    }
    this.lastSeen = this.ownQueryString();
    return values;
  }

  /**
   * Writes `values` for this widget's `keys` (a key missing from `values` is removed).
   * `push` adds a history entry (a filter ticked); `replace` does not (each typed letter).
   */
  write(keys: readonly string[], values: UrlValues, history: 'push' | 'replace'): void {
    if (!this.host.syncUrl) return;
    this.keys = keys;
    const params = new URLSearchParams(location.search);
    for (const key of keys) if (isSafeKey(key)) params.delete(this.prefix + key);
    for (const key of keys) {
      if (!isSafeKey(key) || !Object.hasOwn(values, key)) continue;
      for (const value of values[key]!) if (value) params.append(this.prefix + key, value);
    }
    const query = params.toString();
    if (query === location.search.replace(/^\?/, '')) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (history === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
    this.lastSeen = this.ownQueryString();
  }

  private ownQueryString(): string {
    const names = new Set(this.keys.filter(isSafeKey).map((key) => this.prefix + key));
    return [...new URLSearchParams(location.search)]
      .filter(([name]) => names.has(name))
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
  }
}
