/**
 * Fetches the one JSON document a partner configured. No cookies are sent and no referrer
 * leaks; failures become a reason a widget can explain in the resident's language.
 */
export type LoadFailure = 'offline' | 'network' | 'http' | 'notJson' | 'timeout' | 'invalid' | 'allInvalid' | 'noSource';

export class LoadError extends Error {
  readonly reason: LoadFailure;
  readonly status: number | undefined;
  /** With `allInvalid`: how many records there were, none of which could be shown. */
  readonly count: number | undefined;
  readonly total: number | undefined;

  constructor(reason: LoadFailure, details: { status?: number; total?: number } = {}) {
    super(`wijkwijzer: could not load data (${reason}${details.status ? ` ${details.status}` : ''})`);
    this.name = 'LoadError';
    this.reason = reason;
    this.status = details.status;
    this.total = details.total;
    this.count = details.total;
  }
}

/** Fetches and parses JSON; `signal` ends it (another source was set, or the time limit passed). */
export async function loadJson(url: string | URL, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw new LoadError(navigator.onLine === false ? 'offline' : 'network');
  }
  if (!response.ok) throw new LoadError('http', { status: response.status });
  let text: string;
  try {
    // A body that never ends is cut off by the same signal.
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw new LoadError('network');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('notJson');
  }
}

/** One of several documents loaded together: the document, or why it could not be loaded. */
export interface LoadedPart {
  url: string;
  document?: unknown;
  error?: LoadError;
}

/** Several documents loaded at once (a finder over several partners' feeds). */
export class SeveralDocuments {
  readonly parts: readonly LoadedPart[];
  constructor(parts: readonly LoadedPart[]) {
    this.parts = parts;
  }
}

/**
 * Loads every URL at once, each with its own time limit: one that fails or hangs becomes that
 * part's error, and the others still arrive. Only when all fail is it an error (the first one's).
 */
export async function loadSeveral(urls: readonly string[], baseUrl: string, signal: AbortSignal, timeLimitMs: number): Promise<SeveralDocuments> {
  const parts = await Promise.all(
    urls.map(async (raw): Promise<LoadedPart> => {
      let url: string;
      try {
        url = new URL(raw, baseUrl).href;
      } catch {
        return { url: raw, error: new LoadError('network') };
      }
      const partSignal = AbortSignal.any([signal, AbortSignal.timeout(timeLimitMs)]);
      try {
        return { url, document: await loadJson(url, partSignal) };
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        return { url, error: error instanceof LoadError ? error : new LoadError(partSignal.aborted ? 'timeout' : 'network') };
      }
    }),
  );
  const firstError = parts.find((part) => part.error)?.error;
  if (firstError && parts.every((part) => part.error)) throw firstError;
  return new SeveralDocuments(parts);
}
