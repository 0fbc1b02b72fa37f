import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LearningStatement } from '@wijkwijzer/model';
import type { WijkLearningModule } from '../learning-module.ts';
import '../define.ts';
import { $, $$ } from '../../base/testing/shadow.ts';

export { $, $$ };

export async function moduleWith(data: unknown, lang = 'nl'): Promise<{ element: WijkLearningModule; statements: LearningStatement[] }> {
  const statements: LearningStatement[] = [];
  const element = await fixture<WijkLearningModule>(
    html`<wijk-learning-module lang=${lang} .data=${data} @wijk-statement=${(event: CustomEvent<LearningStatement>) => statements.push(event.detail)}></wijk-learning-module>`,
  );
  // The module is read asynchronously (as from a URL): wait until it shows, or shows why not.
  await waitUntil(() => element.matches(':state(ready), :state(error)'), 'the module never settled', { timeout: 5000 });
  await element.updateComplete;
  return { element, statements };
}

export function buttonNamed(element: HTMLElement, text: string): HTMLButtonElement {
  const button = $$(element, 'button').find((candidate) => candidate.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}" (have: ${$$(element, 'button').map((b) => b.textContent!.trim()).join(' | ')})`);
  return button as HTMLButtonElement;
}

export async function click(element: WijkLearningModule, text: string): Promise<void> {
  buttonNamed(element, text).click();
  await element.updateComplete;
}

/** The heading of what is on screen: the step, the overview or the summary. */
export function heading(element: HTMLElement): string {
  return $(element, '#step-heading, #module-title, #summary-title').textContent!.trim();
}

export function focused(element: HTMLElement): Element | null {
  return element.shadowRoot!.activeElement;
}

export async function waitForFocusOn(element: WijkLearningModule, text: string): Promise<void> {
  await waitUntil(() => focused(element)?.textContent?.trim() === text, `focus never reached "${text}"`);
}

export function optionInput(element: HTMLElement, label: string): HTMLInputElement {
  const found = $$(element, '.option label').find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`no option "${label}"`);
  return found.querySelector('input')!;
}

export const STORAGE_KEY = 'wijkwijzer:learning-module:proef-module';

/** Text as a reader sees it: without bidirectional isolates, whitespace collapsed. */
export function readable(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
