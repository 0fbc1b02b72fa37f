/** Browser-test helpers for <wijk-practice-search>. */
import { waitUntil } from '@open-wc/testing';
import type { WijkPracticeSearch } from '../practice-search.ts';
import { $, $$ } from '../../base/testing/shadow.ts';

export async function inState(element: WijkPracticeSearch, state: 'loading' | 'ready' | 'empty' | 'error', timeout = 5000): Promise<void> {
  await waitUntil(() => element.matches(`:state(${state})`), `never reached :state(${state}); shows "${element.shadowRoot?.textContent?.trim().slice(0, 120)}"`, { timeout });
  await element.updateComplete;
}

export const resultCount = (element: WijkPracticeSearch): string => $(element, '#practice-count').textContent!.trim();

/** The titles as shown, without the hidden "opens a new window". */
export const resultTitles = (element: WijkPracticeSearch): string[] =>
  $$(element, '[part~="result"] h3 a').map((link) =>
    [...link.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim(),
  );

export const filterNames = (element: WijkPracticeSearch): string[] => $$(element, '[part~="filters"] legend').map((legend) => legend.textContent!.trim());

/** The checkbox of a filter value, found by the start of its label. */
export function checkbox(element: WijkPracticeSearch, labelStart: string): HTMLInputElement {
  const label = $$(element, 'label.option').find((option) => option.textContent!.trim().startsWith(labelStart));
  if (!label) throw new Error(`no filter value starts with ${labelStart}`);
  return label.querySelector('input')!;
}

/** Waits until the search shows `count` results (the count text starts with it). */
export async function untilCount(element: WijkPracticeSearch, count: number): Promise<void> {
  await waitUntil(() => element.matches(':state(ready)') && resultCount(element).startsWith(`${count} `), `never showed ${count} results`, { timeout: 5000 });
  await element.updateComplete;
}

/**
 * Does `action` and waits until the search it starts has shown its outcome, also when the
 * number of results stays the same (the outcome is private state: no event says so).
 */
export async function searched(element: WijkPracticeSearch, action: () => void): Promise<void> {
  const outcomeOf = () => (element as unknown as { outcome: unknown }).outcome;
  const before = outcomeOf();
  action();
  await waitUntil(() => outcomeOf() !== before, 'the search did not finish', { timeout: 5000 });
  await element.updateComplete;
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function tick(box: HTMLInputElement): void {
  box.click();
}

/** Puts the test page's URL back to its own path, without query. */
export function resetUrl(search = ''): void {
  history.replaceState(null, '', `${location.pathname}${search}`);
}
