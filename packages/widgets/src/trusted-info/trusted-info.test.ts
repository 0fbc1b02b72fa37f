import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkTrustedInfo } from './trusted-info.ts';
import { pointer, testRegistry } from './testing/registry.ts';
import { $, $$ } from '../base/testing/shadow.ts';
import './define.ts';

const NOW = new Date(2026, 10, 25);

async function trusted(attributes: Partial<Pick<WijkTrustedInfo, 'topic' | 'topics' | 'code' | 'mode' | 'hideOverdue' | 'src'>> & { lang?: string; registry?: unknown; localPointers?: unknown } = {}): Promise<WijkTrustedInfo> {
  const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info
    lang=${attributes.lang ?? 'nl'}
    .topic=${attributes.topic}
    .topics=${attributes.topics}
    .code=${attributes.code}
    .mode=${attributes.mode}
    .hideOverdue=${attributes.hideOverdue ?? false}
    .src=${attributes.src}
    .registry=${attributes.registry === undefined ? testRegistry : attributes.registry}
    .localPointers=${attributes.localPointers}
    .now=${NOW}
  ></wijk-trusted-info>`);
  await element.updateComplete;
  return element;
}

/** A link's visible title, without the "(opens a new window)" said only to screen readers. */
const linkTitle = (link: Element) =>
  [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
const titles = (element: HTMLElement) => $$(element, '.pointer__title a').map(linkTitle);

describe('<wijk-trusted-info>', () => {
  it('shows one topic’s sources with owner, why trusted and languages; links open a new tab and say so', async () => {
    const element = await trusted({ topic: 'eenzaamheid' });
    expect($(element, '.topic__title').textContent).to.equal('Eenzaamheid');
    expect(titles(element)).to.deep.equal(['Bron een', 'Bron oud']);
    const first = $$(element, '[part~="pointer"]')[0]!;
    expect(first.textContent).to.contain('Van: Eigenaar een').and.to.contain('Waarom een betrouwbaar is.').and.to.contain('Talen: Nederlands');
    const link = first.querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('(opent een nieuw venster)');
  });

  it('finds topics by a word residents use, and shows several topics', async () => {
    const element = await trusted({ topics: 'schulden alleen' });
    expect($$(element, '.topic__title').map((h) => h.textContent)).to.deep.equal(['Geldzorgen en schulden', 'Eenzaamheid']);
  });

  it('finds the topic for a GP code', async () => {
    const element = await trusted({ code: 'ICPC:P29' });
    expect($(element, '.topic__title').textContent).to.equal('Eenzaamheid');
    const bare = await trusted({ code: 'p29' });
    expect($(bare, '.topic__title').textContent).to.equal('Eenzaamheid');
  });

  it('puts the crisis line first, as a number to call, above everything else', async () => {
    const element = await trusted({ topics: 'eenzaamheid zelfmoordgedachten' });
    const first = element.shadowRoot!.querySelector('[part~="base"] > *:not([role="status"])')!;
    expect(first.getAttribute('part')).to.equal('crisis');
    const call = $(element, '.crisis__call') as HTMLAnchorElement;
    expect(call.getAttribute('href')).to.equal('tel:08000113');
    expect(call.textContent).to.equal('Bel 0800-0113');
    const urgentTopic = $$(element, '[part~="topic"]')[1]!;
    expect([...urgentTopic.querySelectorAll('.pointer__title a')].map((a) => linkTitle(a))).to.deep.equal(['113 Zelfmoordpreventie', 'Bron info']);
  });

  it('marks sources overdue for review, or leaves them out with hide-overdue', async () => {
    const element = await trusted({ topic: 'eenzaamheid' });
    const overdue = $$(element, '[part~="pointer"]').filter((item) => item.querySelector('[part~="overdue"]'));
    expect(overdue.map((item) => linkTitle(item.querySelector('a')!))).to.deep.equal(['Bron oud']);
    const hidden = await trusted({ topic: 'eenzaamheid', hideOverdue: true });
    expect(titles(hidden)).to.deep.equal(['Bron een']);
  });

  it('shows a partner’s local pointers beside the national ones, marked local, inline or from src', async () => {
    const inline = await trusted({ topic: 'eenzaamheid', localPointers: [pointer('wijkteam', 'eenzaamheid', { title: 'Wijkteam Selwerd' })] });
    expect(titles(inline)).to.deep.equal(['Wijkteam Selwerd', 'Bron een', 'Bron oud']);
    expect($$(inline, '[part~="pointer"]')[0]!.textContent).to.contain('Hier in de buurt');
    const fromSrc = await trusted({ topic: 'eenzaamheid', src: '/packages/widgets/src/trusted-info/testing/local-pointers.json' });
    await waitUntil(() => titles(fromSrc).includes('Buurtkamer Selwerd'), 'local pointers never arrived');
  });

  it('never shows an empty box: an unknown topic or code says so and offers the topics', async () => {
    const unknown = await trusted({ topic: 'vulkanen' });
    expect($(unknown, '[part~="status-unknown"]').textContent).to.contain('Over "\u2068vulkanen\u2069" hebben we geen informatie');
    expect($$(unknown, '[part~="topic-button"]')).to.have.length(3);
    const unknownCode = await trusted({ code: 'ICPC:Z99' });
    expect($(unknownCode, '[part~="status-unknown"]').textContent).to.contain('Bij code');
    expect($$(unknownCode, '[part~="topic-button"]')).to.have.length(3);
  });

  it('asks "what is your question about?", searches topics and opens the one chosen', async () => {
    const element = await trusted({ mode: 'ask' });
    expect($(element, '#ask-title').textContent).to.equal('Waar gaat uw vraag over?');
    const search = $(element, '#topic-search') as HTMLInputElement;
    search.value = 'rekeningen';
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    const buttons = $$(element, '[part~="topic-button"]');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Geldzorgen en schulden']);
    buttons[0]!.click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement?.classList.contains('topic__title'));
    expect(titles(element)).to.deep.equal(['Bron geld']);
    $(element, '.link-button').click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'topic-search');
  });

  it('uses the national registry that ships with it when none is given', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', registry: null });
    expect($(element, '.crisis__call').getAttribute('href')).to.equal('tel:08000113');
    expect(titles(element).length).to.be.within(2, 4);
  });

  it('has no axe violations in every mode, and in Arabic right-to-left', async () => {
    for (const attributes of [{ topic: 'eenzaamheid' }, { topics: 'zelfmoordgedachten eenzaamheid' }, { mode: 'ask' }, { topic: 'vulkanen' }, { code: 'ICPC:P77', lang: 'ar' }, { mode: 'ask', lang: 'ar' }]) {
      const element = await trusted(attributes);
      await expect(element).to.be.accessible();
    }
    const arabic = await trusted({ topic: 'eenzaamheid', lang: 'ar' });
    expect($(arabic, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect($(arabic, '.topic__title').textContent).to.equal('الوحدة');
  });
});
