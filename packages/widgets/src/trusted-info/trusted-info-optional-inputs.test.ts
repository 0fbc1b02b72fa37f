/**
 * What a partner adds (a file, inline pointers, a registry) is optional: when it fails, the
 * national pointers and crisis lines stay on screen, with a small notice beside them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkTrustedInfo } from './trusted-info.ts';
import { pointer, testRegistry } from './testing/registry.ts';
import { $, $$ } from '../base/testing/shadow.ts';
import './define.ts';

const NOW = new Date(2026, 10, 25);
const LOCAL = '/packages/widgets/src/trusted-info/testing/local-pointers.json';
const OTHER_LOCAL = '/packages/widgets/src/trusted-info/testing/local-pointers-other.json';
const INVALID_LOCAL = '/packages/widgets/src/trusted-info/testing/local-pointers-invalid.json';

/** A link's visible title, without the "(opens a new window)" said only to screen readers. */
const titles = (element: HTMLElement) =>
  $$(element, '.pointer__title a').map((link) => [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim());
const callLinks = (element: HTMLElement) => $$(element, '.crisis__call').map((link) => link.getAttribute('href'));
const textOf = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const noticeText = (element: HTMLElement) => $$(element, '[part~="notice"]').map((notice) => notice.textContent!.replace(/\s+/g, ' ').trim());

async function inState(element: HTMLElement, state: string, timeout = 5000): Promise<void> {
  await waitUntil(() => element.matches(`:state(${state})`), `never reached :state(${state})`, { timeout });
  await (element as WijkTrustedInfo).updateComplete;
}

/** Runs `action` and returns what it wrote with console.error, which is where partners read the details. */
async function consoleErrorsDuring(action: () => Promise<unknown>): Promise<unknown[][]> {
  const original = console.error;
  const errors: unknown[][] = [];
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    await action();
  } finally {
    console.error = original;
  }
  return errors;
}

describe('<wijk-trusted-info> when a partner’s file fails', () => {
  it('keeps 113 and 112 on screen when the file is missing, with a notice, the status code and a retry', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="zelfmoordgedachten" src="/does-not-exist.json"></wijk-trusted-info>`);
    await inState(element, 'error');
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(titles(element)).to.include('Alarmnummer 112');
    const [notice] = noticeText(element);
    expect(notice).to.contain('De bronnen hier in de buurt kunnen we nu niet laten zien.').and.to.contain('foutcode 404');
    expect($(element, '[part~="notice"] button').textContent).to.equal('Probeer het opnieuw');
    // The crisis lines come first; the notice never pushes them down.
    expect(element.shadowRoot!.querySelector('[part~="base"] > *')!.getAttribute('part')).to.equal('crisis');
    await expect(element).to.be.accessible();
  });

  it('keeps the national pointers when the file is not valid, and tells the partner why in the console', async () => {
    let element!: WijkTrustedInfo;
    const errors = await consoleErrorsDuring(async () => {
      element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="zelfmoordgedachten" src=${INVALID_LOCAL}></wijk-trusted-info>`);
      await inState(element, 'error');
    });
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(noticeText(element)[0]).to.contain('De gegevens kloppen niet.');
    expect(textOf(element)).to.not.contain('Buurtkamer zonder talen');
    expect(JSON.stringify(errors)).to.contain('$.pointers[0].languages');
  });

  it('keeps the national pointers while a file never answers, and gives up on it after the time limit', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="zelfmoordgedachten" src="/test/hang" timeout="1"></wijk-trusted-info>`);
    await inState(element, 'loading');
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    await inState(element, 'error', 4000);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(noticeText(element)[0]).to.contain('duurt te lang');
  });

  it('drops the notice when a file that works is set after one that failed', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="eenzaamheid" src="/does-not-exist.json"></wijk-trusted-info>`);
    await inState(element, 'error');
    element.src = LOCAL;
    await inState(element, 'ready');
    expect(noticeText(element)).to.deep.equal([]);
    expect(textOf(element)).to.contain('Buurtkamer Selwerd');
  });

  it('shows only the file set last, never one that answers after it', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="eenzaamheid" src=${`/test/slow/800${LOCAL}`}></wijk-trusted-info>`);
    element.src = OTHER_LOCAL;
    await inState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await element.updateComplete;
    expect(textOf(element)).to.contain('Wijkteam Vinkhuizen').and.not.to.contain('Buurtkamer Selwerd');
  });

  it('takes a file’s pointers away as soon as another file is set, while that one loads', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="eenzaamheid" src=${LOCAL}></wijk-trusted-info>`);
    await inState(element, 'ready');
    expect(textOf(element)).to.contain('Buurtkamer Selwerd');
    element.src = `/test/slow/800${OTHER_LOCAL}`;
    await inState(element, 'loading');
    expect(textOf(element)).to.not.contain('Buurtkamer Selwerd');
    expect(titles(element)).to.include('Thuisarts.nl');
    await inState(element, 'ready');
    expect(textOf(element)).to.contain('Wijkteam Vinkhuizen');
  });
});

