import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { nearMeTemplate } from './finder-sections.ts';
import finderDutch from './locales/nl.ts';
import type { WijkInitiativeFinder } from './initiative-finder.ts';
import { hostileFeed, smallFeed, syntheticFeed } from './testing/feeds.ts';
import { $, $$, cardNames, finderWith, settled, optionLabelled, resultCount, typeQuery, WEDNESDAY } from './testing/helpers.ts';

const DEMO_FEED = '/packages/content/feeds/demo-initiatives.json';

async function finderFrom(src: string, lang = 'nl'): Promise<WijkInitiativeFinder> {
  const element = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder lang=${lang} .now=${WEDNESDAY} src=${src}></wijk-initiative-finder>`);
  await waitUntil(() => !element.shadowRoot!.querySelector('[part~="status-loading"]'), 'still loading', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

function captureConsole(method: 'warn' | 'error' | 'info'): { calls: unknown[][]; restore: () => void } {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console[method] = original) };
}

describe('<wijk-initiative-finder> loading and errors', () => {
  it('loads the demo feed from src', async () => {
    const finder = await finderFrom(DEMO_FEED);
    expect(resultCount(finder)).to.match(/^6\d activiteiten gevonden$/);
  });

  it('explains a missing feed, in the widget’s language, with a retry', async () => {
    const finder = await finderFrom('/does-not-exist.json', 'en');
    const error = $(finder, '[part~="status-error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('error code 404');
    expect(error.querySelector('button')!.textContent).to.contain('Try again');
  });

  it('explains a document that is not JSON, or JSON that is not a feed', async () => {
    const notJson = await finderFrom('/test/fixtures/not-json.json');
    expect($(notJson, '[part~="status-error"]').textContent).to.contain('verkeerde vorm');
    const logged = captureConsole('error');
    try {
      const notFeed = await finderWith({ hello: 'world' });
      expect($(notFeed, '[part~="status-error"]').textContent).to.contain('kloppen niet');
    } finally {
      logged.restore();
    }
    expect(String(logged.calls[0]?.[0])).to.contain('not valid');
  });

  it('says it has nothing to show when neither src nor data is set', async () => {
    const finder = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder></wijk-initiative-finder>`);
    expect($(finder, '[part~="status-error"]').textContent).to.contain('nog geen gegevens');
  });

  it('keeps what the resident typed when the data changes or fails', async () => {
    const finder = await finderWith(smallFeed);
    await typeQuery(finder, 'taal');
    finder.data = { services: 'broken' };
    await settled(finder);
    finder.data = smallFeed;
    await settled(finder);
    expect(($(finder, 'input[type="search"]') as HTMLInputElement).value).to.equal('taal');
    expect(cardNames(finder)).to.deep.equal(['Taalcafé De Brug']);
  });
});

describe('<wijk-initiative-finder> with Open Referral HSDS as published', () => {
  for (const file of ['service_full.json', 'service_list.json']) {
    it(`shows the Open Referral example ${file} (it was refused as "not correct")`, async () => {
      const info = captureConsole('info');
      let finder: WijkInitiativeFinder;
      try {
        finder = await finderFrom(`/packages/model/test/fixtures/hsds/${file}`);
      } finally {
        info.restore();
      }
      expect(finder.matches(':state(ready)')).to.equal(true);
      expect(cardNames(finder)).to.include('Community Counselling');
      // What the importer did not use is told to the partner, not dropped silently.
      expect(String(info.calls[0]?.[0])).to.contain('fields not used');
    });
  }
});

