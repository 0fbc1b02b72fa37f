import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WijkInitiativeFinder } from './initiative-finder.ts';
import { sendKeys } from '@web/test-runner-commands';
import { service, smallFeed } from './testing/feeds.ts';
import { $, $$, cardNames, finderWith, settled, optionLabelled, resultCount, typeQuery, waitForLiveRegion, WEDNESDAY } from './testing/helpers.ts';

describe('<wijk-initiative-finder> search and filters', () => {
  it('lists every initiative by name, says it is demo data, and announces the count', async () => {
    const finder = await finderWith(smallFeed);
    expect(cardNames(finder)).to.deep.equal(['Hulp bij geldzaken', 'Taalcafé De Brug', 'Wandelgroep Selwerd']);
    expect(resultCount(finder)).to.equal('3 activiteiten gevonden');
    expect($(finder, '[part~="demo-notice"]').textContent).to.contain('voorbeeldgegevens');
    await waitForLiveRegion(finder, '3 activiteiten gevonden');
  });

  it('finds as the resident types: word forms, accents, typos, name matches first', async () => {
    const finder = await finderWith(smallFeed);
    await typeQuery(finder, 'wandel');
    expect(cardNames(finder)).to.deep.equal(['Wandelgroep Selwerd']);
    await typeQuery(finder, 'taalcafe');
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
    await typeQuery(finder, 'wandelgreop');
    expect(cardNames(finder)).to.deep.equal(['Wandelgroep Selwerd']);
    await typeQuery(finder, 'koffie');
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
  });

  it('filters with live counts and clears all', async () => {
    const finder = await finderWith(smallFeed);
    expect(optionLabelled(finder, 'Mensen ontmoeten').parentElement!.textContent).to.contain('(2)');
    optionLabelled(finder, 'Mensen ontmoeten').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug', 'Wandelgroep Selwerd']);
    expect(optionLabelled(finder, 'Beverwaard').parentElement!.textContent).to.contain('(0)');
    optionLabelled(finder, 'Vandaag open').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Wandelgroep Selwerd']);
    expect($(finder, 'summary').textContent).to.contain('2 aan');
    $(finder, '[part~="clear-button"]').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.have.length(3);
  });

  it('filters by weekday, language, cost and wheelchair access', async () => {
    const finder = await finderWith(smallFeed);
    optionLabelled(finder, 'maandag').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
    optionLabelled(finder, 'maandag').click();
    optionLabelled(finder, 'Arabisch').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
    optionLabelled(finder, 'Arabisch').click();
    optionLabelled(finder, 'Toegankelijk met rolstoel').click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Wandelgroep Selwerd']);
  });

  it('presets filters from attributes', async () => {
    const finder = await finderWith(smallFeed);
    finder.setAttribute('theme', 'geldzaken');
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Hulp bij geldzaken']);
    finder.setAttribute('free-only', '');
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal([]);
  });

  it('takes a neighbourhood preset whatever its case and accents, and names one no activity has', async () => {
    const finder = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder neighbourhood="sélwerd" .now=${WEDNESDAY} .data=${smallFeed}></wijk-initiative-finder>`);
    await settled(finder);
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug', 'Wandelgroep Selwerd']);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      finder.setAttribute('neighbourhood', 'Nergenshuizen');
      await finder.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(cardNames(finder)).to.deep.equal([]);
    expect(String(warnings[0]?.[0])).to.contain('neighbourhood="Nergenshuizen"');
    expect(String(warnings[0]?.[0])).to.contain('Selwerd');
  });

  it('offers a way out of an empty result: which filter to drop', async () => {
    const finder = await finderWith(smallFeed);
    optionLabelled(finder, 'Geldzaken').click();
    optionLabelled(finder, 'Alleen gratis').click();
    await finder.updateComplete;
    const empty = $(finder, '[part~="status-empty"]');
    expect(empty.textContent).to.contain('Geen activiteiten gevonden');
    const suggestion = $$(finder, '.suggestions button').find((button) => button.textContent!.includes('Alleen gratis'))!;
    expect(suggestion.textContent).to.contain('1');
    suggestion.click();
    await finder.updateComplete;
    expect(cardNames(finder)).to.deep.equal(['Hulp bij geldzaken']);
  });
});

describe('<wijk-initiative-finder> cards and details', () => {
  it('shows when in words, cost, and only safe contact links', async () => {
    const finder = await finderWith(smallFeed);
    const walk = $$(finder, '[part~="card"]').find((card) => card.textContent!.includes('Wandelgroep'))!;
    expect(walk.textContent).to.contain('elke woensdag, 10:00–11:30');
    expect(walk.textContent).to.contain('Gratis');
    const hrefs = [...walk.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.include('tel:0500000123');
    expect(hrefs).to.include('mailto:wandelen@welzijn-noord.example');
    expect(hrefs).to.include('https://welzijn-noord.example/wandelen');
    expect(hrefs.some((href) => href!.startsWith('https://www.google.com/maps/search/'))).to.equal(true);
    const cafe = $$(finder, '[part~="card"]').find((card) => card.textContent!.includes('Taalcafé'))!;
    expect(cafe.textContent).to.contain('eerste maandag van de maand');
  });

  it('opens details in a dialog with focus on its title, fires wijk-select, and returns focus on close', async () => {
    const finder = await finderWith(smallFeed);
    const button = $$(finder, '[part~="card-button"]').find((b) => b.textContent!.includes('Wandelgroep'))!;
    setTimeout(() => button.click());
    const event = await oneEvent(finder, 'wijk-select');
    expect(event.detail).to.deep.equal({ id: 'walk', name: 'Wandelgroep Selwerd' });
    await finder.updateComplete;
    const dialog = $(finder, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(finder.shadowRoot!.activeElement?.id).to.equal('detail-title');
    expect(dialog.textContent).to.contain('Kom gewoon langs.');
    expect(dialog.textContent).to.contain('Welzijn Noord');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await finder.updateComplete;
    expect(finder.shadowRoot!.activeElement).to.equal(button);
  });

  it('says in the details which time is at which place, with each place’s note', async () => {
    const feed = {
      organizations: [{ id: 'org', name: 'Welzijn' }],
      locations: [
        { id: 'hof', name: 'Wijkcentrum De Hof', location_type: 'physical', addresses: [{ address_1: 'Hoflaan 1', postal_code: '9741 AA', city: 'Groningen' }] },
        { id: 'kamer', name: 'Buurtkamer', location_type: 'physical', addresses: [{ address_1: 'Kamerstraat 2', postal_code: '9742 BB', city: 'Groningen' }] },
      ],
      services: [
        service('yoga', 'Stoelyoga', {
          service_at_locations: [
            { location_id: 'hof', schedules: [{ freq: 'WEEKLY', byday: 'TH', opens_at: '14:00', closes_at: '15:30' }] },
            { location_id: 'kamer', description: 'Kleinere groep, met kinderopvang.', schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '19:00', closes_at: '20:30' }] },
          ],
        }),
      ],
    };
    const finder = await finderWith(feed);
    $$(finder, '[part~="card-button"]')[0]!.click();
    await finder.updateComplete;
    const places = $$(finder, 'dialog .places > li').map((place) => place.textContent!.replace(/\s+/g, ' ').trim());
    expect(places).to.have.length(2);
    expect(places[0]).to.match(/^Wijkcentrum De Hof, Hoflaan 1.*donderdag.*14:00–15:30$/);
    expect(places[1]).to.match(/^Buurtkamer, Kamerstraat 2.*dinsdag.*19:00–20:30.*Kleinere groep, met kinderopvang\.$/);
    ($(finder, 'dialog') as HTMLDialogElement).close();
    // Closing steps back out of the details' history entry; let that land before the next test.
    await waitUntil(() => !(history.state as Record<string, unknown> | null)?.wijkDetail);
  });

  it('closes the details on Back, and leaves no history entry behind when closed otherwise', async () => {
    const finder = await finderWith(smallFeed);
    const page = location.href;
    const open = async () => {
      $$(finder, '[part~="card-button"]')[0]!.click();
      await finder.updateComplete;
      return $(finder, 'dialog') as HTMLDialogElement;
    };
    const before = history.length;
    const dialog = await open();
    expect(dialog.open).to.equal(true);
    history.back();
    await waitUntil(() => !dialog.open, 'Back did not close the details');
    expect(location.href).to.equal(page);
    await open();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => !(history.state as Record<string, unknown> | null)?.wijkDetail, 'the details’ entry stayed the current one');
    expect(history.length).to.be.at.most(before + 1);
    expect(location.href).to.equal(page);
  });

  it('fires wijk-search with the filters and the number of results', async () => {
    const finder = await finderWith(smallFeed);
    setTimeout(() => void typeQuery(finder, 'taal'));
    const event = await oneEvent(finder, 'wijk-search');
    expect(event.detail.filters.query).to.equal('taal');
    expect(event.detail.resultCount).to.equal(1);
    expect(event.bubbles && event.composed).to.equal(true);
  });
});

describe('<wijk-initiative-finder> by keyboard alone', () => {
  it('searches, opens the filters, ticks one, and opens and closes details without a mouse', async () => {
    const finder = await finderWith(smallFeed);
    ($(finder, 'input[type="search"]') as HTMLInputElement).focus();
    await sendKeys({ type: 'ontmoet' });
    await finder.updateComplete;
    expect(cardNames(finder)).to.have.length(2);
    await sendKeys({ press: 'Tab' });
    expect(finder.shadowRoot!.activeElement!.localName).to.equal('summary');
    if (!($(finder, 'details') as HTMLDetailsElement).open) await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    await sendKeys({ press: 'Tab' });
    const first = finder.shadowRoot!.activeElement as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await finder.updateComplete;
    expect(first.checked).to.equal(true);
    expect($(finder, 'summary').textContent).to.contain('1 aan');
    const cardButton = $$(finder, '[part~="card-button"]')[0]!;
    cardButton.focus();
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(($(finder, 'dialog') as HTMLDialogElement).open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => finder.shadowRoot!.activeElement === cardButton, 'focus did not return to the card');
  });
});

describe('<wijk-initiative-finder sync-url>', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('mirrors search and filters in the URL, keeps other parameters, and follows the back button', async () => {
    history.replaceState(null, '', `${location.pathname}?page=7&wijk-thema=taal`);
    const finder = await finderWith(smallFeed, { syncUrl: true });
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
    optionLabelled(finder, 'Geldzaken').click();
    await finder.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('7');
    expect(params.getAll('wijk-thema')).to.deep.equal(['taal', 'geldzaken']);
    history.back();
    await waitUntil(() => cardNames(finder).length === 1, 'back did not restore the filters');
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
  });

  it('keeps two finders on one page apart: each writes and restores only its own parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?wijk-__proto__=x&wijk-constructor=y&noord-thema=taal`);
    const wrapper = await fixture(html`<div lang="nl">
      <wijk-initiative-finder id="noord" sync-url .now=${WEDNESDAY} .data=${smallFeed}></wijk-initiative-finder>
      <wijk-initiative-finder id="zuid" sync-url .now=${WEDNESDAY} .data=${smallFeed}></wijk-initiative-finder>
    </div>`);
    const [north, south] = [...wrapper.querySelectorAll<WijkInitiativeFinder>('wijk-initiative-finder')] as [WijkInitiativeFinder, WijkInitiativeFinder];
    await settled(north);
    await settled(south);
    expect(cardNames(north)).to.deep.equal(['Taalcafé De Brug']);
    expect(cardNames(south).length).to.be.greaterThan(1);
    await typeQuery(south, 'wandel');
    const afterTyping = cardNames(south);
    optionLabelled(south, 'Bewegen').click();
    await south.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.getAll('noord-thema')).to.deep.equal(['taal']);
    expect(params.get('zuid-zoek')).to.equal('wandel');
    expect(params.getAll('zuid-thema')).to.deep.equal(['bewegen']);
    // Hostile names belong to nobody: they stay in the URL untouched and break nothing.
    expect(params.get('wijk-__proto__')).to.equal('x');
    expect(cardNames(north)).to.deep.equal(['Taalcafé De Brug']);
    history.back();
    await waitUntil(() => !new URLSearchParams(location.search).has('zuid-thema'), 'back did not go back');
    await waitUntil(() => cardNames(south).join() === afterTyping.join(), 'back did not restore the southern finder');
    expect(($(south, 'input[type="search"]') as HTMLInputElement).value).to.equal('wandel');
    expect(cardNames(north)).to.deep.equal(['Taalcafé De Brug']);
  });
});

