import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WijkTestElement, WijkTestPingEvent } from './testing/test-elements.ts';
import { WijkElement } from './wijk-element.ts';
import { KIT_VERSION } from './version.ts';

WijkTestElement.define('wijk-test-element');

const FIXTURES = '/test/fixtures';

function part(element: HTMLElement, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

async function loaded(element: WijkTestElement): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => !element.shadowRoot!.querySelector('[part~="status-loading"]'), 'still loading');
  await element.updateComplete;
}

describe('WijkElement language', () => {
  let documentLang: string | null;
  beforeEach(() => {
    documentLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('speaks Dutch when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const element = await fixture<WijkTestElement>(html`<wijk-test-element></wijk-test-element>`);
    expect(element.language).to.equal('nl');
    expect(part(element, 'title').textContent).to.equal('Goedendag, buurt!');
    expect(part(element, 'base').getAttribute('lang')).to.equal('nl');
  });

  it('takes its own lang before an ancestor’s', async () => {
    const wrapper = await fixture(html`<div lang="ar"><wijk-test-element lang="en-GB"></wijk-test-element></div>`);
    const element = wrapper.querySelector<WijkTestElement>('wijk-test-element')!;
    await element.updateComplete;
    expect(element.language).to.equal('en');
    expect(part(element, 'title').textContent).to.equal('Good day, neighbourhood!');
  });

  it('takes the nearest ancestor’s lang, and turns right-to-left for Arabic without touching the page', async () => {
    document.documentElement.setAttribute('lang', 'nl');
    const wrapper = await fixture(html`<section lang="ar"><div><wijk-test-element></wijk-test-element></div></section>`);
    const element = wrapper.querySelector<WijkTestElement>('wijk-test-element')!;
    await element.updateComplete;
    expect(part(element, 'base').getAttribute('dir')).to.equal('rtl');
    expect(part(element, 'title').textContent).to.equal('نهارك سعيد يا حي!');
    expect(getComputedStyle(part(element, 'title')).direction).to.equal('rtl');
    expect(document.documentElement.getAttribute('lang')).to.equal('nl');
    expect(document.documentElement.hasAttribute('dir')).to.equal(false);
    expect(element.hasAttribute('dir')).to.equal(false);
  });

  it('follows a lang change on an ancestor while on the page', async () => {
    const wrapper = await fixture(html`<div lang="nl"><wijk-test-element></wijk-test-element></div>`);
    const element = wrapper.querySelector<WijkTestElement>('wijk-test-element')!;
    await element.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => part(element, 'title').textContent === 'Good day, neighbourhood!', 'did not switch to English');
    wrapper.setAttribute('lang', 'ar');
    await waitUntil(() => part(element, 'base').getAttribute('dir') === 'rtl', 'did not switch to Arabic');
  });

  it('falls back to Dutch for a language it does not speak', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="fr"></wijk-test-element>`);
    expect(element.language).to.equal('nl');
    expect(part(element, 'base').getAttribute('lang')).to.equal('nl');
  });

  it('uses the plural rules of each language', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="ar"></wijk-test-element>`);
    element.src = `${FIXTURES}/three-items.json`;
    await loaded(element);
    expect(part(element, 'count').textContent).to.equal('3 عناصر');
  });
});

describe('WijkElement.define', () => {
  it('does nothing, without a warning, when the same class is defined again', () => {
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => WijkTestElement.define('wijk-test-element')).not.to.throw();
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(0);
    expect(customElements.get('wijk-test-element')).to.equal(WijkTestElement);
  });

  it('keeps the first registration and warns when another version defines the same tag', () => {
    class OtherVersion extends WijkElement {
      static override readonly kitVersion = '99.0.0';
    }
    class SameVersionOtherCopy extends WijkElement {}
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => OtherVersion.define('wijk-test-element')).not.to.throw();
      expect(() => SameVersionOtherCopy.define('wijk-test-element')).not.to.throw();
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('wijk-test-element')).to.equal(WijkTestElement);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('99.0.0').and.to.contain(KIT_VERSION);
  });
});

