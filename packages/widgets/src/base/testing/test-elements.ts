/**
 * Elements that exist only to prove the base in tests: they use every shared piece
 * (language, events, view states, loading JSON) the way a real widget will.
 */
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WijkElement } from '../wijk-element.ts';
import { WijkEvent } from '../events.ts';
import { loadJson } from '../load-json.ts';
import { registerMessages } from '../localize.ts';
import type { ViewState } from '../view-state.ts';

registerMessages('test', {
  nl: { greeting: 'Goedendag, buurt!', items_one: '{{count}} item', items_other: '{{count}} items', ping: 'Stuur' },
  en: { greeting: 'Good day, neighbourhood!', items_one: '{{count}} item', items_other: '{{count}} items', ping: 'Send' },
  ar: { greeting: 'نهارك سعيد يا حي!', items_zero: '{{count}} عنصر', items_one: 'عنصر واحد', items_two: 'عنصران', items_few: '{{count}} عناصر', items_many: '{{count}} عنصرًا', items_other: '{{count}} عنصر', ping: 'أرسل' },
});

export class WijkTestPingEvent extends WijkEvent<{ items: number }> {
  constructor(items: number) {
    super('wijk-test-ping', { items });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wijk-test-ping': WijkTestPingEvent;
  }
}

/** Loads a JSON array from `src` and shows how many items it has, or the state it is in. */
export class WijkTestElement extends WijkElement {
  @property() src?: string;
  @state() private viewState: ViewState = { kind: 'ready' };
  @state() private items: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.load(this.src);
  }

  async load(src: string): Promise<void> {
    this.viewState = { kind: 'loading' };
    try {
      const data = await loadJson(new URL(src, document.baseURI));
      this.items = Array.isArray(data) ? data : [];
      this.viewState =
        this.items.length === 0
          ? { kind: 'empty', messageKey: 'empty', action: { labelKey: 'retry', run: () => void this.load(src) } }
          : { kind: 'ready' };
      this.announce(this.t('test:items', { count: this.items.length }));
    } catch (error) {
      this.viewState = this.errorStateFor(error, () => void this.load(src));
    }
  }

  protected override renderContent() {
    return html`<h2 part="title">${this.t('test:greeting')}</h2>
      ${this.renderViewState(this.viewState)}
      ${this.viewState.kind === 'ready'
        ? html`<p part="count">${this.t('test:items', { count: this.items.length })}</p>
            <button class="button" part="button" type="button" @click=${this.ping}>${this.t('test:ping')}</button>`
        : null}`;
  }

  private ping(): void {
    this.dispatchEvent(new WijkTestPingEvent(this.items.length));
  }
}