describe('<wijk-initiative-finder> with hostile and broken data', () => {
  it('shows feed text as text, never runs it, never links javascript: or data:, and tells the partner what it skipped', async () => {
    const warnings = captureConsole('warn');
    let finder: WijkInitiativeFinder;
    try {
      finder = await finderWith(hostileFeed());
    } finally {
      warnings.restore();
    }
    // Records with a javascript: or data: URL, a 5 MB name or wrong types are skipped, not shown.
    expect(cardNames(finder)).to.deep.equal(['Naam <img src=x onerror="window.__hostileRan=true"><script>window.__hostileRan=true</script>']);
    $$(finder, '[part~="card-button"]')[0]!.click();
    await finder.updateComplete;
    expect($$(finder, 'script, img')).to.have.length(0);
    expect((window as { __hostileRan?: boolean }).__hostileRan).to.equal(undefined);
    const hrefs = $$(finder, 'a').map((link) => link.getAttribute('href')!);
    expect(hrefs.every((href) => /^(https?:|mailto:|tel:)/.test(href))).to.equal(true);
    expect(String(warnings.calls[0]?.[0])).to.contain('left out 4 of 5 records');
  });

  it('says politely, on screen, how many activities it could not show; with debug, what was wrong', async () => {
    const warnings = captureConsole('warn');
    let finder: WijkInitiativeFinder;
    try {
      finder = await finderWith(hostileFeed());
    } finally {
      warnings.restore();
    }
    const notice = $(finder, '[part~="notice"]');
    expect(notice.textContent).to.contain('4 van 5 activiteiten konden niet worden getoond');
    expect(notice.querySelector('details'), 'details only with debug').to.equal(null);
    finder.debug = true;
    await finder.updateComplete;
    const details = $(finder, '[part~="notice"] details');
    expect(details.querySelectorAll('li').length).to.equal(4);
    expect(details.textContent).to.contain('$.services[');
    await expect(finder).to.be.accessible();
  });

  it('shows an error, not an empty search, when no activity in the feed is valid', async () => {
    const logged = captureConsole('error');
    let finder: WijkInitiativeFinder;
    try {
      finder = await finderWith({ services: [{ id: 1 }, { name: 'zonder id' }, 'tekst'] });
    } finally {
      logged.restore();
    }
    expect(finder.matches(':state(error)')).to.equal(true);
    expect($(finder, '[part~="status-error"]').textContent).to.contain('Geen van de 3 activiteiten kon worden getoond');
    expect(finder.shadowRoot!.textContent).to.not.contain('Probeer een ander woord');
  });

  it('copes with 100,000 records', async function () {
    this.timeout(60_000);
    const finder = await finderWith(syntheticFeed(100_000));
    expect(resultCount(finder)).to.equal('100.000 activiteiten gevonden');
    expect($$(finder, '[part~="card"]')).to.have.length(20);
    // Typed at once: the text index is still being made in slices, and the search waits for it
    // rather than finishing it in one long freeze; the list stays meanwhile.
    await typeQuery(finder, 'koffie');
    expect($(finder, '.search [role="status"]').textContent).to.contain('zoeken kan zo');
    expect(resultCount(finder)).to.equal('100.000 activiteiten gevonden');
    await waitUntil(() => resultCount(finder) === '25.000 activiteiten gevonden', 'the search never came', { timeout: 30_000 });
    expect(finder.shadowRoot!.querySelector('.search [role="status"]')).to.equal(null);
  });
});

describe('<wijk-initiative-finder> a large feed', () => {
  it('shows its first page while the rest is read, the same page it then keeps, with the search box kept', async function () {
    this.timeout(60_000);
    const feed = syntheticFeed(30_000);
    const element = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder lang="nl" .now=${WEDNESDAY}></wijk-initiative-finder>`);
    element.data = feed;
    await waitUntil(() => $$(element, '[part~="card"]').length > 0, 'no first page', { timeout: 20_000 });
    expect(element.matches(':state(loading)'), 'still reading the rest').to.equal(true);
    const early = cardNames(element);
    expect(early).to.have.length(20);
    expect($(element, '#results-count').textContent).to.contain('De rest wordt nog geladen');
    const input = $(element, '[part~="search-input"]');
    await settled(element);
    expect(element.matches(':state(ready)')).to.equal(true);
    expect(cardNames(element)).to.deep.equal(early);
    expect(resultCount(element)).to.equal('30.000 activiteiten gevonden');
    expect($(element, '[part~="search-input"]'), 'the same search box').to.equal(input);
  });

  it('shows no early page for a small feed, nor when it opens with a filter', async () => {
    const seen: number[] = [];
    const element = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder lang="nl" .now=${WEDNESDAY}></wijk-initiative-finder>`);
    const observer = new MutationObserver(() => element.matches(':state(loading)') && seen.push($$(element, '[part~="card"]').length));
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    element.data = syntheticFeed(500);
    await settled(element);
    element.theme = 'taal';
    element.data = syntheticFeed(5_000);
    await settled(element);
    observer.disconnect();
    expect(seen.filter((count) => count > 0)).to.deep.equal([]);
    expect(resultCount(element)).to.equal('1.250 activiteiten gevonden');
  });
});

