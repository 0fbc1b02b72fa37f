/**
 * Fetches the one JSON document a partner configured. No cookies are sent and no referrer
 * leaks; failures become a reason a widget can explain in the resident's language.
 */
export type LoadFailure = 'offline' | 'network' | 'http' | 'notJson';

export class LoadError extends Error {
  readonly reason: LoadFailure;
  readonly status: number | undefined;

  constructor(reason: LoadFailure, status?: number) {
    super(`wijkwijzer: could not load data (${reason}${status ? ` ${status}` : ''})`);
    this.name = 'LoadError';
    this.reason = reason;
    this.status = status;
  }
}

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
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoadError(navigator.onLine === false ? 'offline' : 'network');
  }
  if (!response.ok) throw new LoadError('http', response.status);
  try {
    return await response.json();
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoadError('notJson');
  }
}
