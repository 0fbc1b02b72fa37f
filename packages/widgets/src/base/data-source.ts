/**
 * The one way a widget gets its data: a URL (`src`), an object (`data`) or a promise of one.
 * The last source set always wins (an older response never lands after a newer one), every
 * request has a time limit, and the state is visible to the host page as a custom state
 * (`:state(loading)`, `:state(ready)`, `:state(empty)`, `:state(error)`).
 *
 * Hand-written rather than `@lit/task`: Task gives "last run wins" but no time limits, custom
 * states or skipped-record notices, and the widgets' size budget has no room for both.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, loadJson, loadSeveral } from './load-json.ts';
import type { ViewState } from './view-state.ts';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** What a widget made of a document: the value it shows, and the records it had to leave out. */
export interface Readout<T> {
  value: T;
  /** Records that could not be shown, out of `total`; shown to residents as a polite notice. */
  skipped?: number;
  total?: number;
  /** What was wrong with the skipped records, for the partner (console, and the `debug` view). */
  problems?: readonly { path: string; message: string | { readonly nl: string; readonly en: string } }[];
}

export interface ReadContext<TEarly = never> {
  /** The URL the document came from (relative links in it resolve against this). */
  baseUrl: string;
  /** Aborted when another source is set or the time limit passes. */
  signal: AbortSignal;
  /**
   * Something to show while reading goes on (the finder's first page of a large feed): the state
   * stays `loading`, and `early` holds it until the readout or an error replaces it.
   */
  showEarly(value: TEarly): void;
}

export interface DataSourceOptions<T, TEarly = never> {
  /** Turns the document into what the widget shows; throws `LoadError('invalid')` when it cannot. */
  read(document: unknown, context: ReadContext<TEarly>): Readout<T> | Promise<Readout<T>>;
  /** A value that is there but has nothing to show (a feed with no records). */
  isEmpty?(value: T): boolean;
  /** Whether the widget has something to show without any source (trusted info's national registry): then no source is `ready` with no value, not an error. */
  optional?: boolean;
  /** The widget's own words for its records (`finder:source.empty`, …); common words otherwise. */
  messages?: { empty?: string; allInvalid?: string };
  /**
   * `src` may hold several URLs, separated by spaces: all are loaded, each with its own time
   * limit, and `read` gets a `SeveralDocuments` (parts that failed included) unless only one was given.
   */
  several?: boolean;
}

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Time limit per request, in seconds. */
  timeout: number;
  /** Shows the status to the host page's CSS as a custom state. */
  showState(status: SourceStatus): void;
  /** Called once per readout that skipped records, with the partner-facing details. */
  reportSkipped?(readout: Readout<unknown>): void;
}

export interface Source {
  src?: string | null | undefined;
  data?: unknown;
}

const DEFAULT_TIMEOUT_S = 15;

export class DataSourceController<T, TEarly = never> implements ReactiveController {
  status: SourceStatus = 'idle';
  value: T | undefined = undefined;
  /** What the reader showed early, while the status is still `loading`. */
  early: TEarly | undefined = undefined;
  error: LoadError | undefined = undefined;
  readout: Readout<T> | undefined = undefined;

  private readonly host: DataSourceHost;
  private readonly options: DataSourceOptions<T, TEarly>;
  /** Undefined until the first `set`, so a widget with no source at all still settles. */
  private source: Source | undefined = undefined;
  private run = 0;
  private abortController?: AbortController;