describe('WijkElement view states', () => {
  it('shows a loading state, then the content, and announces the result', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="nl"></wijk-test-element>`);
    element.src = `${FIXTURES}/three-items.json`;
    await element.updateComplete;
    expect(part(element, 'status-loading').getAttribute('role')).to.equal('status');
    await loaded(element);
    expect(part(element, 'count').textContent).to.equal('3 items');
    const liveRegion = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(liveRegion.textContent).to.contain('3 items');
  });

  it('shows an empty state with a way out', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="en"></wijk-test-element>`);
    element.src = `${FIXTURES}/no-items.json`;
    await loaded(element);
    expect(part(element, 'status-empty').textContent).to.contain('Nothing was found.');
    expect(part(element, 'status-empty').querySelector('button')).not.to.equal(null);
  });

  it('explains a missing feed in the widget’s language and retries on request', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="nl"></wijk-test-element>`);
    element.src = `${FIXTURES}/does-not-exist.json`;
    await loaded(element);
    const error = part(element, 'status-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('foutcode 404');
    error.querySelector('button')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="status-loading"]')).not.to.equal(null);
    await loaded(element);
  });

  it('explains data that is not JSON', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element lang="ar"></wijk-test-element>`);
    element.src = `${FIXTURES}/not-json.json`;
    await loaded(element);
    expect(part(element, 'status-error').textContent).to.contain('البيانات بصيغة غير صحيحة');
  });

  it('is accessible in every state and language', async () => {
    for (const [lang, src] of [
      ['nl', 'three-items.json'],
      ['en', 'no-items.json'],
      ['ar', 'does-not-exist.json'],
    ] as const) {
      const element = await fixture<WijkTestElement>(html`<wijk-test-element lang=${lang}></wijk-test-element>`);
      element.src = `${FIXTURES}/${src}`;
      await element.updateComplete;
      await expect(element).to.be.accessible();
      await loaded(element);
      await expect(element).to.be.accessible();
    }
  });
});

describe('WijkElement events, keyboard and styling', () => {
  it('fires typed events that bubble out of the shadow root', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element></wijk-test-element>`);
    element.src = `${FIXTURES}/three-items.json`;
    await loaded(element);
    setTimeout(() => part(element, 'button').click());
    const event = await oneEvent(document, 'wijk-test-ping');
    expect(event).to.be.instanceOf(WijkTestPingEvent);
    expect(event.composed).to.equal(true);
    expect(event.detail.items).to.equal(3);
  });

  it('is reachable by keyboard with a visible focus ring', async () => {
    const wrapper = await fixture(html`<div><button id="before">before</button><wijk-test-element></wijk-test-element></div>`);
    const element = wrapper.querySelector<WijkTestElement>('wijk-test-element')!;
    element.src = `${FIXTURES}/three-items.json`;
    await loaded(element);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = part(element, 'button');
    expect(element.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(element, 'wijk-test-ping');
    expect(event.detail.items).to.equal(3);
  });

  it('takes design tokens from the host page and follows the column’s text size', async () => {
    const wrapper = await fixture(
      html`<div style="font-size: 10px; --wijk-color-accent: rgb(128, 0, 64)">
        <div style="font-size: 20px"><wijk-test-element></wijk-test-element></div>
      </div>`,
    );
    const element = wrapper.querySelector<WijkTestElement>('wijk-test-element')!;
    element.src = `${FIXTURES}/three-items.json`;
    await loaded(element);
    expect(getComputedStyle(part(element, 'button')).backgroundColor).to.equal('rgb(128, 0, 64)');
    expect(getComputedStyle(element).fontSize).to.equal('20px');
  });

  it('hides when the hidden attribute is set', async () => {
    const element = await fixture<WijkTestElement>(html`<wijk-test-element hidden></wijk-test-element>`);
    expect(getComputedStyle(element).display).to.equal('none');
  });
});
