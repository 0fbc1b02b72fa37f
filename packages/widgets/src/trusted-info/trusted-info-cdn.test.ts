/**
 * The CDN build, as a partner's page loads it: the national registry's English and Arabic text
 * are in the widget's language modules (locales/trusted-info.en.js, .ar.js), so a Dutch page
 * downloads neither and still shows 113 and 112 on the first render; an English or Arabic page
 * shows the registry in its language once its module is there. Needs the build (the test
 * command builds first); this file loads the built widget instead of the source.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $$ } from '../base/testing/shadow.ts';

const CDN = '/packages/widgets/dist/cdn/';
const callLinks = (element: HTMLElement) => $$(element, '.crisis__call').map((link) => link.getAttribute('href'));
const textOf = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The widget's language modules this page has downloaded so far. */
const languageModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`${CDN}locales/trusted-info.`))
    .map((path) => path.slice(`${CDN}locales/`.length));

const DUTCH = ['Alarmnummer', 'Gratis nummer', 'Dag en nacht', 'De landelijke hulplijn'];

describe('<wijk-trusted-info> from the CDN build: registry text per language', () => {
  before(async () => {
    const widget: string = `${CDN}trusted-info.js`;
    await import(widget);
    await customElements.whenDefined('wijk-trusted-info');
  });

  it('Dutch: shows 113 and 112 on the first render and downloads no English or Arabic', async () => {
    const element = await fixture<HTMLElement>(html`<wijk-trusted-info lang="nl" topic="zelfmoordgedachten"></wijk-trusted-info>`);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(textOf(element)).to.contain('Alarmnummer 112').and.to.contain('De landelijke hulplijn');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(languageModules()).to.deep.equal([]);
  });

  it('keeps the topic a resident chose in Dutch when the page turns English, now with its English text', async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<wijk-trusted-info lang="nl" mode="ask"></wijk-trusted-info>`);
    $$(element, '[part~="topic-button"]').find((button) => button.textContent!.trim() === 'Eenzaamheid')!.click();
    await element.updateComplete;
    expect(textOf(element)).to.contain('U voelt zich alleen');
    element.lang = 'en';
    await waitUntil(() => textOf(element).includes('Choose another topic'), 'English never arrived');
    expect(textOf(element)).to.contain('Loneliness').and.to.contain('You feel alone or miss people to talk to').and.to.contain('Ministry of Health, Welfare and Sport');
    expect(textOf(element)).to.not.contain('U voelt zich alleen');
  });

  it('English: shows the registry in English once the language module is there, and only that module', async () => {
    const element = await fixture<HTMLElement>(html`<wijk-trusted-info lang="en" topic="zelfmoordgedachten"></wijk-trusted-info>`);
    await waitUntil(() => textOf(element).includes('Need help right now?'), 'English never arrived');
    const text = textOf(element);
    expect(text).to.contain('Emergency number 112').and.to.contain('Free number').and.to.contain('The national helpline for people who are thinking about suicide');
    for (const dutch of DUTCH) expect(text).to.not.contain(dutch);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(languageModules()).to.deep.equal(['trusted-info.en.js']);
  });

  it('Arabic: the same, right to left, and finds "lonely" typed on an Arabic page', async () => {
    const element = await fixture<HTMLElement>(html`<wijk-trusted-info lang="ar" mode="ask"></wijk-trusted-info>`);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('dir') === 'rtl', 'Arabic never arrived');
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('#topic-search')!;
    search.value = 'lonely';
    search.dispatchEvent(new InputEvent('input'));
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect($$(element, '[part~="topic-button"]')[0]!.textContent!.trim()).to.equal('الشعور بالوحدة');
    $$(element, '[part~="topic-button"]')[0]!.click();
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(element)).to.contain('وزارة الصحة والرعاية الاجتماعية والرياضة').and.to.not.contain('Ministerie van Volksgezondheid');
    expect(languageModules().sort()).to.deep.equal(['trusted-info.ar.js', 'trusted-info.en.js']);
  });
});
