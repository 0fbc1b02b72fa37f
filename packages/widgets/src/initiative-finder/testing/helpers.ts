import { fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkInitiativeFinder } from '../initiative-finder.ts';
import '../define.ts';
import { $, $$ } from '../../base/testing/shadow.ts';

export { $, $$ };

/** A Wednesday, so "open today" has a known answer. */
export const WEDNESDAY = new Date(2026, 10, 25, 9, 0);

export async function finderWith(data: unknown, attributes: { lang?: string; syncUrl?: boolean } = {}): Promise<WijkInitiativeFinder> {
  const element = await fixture<WijkInitiativeFinder>(
    html`<wijk-initiative-finder lang=${attributes.lang ?? 'nl'} ?sync-url=${attributes.syncUrl} .now=${WEDNESDAY} .data=${data}></wijk-initiative-finder>`,
  );
  await settled(element);
  return element;
}

/** Waits until the data-source controller has finished: ready, empty or error. */
export async function settled(element: WijkInitiativeFinder): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => element.matches(':state(ready), :state(empty), :state(error)'), 'the finder did not settle', { timeout: 20_000 });
  await element.updateComplete;
}


export function cardNames(element: HTMLElement): string[] {
  return $$(element, '[part~="card-button"]').map((button) => button.textContent!.trim());
}

export function resultCount(element: HTMLElement): string {
  return $(element, '#results-count').textContent!.trim();
}

export async function typeQuery(element: WijkInitiativeFinder, text: string): Promise<void> {
  const input = $(element, '[part~="search-input"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

export function optionLabelled(element: HTMLElement, text: string): HTMLInputElement {
  const label = $$(element, 'label.option').find((candidate) => candidate.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no filter option "${text}"`);
  return label.querySelector('input')!;
}

export async function waitForLiveRegion(element: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => $(element, '[aria-live="polite"]').textContent!.includes(text), `live region never said "${text}"`, { timeout: 3000 });
}
