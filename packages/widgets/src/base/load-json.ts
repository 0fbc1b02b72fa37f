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
