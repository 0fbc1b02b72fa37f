/**
 * Checks the links of trusted pointers: a few at a time, each with a time limit, following
 * redirects one by one so a moved page is reported with where it went. Also lists pointers
 * whose review is overdue. Runs in Node (the CLI); never in a widget.
 */
import type { TrustedPointer } from './trusted-pointer.ts';
import { isOverdue } from './trusted/pointers.ts';

export type LinkStatus = 'ok' | 'moved' | 'broken' | 'unreachable' | 'timeout';

/** Why a link failed, where the status and HTTP code alone do not say it. */
export type LinkFailure = 'invalid-redirect' | 'too-many-redirects';

export interface LinkResult {
  pointerId: string;
  url: string;
  status: LinkStatus;
  httpStatus: number | undefined;
  /** Where the link ends up after redirects, when it moved. */
  finalUrl: string | undefined;
  redirects: number;
  overdue: boolean;
  reason: LinkFailure | undefined;
}

export interface LinkCheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  today?: Date;
  userAgent?: string;
}

const PERMANENT_REDIRECTS = new Set([301, 308]);

/**
 * The range each option must be in. Timers cannot wait longer than 2^31 − 1 ms: a bigger time
 * limit fires at once and every link would look silent.
 */
export const LINK_CHECK_LIMITS = {
  concurrency: { min: 1, max: 32 },
  timeoutMs: { min: 100, max: 120_000 },
  maxRedirects: { min: 0, max: 20 },
} as const satisfies Record<string, { min: number; max: number }>;

/** Whether `value` is a whole number within the limits of `option`. */
export function isWithinLimits(option: keyof typeof LINK_CHECK_LIMITS, value: number): boolean {
  const { min, max } = LINK_CHECK_LIMITS[option];
  return Number.isInteger(value) && value >= min && value <= max;
}

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number, userAgent: string): Promise<Response> {
  return fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': userAgent } });
}

async function checkOne(pointer: TrustedPointer, options: Required<LinkCheckOptions>): Promise<LinkResult> {
  const base = { pointerId: pointer.id, url: pointer.url, overdue: isOverdue(pointer, options.today), reason: undefined };
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
      // URL.parse, not new URL: a nonsense Location is this link's problem, not the whole run's.
      const next = URL.parse(location, url);
      if (!next) {
        return { ...base, status: 'broken', httpStatus: response.status, finalUrl: redirects > 0 ? url : undefined, redirects, reason: 'invalid-redirect' };
      }
      url = next.href;
      continue;
    }
    const ok = response.status >= 200 && response.status < 300;
    const status: LinkStatus = !ok ? 'broken' : permanentlyMoved ? 'moved' : 'ok';
    return { ...base, status, httpStatus: response.status, finalUrl: redirects > 0 ? url : undefined, redirects };
  }
  return { ...base, status: 'broken', httpStatus: undefined, finalUrl: url, redirects: options.maxRedirects, reason: 'too-many-redirects' };
}

/**
 * Checks every pointer's link, `concurrency` at a time; results in the pointers' order.
 * Throws a RangeError for an option outside LINK_CHECK_LIMITS; never for a link.
 */
export async function checkLinks(pointers: readonly TrustedPointer[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const settings: Required<LinkCheckOptions> = {
    concurrency: options.concurrency ?? 4,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRedirects: options.maxRedirects ?? 5,
    today: options.today ?? new Date(),
    userAgent: options.userAgent ?? 'wijkwijzer-link-check/0.1 (+https://wijkwijzer.nl)',
  };
  for (const option of Object.keys(LINK_CHECK_LIMITS) as (keyof typeof LINK_CHECK_LIMITS)[]) {
    const { min, max } = LINK_CHECK_LIMITS[option];
    if (!isWithinLimits(option, settings[option])) throw new RangeError(`${option} must be a whole number from ${min} to ${max}, not ${settings[option]}`);
  }
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
