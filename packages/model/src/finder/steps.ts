/**
 * Long work written once as a generator that yields between small steps, so the same code can run
 * at once (`runNow`) or spread over many tasks that leave the page responsive (`runInSlices`).
 * Both paths run the very same steps, so they give the same result.
 */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Stops between slices and rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** How long one slice may run before the event loop gets a turn. */
  sliceMs?: number | undefined;
}

/** Short enough that a keystroke or a frame never waits long; long enough that yielding costs little. */
const DEFAULT_SLICE_MS = 10;

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  // scheduler.yield keeps our place in the queue and skips the browsers' 4 ms timer clamp.
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long slices may follow each other before the page gets a frame drawn. */
const FRAME_EVERY_MS = 50;

/**
 * Resolves once the page has drawn a frame, in a browser tab that is showing; undefined elsewhere
 * (Node, a hidden tab, where frames do not come). Continuations of `scheduler.yield` go before
 * rendering: measured in Chromium, a first page put in the DOM was drawn only 0.6–1 s later.
 */
export function afterNextPaint(): Promise<void> | undefined {
  const { requestAnimationFrame: nextFrame, document } = globalThis as { requestAnimationFrame?: (callback: () => void) => number; document?: { visibilityState?: string } };
  if (typeof nextFrame !== 'function' || document?.visibilityState !== 'visible') return undefined;
  // The frame callback runs before the paint; the task after it, after.
  return new Promise((resolve) => nextFrame(() => setTimeout(resolve, 0)));
}

export async function runInSlices<T>(steps: Steps<T>, { signal, sliceMs = DEFAULT_SLICE_MS }: SliceOptions = {}): Promise<T> {
  signal?.throwIfAborted();
  let painted = performance.now();
  for (;;) {
    const deadline = performance.now() + sliceMs;
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() < deadline);
    const frame = performance.now() - painted > FRAME_EVERY_MS ? afterNextPaint() : undefined;
    await (frame ?? yieldToEventLoop());
    if (frame) painted = performance.now();
    signal?.throwIfAborted();
  }
}

/** Elements merged (or sorted in a first pass) between two yields. */
const SORT_STEP = 512;

/**
 * A stable merge sort that yields every few hundred comparisons. Being stable, it orders exactly
 * as `Array.prototype.sort` does with the same comparator.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let source = items.slice();
  for (let start = 0; start < source.length; start += SORT_STEP) {
    const run = source.slice(start, start + SORT_STEP).sort(compare);
    for (let i = 0; i < run.length; i += 1) source[start + i] = run[i]!;
    yield;
  }
  let target = new Array<T>(source.length);
  for (let width = SORT_STEP; width < source.length; width *= 2) {
    let sinceYield = 0;
    for (let left = 0; left < source.length; left += 2 * width) {
      const middle = Math.min(left + width, source.length);
      const end = Math.min(left + 2 * width, source.length);
      let i = left;
      let j = middle;
      for (let out = left; out < end; out += 1) {
        // Ties take from the left run: that keeps equal elements in their original order.
        target[out] = i < middle && (j >= end || compare(source[i]!, source[j]!) <= 0) ? source[i++]! : source[j++]!;
        if (++sinceYield === SORT_STEP) {
          sinceYield = 0;
          yield;
        }
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