describe('<wijk-trusted-info> when a partner’s inline pointers or registry are not valid', () => {
  it('leaves out local pointers without languages, with a notice, and keeps showing the topic', async () => {
    const withoutLanguages = { ...pointer('wijkteam', 'eenzaamheid', { title: 'Wijkteam Selwerd' }), languages: undefined };
    let element!: WijkTrustedInfo;
    const errors = await consoleErrorsDuring(async () => {
      element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="eenzaamheid" .registry=${testRegistry} .localPointers=${[withoutLanguages]} .now=${NOW}></wijk-trusted-info>`);
    });
    expect(titles(element)).to.deep.equal(['Bron een', 'Bron oud']);
    expect(noticeText(element)).to.deep.equal(['De bronnen hier in de buurt kunnen we nu niet laten zien. De gegevens kloppen niet. Laat dit weten aan de beheerder van deze website.']);
    expect(JSON.stringify(errors)).to.contain('localPointers').and.to.contain('$.pointers[0].languages');
    // Valid pointers set afterwards replace the invalid ones, and the notice goes.
    element.localPointers = [pointer('wijkteam', 'eenzaamheid', { title: 'Wijkteam Selwerd' })];
    await element.updateComplete;
    expect(noticeText(element)).to.deep.equal([]);
    expect(textOf(element)).to.contain('Wijkteam Selwerd');
  });

  it('falls back to the national registry when the registry has no pointers, and says so', async () => {
    let element!: WijkTrustedInfo;
    const errors = await consoleErrorsDuring(async () => {
      element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topic="zelfmoordgedachten" .registry=${{ topics: testRegistry.topics }}></wijk-trusted-info>`);
    });
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(noticeText(element)[0]).to.contain('U ziet de landelijke bronnen.').and.to.contain('De gegevens kloppen niet.');
    expect(JSON.stringify(errors)).to.contain('registry').and.to.contain('$.pointers');
    await expect(element).to.be.accessible();
  });

  it('says the same in English and Arabic', async () => {
    for (const [lang, expected] of [['en', 'You see the national sources.'], ['ar', 'ترى المصادر الوطنية']] as const) {
      let element!: WijkTrustedInfo;
      await consoleErrorsDuring(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><wijk-trusted-info topic="zelfmoordgedachten" .registry=${{ pointers: 'none' }}></wijk-trusted-info></div>`);
        element = wrapper.firstElementChild as WijkTrustedInfo;
        await element.updateComplete;
      });
      expect(noticeText(element)[0]).to.contain(expected);
    }
  });
});

describe('<wijk-trusted-info> crisis lines across topics', () => {
  it('shows each number to call once, even when two urgent topics both list 112', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="nl" topics="zelfmoordgedachten huiselijk-geweld-en-kindermishandeling"></wijk-trusted-info>`);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112', 'tel:08002000']);
  });
});