describe('<wijk-initiative-finder> with a region’s many neighbourhoods', () => {
  /** 40 neighbourhoods; "Wijk 1" has the most activities, "Wijk 40" the fewest. */
  const regionFeed = {
    organizations: [{ id: 'org', name: 'Welzijn' }],
    locations: [],
    services: Array.from({ length: 40 }, (_, n) =>
      Array.from({ length: 41 - (n + 1) }, (_, k) => service(`s${n}-${k}`, `Activiteit ${n}-${k}`, {}, { neighbourhoods: [`Wijk ${n + 1}`] })),
    ).flat(),
  };
  const neighbourhoodOptions = (finder: HTMLElement) => neighbourhoodOptionsIn(finder, 'Wijk');

  it('shows the most common few with a search box, not every neighbourhood', async () => {
    const finder = await finderWith(regionFeed);
    const options = [...neighbourhoodOptions(finder)].map((label) => label.textContent!.trim());
    expect(options).to.have.length(10);
    expect(options[0]).to.equal('Wijk 1 (40)');
    const search = $(finder, 'input[part~="facet-search"]') as HTMLInputElement;
    expect(search.labels![0]!.textContent).to.equal('Zoek een wijk');
    await expect(finder).to.be.accessible();
  });

  it('finds a neighbourhood by part of its name, accents and case ignored, and keeps a ticked one in view', async () => {
    const finder = await finderWith(regionFeed);
    optionLabelled(finder, 'Wijk 2 ').click();
    await finder.updateComplete;
    const search = $(finder, 'input[part~="facet-search"]') as HTMLInputElement;
    search.value = 'WÏJK 37';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await finder.updateComplete;
    expect([...neighbourhoodOptions(finder)].map((label) => label.textContent!.trim())).to.deep.equal(['Wijk 2 (39)', 'Wijk 37 (4)']);
    search.value = 'geen zulke wijk';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await finder.updateComplete;
    expect($(finder, '.facet__note').textContent).to.contain('Niets gevonden');
  });

  it('shows every neighbourhood when asked, and fewer again', async () => {
    const finder = await finderWith(regionFeed, { lang: 'en' });
    const all = $(finder, 'button[part~="facet-all"]');
    expect(all.textContent!.trim()).to.equal('Show all 40');
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    all.click();
    await finder.updateComplete;
    expect(neighbourhoodOptionsIn(finder, 'Neighbourhood')).to.have.length(40);
    expect(all.getAttribute('aria-expanded')).to.equal('true');
    all.click();
    await finder.updateComplete;
    expect(neighbourhoodOptionsIn(finder, 'Neighbourhood')).to.have.length(10);
  });

  function neighbourhoodOptionsIn(finder: HTMLElement, legend: string) {
    return $$(finder, 'fieldset.facet').find((fieldset) => fieldset.querySelector('legend')!.textContent!.trim() === legend)!.querySelectorAll('label.option');
  }
});
