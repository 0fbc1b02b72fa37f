import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, registerMessages } from './localize.ts';

/** A bare element with the localize controller: it shows one key of a given namespace. */
class LocalizeProbe extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  readonly localize = new LocalizeController(this);
  protected override render() {
    return html`<p>${this.localize.t(this.key)}</p>`;
  }
}
customElements.define('wijk-localize-probe', LocalizeProbe);

const text = (element: LocalizeProbe) => element.shadowRoot!.textContent!.trim();

describe('LocalizeController', () => {
  it('loads the words of a widget that registers while its language is still loading (it stayed Dutch)', async () => {
    let releaseFirst!: () => void;
    const firstArrives = new Promise<void>((resolve) => (releaseFirst = resolve));
    registerMessages('probe-first', {
      nl: { hello: 'Hallo' },
      en: async () => {
        await firstArrives;
        return { default: { hello: 'Hello' } };
      },
      ar: async () => ({ default: { hello: 'مرحبا' } }),
    });
    const first = await fixture<LocalizeProbe>(html`<wijk-localize-probe lang="en" .key=${'probe-first:hello'}></wijk-localize-probe>`);
    // English is loading for the first widget; now the second widget's code arrives.
    registerMessages('probe-second', {
      nl: { bye: 'Dag' },
      en: async () => ({ default: { bye: 'Goodbye' } }),
      ar: async () => ({ default: { bye: 'مع السلامة' } }),
    });
    const second = await fixture<LocalizeProbe>(html`<wijk-localize-probe lang="en" .key=${'probe-second:bye'}></wijk-localize-probe>`);
    releaseFirst();
    await waitUntil(() => text(first) === 'Hello', 'the first widget did not switch to English');
    await waitUntil(() => text(second) === 'Goodbye', 'the second widget stayed Dutch', { timeout: 2000 });
  });

  it('gives a widget already speaking English the words of a namespace registered afterwards', async () => {
    registerMessages('probe-third', { nl: { x: 'Nederlands' }, en: async () => ({ default: { x: 'English' } }), ar: async () => ({ default: { x: 'عربي' } }) });
    const element = await fixture<LocalizeProbe>(html`<wijk-localize-probe lang="en" .key=${'probe-third:x'}></wijk-localize-probe>`);
    await waitUntil(() => text(element) === 'English');
    registerMessages('probe-fourth', { nl: { y: 'Later' }, en: async () => ({ default: { y: 'Afterwards' } }), ar: async () => ({ default: { y: 'لاحقا' } }) });
    element.key = 'probe-fourth:y';
    await waitUntil(() => text(element) === 'Afterwards', 'stayed Dutch after a later registration', { timeout: 2000 });
    expect(text(element)).to.equal('Afterwards');
  });

  it('keeps translated texts apart by value and plural form, and follows messages added later', async () => {
    registerMessages('probe-values', {
      nl: { count_one: '{{count}} ding', count_other: '{{count}} dingen', pair: '{{a}}/{{b}}' },
      en: async () => ({ default: { count_one: '{{count}} thing', count_other: '{{count}} things', pair: '{{a}}/{{b}}' } }),
      ar: async () => ({ default: { count_zero: '{{count}}', count_one: '{{count}}', count_two: '{{count}}', count_few: '{{count}}', count_many: '{{count}}', count_other: '{{count}}', pair: '{{a}}/{{b}}' } }),
    });
    const element = await fixture<LocalizeProbe>(html`<wijk-localize-probe .key=${'probe-values:pair'}></wijk-localize-probe>`);
    const t = element.localize.t.bind(element.localize);
    expect([t('probe-values:count', { count: 1 }), t('probe-values:count', { count: 2 }), t('probe-values:count', { count: 1 })]).to.deep.equal(['1 ding', '2 dingen', '1 ding']);
    // Values that would run together in a naive key stay apart.
    expect([t('probe-values:pair', { a: 'x|', b: 'y' }), t('probe-values:pair', { a: 'x', b: '|y' })]).to.deep.equal(['x|/y', 'x/|y']);
    registerMessages('probe-values-later', { nl: { late: 'Later' }, en: async () => ({ default: { late: 'Later' } }), ar: async () => ({ default: { late: 'لاحقا' } }) });
    expect(t('probe-values-later:late')).to.equal('Later');
  });

  it('stays in Dutch, and settles, when a language module cannot be loaded (it stayed empty for good)', async () => {
    registerMessages('probe-offline', {
      nl: { hi: 'Hoi' },
      en: async () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      ar: async () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    const element = await fixture<LocalizeProbe>(html`<wijk-localize-probe lang="ar" .key=${'probe-offline:hi'}></wijk-localize-probe>`);
    await waitUntil(() => element.localize.settled, 'never settled after a failed load', { timeout: 2000 });
    await element.updateComplete;
    expect(text(element)).to.equal('Hoi');
  });
});
