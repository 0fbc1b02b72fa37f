/**
 * A resident in crisis always finds help: the national crisis lines come from the registry inside
 * the widget, before anything is fetched; an urgent question in "ask" mode shows them at once, in
 * Dutch, English or Arabic; every number reads left to right, also inside Arabic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkTrustedInfo } from './trusted-info.ts';
import { pointer } from './testing/registry.ts';
import { $, $$ } from '../base/testing/shadow.ts';
import './define.ts';

const NOW = new Date(2026, 10, 25);
const callLinks = (element: HTMLElement) => $$(element, '.crisis__call').map((link) => link.getAttribute('href'));
const topicButtons = (element: HTMLElement) => $$(element, '[part~="topic-button"]').map((button) => button.textContent!.trim());
const textOf = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function trusted(attributes: { lang?: string; topic?: string; mode?: string; src?: string } = {}): Promise<WijkTrustedInfo> {
  const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info
    lang=${attributes.lang ?? 'nl'}
    .topic=${attributes.topic}
    .mode=${attributes.mode}
    .src=${attributes.src}
    .now=${NOW}
  ></wijk-trusted-info>`);
  await element.updateComplete;
  return element;
}

async function ask(element: WijkTrustedInfo, question: string): Promise<void> {
  const search = $(element, '#topic-search') as HTMLInputElement;
  search.value = question;
  search.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

describe('<wijk-trusted-info>: chat lines beside the numbers', () => {
  it('offers 113’s chat with its hours in the crisis box, as a link to its site, in the widget’s language', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', lang: 'en' });
    const chats = $$(element, '.crisis__chat');
    expect(chats.map((link) => link.getAttribute('href'))).to.deep.equal(['https://www.113.nl/']);
    expect(chats[0]!.textContent!.trim()).to.equal('Chat');
    expect(chats[0]!.closest('li')!.textContent!.replace(/\s+/g, ' ')).to.contain('Chat with a counsellor · Day and night (24/7)');
    await expect(element).to.be.accessible();
  });

  it('lists a source’s chat under it, beside its number', async () => {
    const element = await trusted({ topic: 'eenzaamheid' });
    const chat = $$(element, '.pointer__chat').find((link) => link.getAttribute('href') === 'https://www.deluisterlijn.nl/');
    expect(chat, 'no chat link for De Luisterlijn').to.not.equal(undefined);
    expect(chat!.textContent!.trim()).to.equal('Chatten');
    expect(chat!.closest('.phones')!.querySelector('.pointer__call')!.getAttribute('href')).to.equal('tel:0880767000');
  });
});

describe('<wijk-trusted-info>: crisis lines first, always', () => {
  it('shows 113 and 112 on first render while the partner’s file has not answered yet', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', src: '/test/hang' });
    expect(element.matches(':state(loading)')).to.equal(true);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(element.shadowRoot!.querySelector('[part~="base"] > *')!.getAttribute('part')).to.equal('crisis');
  });

  it('keeps them whatever happens to the partner’s inline pointers', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten' });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      element.localPointers = [{ broken: true } as never];
      await element.updateComplete;
    } finally {
      console.error = original;
    }
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    // A partner's own urgent line comes after the national ones, never instead of them.
    element.localPointers = [pointer('wijknood', 'zelfmoordgedachten', { urgency: 'now', phones: [{ number: '050 123 4567', label: 'Wijkteam' }] })];
    await element.updateComplete;
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112', 'tel:0501234567']);
  });

  it('finds the urgent topic from the words a page writes in the topic attribute ("suïcide")', async () => {
    const element = await trusted({ topic: 'suïcide' });
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect($$(element, '[part~="status-unknown"]')).to.have.length(0);
  });
});

describe('<wijk-trusted-info mode="ask">: an urgent question shows the numbers at once', () => {
  for (const [question, firstTopic] of [
    ['suïcide', 'Gedachten over zelfmoord'],
    ['suicide', 'Gedachten over zelfmoord'],
    ['mijn man slaat mij', 'Huiselijk geweld en kindermishandeling'],
  ] as const) {
    it(`"${question}": crisis lines above the list, without a tap, and ${firstTopic} first`, async () => {
      const element = await trusted({ mode: 'ask' });
      await ask(element, question);
      expect(topicButtons(element)[0]).to.equal(firstTopic);
      expect(callLinks(element)).to.include('tel:112');
      // The search box, then the numbers to call, then the topics.
      const order = $$(element, '#topic-search, [part~="crisis"], [part~="topic-list"]').map((node) => node.getAttribute('part'));
      expect(order).to.deep.equal(['topic-search', 'crisis', 'topic-list']);
      await waitUntil(() => $(element, '[role="status"][aria-live="polite"]').textContent!.includes('De nummers om te bellen staan boven de onderwerpen.'));
    });
  }

  it('finds "depressief" and "lonely" instead of "no topic found", and shows no crisis lines for them', async () => {
    const dutch = await trusted({ mode: 'ask' });
    await ask(dutch, 'depressief');
    expect(topicButtons(dutch)[0]).to.equal('Psychische klachten');
    expect(textOf(dutch)).to.not.contain('Geen onderwerp gevonden');
    expect(callLinks(dutch)).to.deep.equal([]);
    const english = await trusted({ mode: 'ask', lang: 'en' });
    await ask(english, 'lonely');
    expect(topicButtons(english)[0]).to.equal('Loneliness');
  });

  it('does the same in Arabic, and while the partner’s file still loads', async () => {
    const element = await trusted({ mode: 'ask', lang: 'ar', src: '/test/hang' });
    await ask(element, 'أريد أن أموت');
    expect(element.matches(':state(loading)')).to.equal(true);
    expect(callLinks(element)).to.deep.equal(['tel:08000113', 'tel:113', 'tel:112']);
    expect(topicButtons(element)[0]).to.equal('التفكير في الانتحار');
    await expect(element).to.be.accessible();
  });
});

describe('<wijk-trusted-info>: every number, in the widget’s language', () => {
  it('shows each of a source’s numbers with its label and hours, as tel: links (De Luisterlijn too)', async () => {
    const element = await trusted({ topic: 'eenzaamheid' });
    const calls = $$(element, '.pointer__call');
    expect(calls.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:0880767000']);
    expect(calls[0]!.closest('.phone')!.textContent!.replace(/\s+/g, ' ')).to.contain('Bel 088-0767000').and.to.contain('Dag en nacht (24/7)');
  });

  it('shows titles, owners, why trusted, labels and hours in English on an English page', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', lang: 'en' });
    const text = textOf(element);
    expect(text).to.contain('Emergency number 112').and.to.contain('Free number').and.to.contain('Day and night (24/7)');
    expect(text).to.contain('The national helpline for people who are thinking about suicide');
    for (const dutch of ['Alarmnummer', 'Gratis nummer', 'Dag en nacht', 'De landelijke hulplijn', 'Gemaakt door huisartsen']) expect(text).to.not.contain(dutch);
  });

  it('shows them in Arabic on an Arabic page', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', lang: 'ar' });
    const text = textOf(element);
    expect(text).to.contain('رقم الطوارئ').and.to.contain('رقم مجاني').and.to.contain('ليلًا ونهارًا');
    expect(text).to.contain('خط المساعدة الوطني');
    for (const dutch of ['Alarmnummer', 'Gratis nummer', 'Dag en nacht', 'De landelijke hulplijn']) expect(text).to.not.contain(dutch);
  });

  it('marks a partner’s text that exists only in Dutch as Dutch on an English page', async () => {
    const element = await fixture<WijkTrustedInfo>(html`<wijk-trusted-info lang="en" topic="eenzaamheid"
      .localPointers=${[pointer('buurtkamer', 'eenzaamheid', { title: 'Buurtkamer Selwerd', why_trusted: { nl: 'Dichtbij.', en: 'Close by.' } })]}></wijk-trusted-info>`);
    await element.updateComplete;
    const link = $$(element, '.pointer__title a').find((candidate) => candidate.textContent!.includes('Buurtkamer'))!;
    expect(link.getAttribute('lang')).to.equal('nl');
    expect(textOf(element)).to.contain('Close by.');
  });
});

describe('<wijk-trusted-info> in Arabic: numbers read left to right', () => {
  it('isolates each number in a call button with <bdi dir="ltr">, and lays its digits out left to right', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', lang: 'ar' });
    expect($(element, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    const call = $(element, '.crisis__call');
    const bdi = call.querySelector('bdi')!;
    expect(bdi, 'the number is isolated').to.not.equal(null);
    expect(bdi.getAttribute('dir')).to.equal('ltr');
    expect(bdi.textContent).to.equal('0800-0113');
    // Lit leaves comment markers around its bindings: the digits are the one text node.
    const digits = [...bdi.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '')!;
    expect(digits.data).to.equal('0800-0113');
    const charRect = (index: number) => {
      const range = document.createRange();
      range.setStart(digits, index);
      range.setEnd(digits, index + 1);
      return range.getBoundingClientRect();
    };
    // "0800-0113": the first 0 stands left of the last 3 on screen, as a resident reads it.
    expect(charRect(0).left).to.be.below(charRect(digits.length - 1).left);
    // The Arabic words of the button stand to the right of the number (right-to-left sentence).
    expect(call.getBoundingClientRect().right).to.be.above(bdi.getBoundingClientRect().right);
  });

  it('isolates opening hours, and Dutch names and numbers inside Arabic text', async () => {
    const element = await trusted({ topic: 'zelfmoordgedachten', lang: 'ar' });
    const hours = $$(element, '.phone__hours bdi[dir="ltr"]').map((node) => node.textContent);
    expect(hours).to.include('24/7');
    const names = $$(element, '.crisis__name bdi[dir="ltr"]').map((node) => node.textContent);
    expect(names).to.include('112');
    const owners = $$(element, '.pointer__meta bdi[dir="ltr"]').map((node) => node.textContent);
    expect(owners).to.include('Nederlands Huisartsen Genootschap (NHG)');
    await expect(element).to.be.accessible();
  });
});
