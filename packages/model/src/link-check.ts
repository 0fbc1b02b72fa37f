/**
 * Checks the links of trusted pointers: a few at a time, each with a time limit, following
 * redirects one by one so a moved page is reported with where it went. Also lists pointers
 * whose review is overdue. Runs in Node (the CLI); never in a widget.
 */
import type { TrustedPointer } from './trusted-pointer.ts';
import { isOverdue } from './trusted/pointers.ts';

export type LinkStatus = 'ok' | 'moved' | 'broken' | 'unreachable' | 'timeout';

export interface LinkResult {
  pointerId: string;
  url: string;
  status: LinkStatus;
  httpStatus: number | undefined;
  /** Where the link ends up after redirects, when it moved. */
  finalUrl: string | undefined;
  redirects: number;
  overdue: boolean;
}

export interface LinkCheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  today?: Date;
  userAgent?: string;
}

const PERMANENT_REDIRECTS = new Set([301, 308]);

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number, userAgent: string): Promise<Response> {
  return fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': userAgent } });
}

async function checkOne(pointer: TrustedPointer, options: Required<LinkCheckOptions>): Promise<LinkResult> {
  const base = { pointerId: pointer.id, url: pointer.url, overdue: isOverdue(pointer, options.today) };
  let url = pointer.url;
  let permanentlyMoved = false;
  for (let redirects = 0; redirects <= options.maxRedirects; redirects += 1) {
    let response: Response;
    try {
      response = await request(url, 'HEAD', options.timeoutMs, options.userAgent);
      // Some servers refuse HEAD; ask for the page itself before calling the link broken.
      if (response.status === 405 || response.status === 501) response = await request(url, 'GET', options.timeoutMs, options.userAgent);
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      return { ...base, status: timedOut ? 'timeout' : 'unreachable', httpStatus: undefined, finalUrl: redirects > 0 ? url : undefined, redirects };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      permanentlyMoved ||= PERMANENT_REDIRECTS.has(response.status);
      url = new URL(location, url).href;
      continue;
    }
    const ok = response.status >= 200 && response.status < 300;
    const status: LinkStatus = !ok ? 'broken' : permanentlyMoved ? 'moved' : 'ok';
    return { ...base, status, httpStatus: response.status, finalUrl: redirects > 0 ? url : undefined, redirects };
  }
  return { ...base, status: 'broken', httpStatus: undefined, finalUrl: url, redirects: options.maxRedirects };
}

/** Checks every pointer's link, `concurrency` at a time; results in the pointers' order. */
export async function checkLinks(pointers: readonly TrustedPointer[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const settings: Required<LinkCheckOptions> = {
    concurrency: options.concurrency ?? 4,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRedirects: options.maxRedirects ?? 5,
    today: options.today ?? new Date(),
    userAgent: options.userAgent ?? 'wijkwijzer-link-check/0.1 (+https://wijkwijzer.nl)',
  };
  const results: LinkResult[] = new Array(pointers.length);
  let next = 0;
  const worker = async () => {
    while (next < pointers.length) {
      const index = next++;
      results[index] = await checkOne(pointers[index]!, settings);
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, pointers.length) }, worker));
  return results;
}