  constructor(host: DataSourceHost, options: DataSourceOptions<T, TEarly>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A widget put back into the page after a failed or aborted load tries again.
    if (this.status === 'loading' && !this.abortController) void this.load();
    this.host.showState(this.status);
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.abortController?.abort();
      this.abortController = undefined;
    }
  }

  /** Call from `willUpdate` with the current `src` and `data`; loads only when they changed. */
  set(source: Source): void {
    if (this.source && source.src === this.source.src && source.data === this.source.data) return;
    this.source = { src: source.src, data: source.data };
    void this.load();
  }

  /** Loads the current source again (the retry button). */
  retry = (): void => {
    void this.load();
  };

  /** Loading, error and empty states in the widget's language; `ready` when there is content. */
  get viewState(): ViewState {
    switch (this.status) {
      case 'loading':
        return { kind: 'loading' };
      case 'error': {
        const error = this.error!;
        return {
          kind: 'error',
          messageKey: (error.reason === 'allInvalid' && this.options.messages?.allInvalid) || `error.${error.reason}`,
          values: { status: error.status, count: error.count, total: error.total },
          retry: this.source?.src || this.source?.data instanceof Promise ? this.retry : undefined,
        };
      }
      case 'empty':
        return { kind: 'empty', messageKey: this.options.messages?.empty ?? 'emptySource' };
      case 'idle':
        return { kind: 'ready' };
      default:
        return { kind: 'ready' };
    }
  }

  private setStatus(status: SourceStatus): void {
    this.status = status;
    if (status !== 'loading') this.early = undefined;
    this.host.showState(status);
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    this.abortController?.abort();
    const run = ++this.run;
    const { src, data } = this.source ?? {};
    if (!src && data === undefined) {
      // Nothing to load: a widget that can show something without a source is ready as it is.
      this.abortController = undefined;
      this.value = undefined;
      this.readout = undefined;
      this.error = this.options.optional ? undefined : new LoadError('noSource');
      this.setStatus(this.options.optional ? 'ready' : 'error');
      return;
    }
    const controller = new AbortController();
    this.abortController = controller;
    const seconds = Number.isFinite(this.host.timeout) && this.host.timeout > 0 ? Math.min(this.host.timeout, 600) : DEFAULT_TIMEOUT_S;
    const urls = src && this.options.several ? src.trim().split(/\s+/) : [];
    // Several sources each get their own time limit (one that hangs must not sink the others).
    const signal = urls.length > 1 ? controller.signal : AbortSignal.any([controller.signal, AbortSignal.timeout(seconds * 1000)]);
    this.error = undefined;
    this.early = undefined;
    const showEarly = (value: TEarly) => {
      if (run !== this.run || this.status !== 'loading') return;
      this.early = value;
      this.host.requestUpdate();
    };
    try {
      let baseUrl = globalThis.document.baseURI;
      if (data !== undefined && !(data instanceof Promise)) {
        // An object given inline is read at once when its reader is synchronous: the content is
        // there by the next `updateComplete`, with no loading flash.
        const result = this.options.read(data, { baseUrl, signal, showEarly });
        if (!(result instanceof Promise)) {
          this.settle(run, result);
          return;
        }
        this.setStatus('loading');
        this.settle(run, await untilAborted(result, signal));
        return;
      }
      this.setStatus('loading');
      let document: unknown;
      if (data !== undefined) {
        document = await untilAborted(data as Promise<unknown>, signal);
      } else if (urls.length > 1) {
        document = await loadSeveral(urls, baseUrl, signal, seconds * 1000);
      } else {
        const url = new URL(src!, baseUrl);
        baseUrl = url.href;
        document = await loadJson(url, signal);
      }
      // A reader that never finishes is held to the same time limit as the request.
      this.settle(run, await untilAborted(Promise.resolve(this.options.read(document, { baseUrl, signal, showEarly })), signal));
    } catch (error) {
      if (run !== this.run) return;
      this.value = undefined;
      this.readout = undefined;
      this.error = asLoadError(error, signal);
      this.setStatus('error');
    } finally {
      if (run === this.run) this.abortController = undefined;
    }
  }

  private settle(run: number, readout: Readout<T>): void {
    if (run !== this.run) return;
    this.readout = readout;
    this.value = readout.value;
    if ((readout.skipped ?? 0) > 0) this.host.reportSkipped?.(readout);
    this.setStatus(this.options.isEmpty?.(readout.value) ? 'empty' : 'ready');
  }
}

/** Waits for a promise given as `data`, but no longer than the signal allows. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function asLoadError(error: unknown, signal: AbortSignal): LoadError {
  if (error instanceof LoadError) return error;
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError')) return new LoadError('timeout');
  return new LoadError('invalid');
}