describe('<wijk-initiative-finder> long lists, print, near me', () => {
  it('shows 20 cards at a time and moves focus to the first new one', async () => {
    const finder = await finderWith(syntheticFeed(120));
    expect($$(finder, '[part~="card"]')).to.have.length(20);
    $(finder, '[part~="show-more"]').click();
    await finder.updateComplete;
    await waitUntil(() => finder.shadowRoot!.activeElement?.closest('h3')?.id === 'card-title-20');
    expect($$(finder, '[part~="card"]')).to.have.length(40);
  });

  it('prints the whole current list', async () => {
    const finder = await finderWith(syntheticFeed(120));
    window.dispatchEvent(new Event('beforeprint'));
    await finder.updateComplete;
    expect($$(finder, '[part~="card"]')).to.have.length(120);
    window.dispatchEvent(new Event('afterprint'));
    await finder.updateComplete;
    expect($$(finder, '[part~="card"]')).to.have.length(20);
  });

  it('sorts by distance from the browser’s position only after the resident asks', async () => {
    const finder = await finderWith(smallFeed);
    expect(cardNames(finder)[0]).to.equal('Hulp bij geldzaken', 'alphabetical until asked');
    ($(finder, '[part~="near-button"]') as HTMLButtonElement).click();
    await waitUntil(() => $(finder, '.near').textContent!.includes('Gesorteerd op afstand'), 'never sorted by distance', { timeout: 5000 });
    // The test browser stands in Selwerd (see web-test-runner.config.mjs): Selwerd first, Rotterdam last.
    expect(cardNames(finder).at(-1)).to.equal('Hulp bij geldzaken');
    expect($$(finder, '.distance')[0]!.textContent).to.equal('100 m');
    expect($$(finder, '.distance').at(-1)!.textContent).to.equal('201,6 km', 'Selwerd to Beverwaard, Rotterdam');
    $$(finder, '.near button')[0]!.click();
    await finder.updateComplete;
    expect(cardNames(finder)[0]).to.equal('Hulp bij geldzaken');
  });

  it('fits a 320 px column without sideways scrolling', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"></div>`);
    const finder = await finderWith(smallFeed);
    wrapper.append(finder);
    await finder.updateComplete;
    $$(finder, '[part~="card-button"]')[0]!.click();
    await finder.updateComplete;
    ($(finder, 'dialog') as HTMLDialogElement).close();
    expect(finder.getBoundingClientRect().width).to.equal(320);
    expect(finder.scrollWidth).to.be.at.most(320);
    for (const card of $$(finder, '[part~="card"]')) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });

  it('sorts by distance from a postcode the resident types, using the partner’s table only then', async () => {
    const finder = await finderWith(smallFeed);
    finder.postcodeTable = { '3077': [51.886, 4.561] };
    await finder.updateComplete;
    ($(finder, '#postcode') as HTMLInputElement).value = '3077 AB';
    ($(finder, 'form.postcode') as HTMLFormElement).requestSubmit();
    await waitUntil(() => $(finder, '.near').textContent!.includes('Gesorteerd op afstand'));
    expect(cardNames(finder)[0]).to.equal('Hulp bij geldzaken');
    expect($$(finder, '.distance')[0]!.textContent).to.match(/^\d00 m$/);
  });
});

describe('<wijk-initiative-finder> accessibility and languages', () => {
  it('has no axe violations in list, filters, detail, empty and error states', async () => {
    const finder = await finderWith(smallFeed);
    $(finder, 'summary').click();
    await finder.updateComplete;
    await expect(finder).to.be.accessible();
    // Every card's details: each initiative fills a different set of fields.
    for (const button of $$(finder, '[part~="card-button"]')) {
      button.click();
      await finder.updateComplete;
      await expect(finder).to.be.accessible();
      ($(finder, 'dialog') as HTMLDialogElement).close();
      await finder.updateComplete;
    }
    await typeQuery(finder, 'xyzzy');
    await expect(finder).to.be.accessible();
    const failing = await finderFrom('/does-not-exist.json');
    await expect(failing).to.be.accessible();
  });

  it('works right-to-left in Arabic, with Arabic words for days and counts', async () => {
    const finder = await finderWith(smallFeed, { lang: 'ar' });
    expect($(finder, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect(resultCount(finder)).to.equal('تم العثور على 3 أنشطة');
    expect(optionLabelled(finder, 'الأربعاء')).to.not.equal(null);
    const walk = $$(finder, '[part~="card"]').find((card) => card.textContent!.includes('Wandelgroep'))!;
    // Times and phone numbers stay left-to-right inside Arabic text.
    expect(walk.textContent).to.contain('\u206610:00–11:30\u2069');
    expect(walk.querySelector('a[href^="tel:"]')!.getAttribute('dir')).to.equal('ltr');
    expect(walk.querySelector('.card__summary')!.getAttribute('dir')).to.equal('auto');
    await expect(finder).to.be.accessible();
  });

  it('switches language when the page’s lang changes', async () => {
    const finder = await finderWith(smallFeed);
    finder.setAttribute('lang', 'en');
    await waitUntil(() => resultCount(finder) === '3 activities found');
    expect(optionLabelled(finder, 'Meeting people')).to.not.equal(null);
  });
});

describe('<wijk-initiative-finder> near me, when the location is refused', () => {
  /** The Dutch words, looked up as the widget does (finder:… keys). */
  const t = (key: string) => key.replace(/^finder:/, '').split('.').reduce<unknown>((found, part) => (found as Record<string, unknown>)?.[part], finderDutch) as string;
  const hint = (hasPostcodeTable: boolean) => {
    const host = document.createElement('div');
    render(nearMeTemplate('denied', hasPostcodeTable, { t, locale: 'nl' }, { useMyLocation() {}, usePostcode() {}, stop() {} }), host);
    return host.querySelector('.hint')!.textContent!.replace(/\s+/g, ' ').trim();
  };

  it('suggests the postcode only where there is a postcode field', () => {
    expect(hint(false)).to.equal('Uw locatie is niet gedeeld.');
    expect(hint(true)).to.equal('Uw locatie is niet gedeeld. U kunt ook uw postcode invullen.');
  });
});
