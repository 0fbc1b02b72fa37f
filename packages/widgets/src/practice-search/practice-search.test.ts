import { expect, fixture, html } from '@open-wc/testing';
import type { WijkPracticeSearch } from './practice-search.ts';
import { $, $$ } from '../base/testing/shadow.ts';
import { TEST_INDEXES } from './testing/indexes.ts';
import { checkbox, filterNames, inState, resetUrl, resultCount, resultTitles, searched, tick, typeInto, untilCount } from './testing/helpers.ts';
import './define.ts';

const search = (index: string, attributes = '') => fixture<WijkPracticeSearch>(`<wijk-practice-search index="${index}" ${attributes}></wijk-practice-search>`);

describe('<wijk-practice-search> with a real Pagefind index', () => {
  afterEach(() => resetUrl());

  it('lists every practice A–Z, then narrows to what a search finds, with the match marked', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    expect(resultCount(element)).to.equal('5 goede voorbeelden gevonden');
    expect(resultTitles(element)).to.deep.equal(['Buurtkamer Selwerd', 'Geldzorgen aan de keukentafel', 'Samen wandelen in Ruwaard', 'Taalcafé Kanaleneiland', 'Wijkteam op de markt']);
    typeInto($(element, 'input[type="search"]') as HTMLInputElement, 'wandelen');
    await untilCount(element, 1);
    expect(resultTitles(element)).to.deep.equal(['Samen wandelen in Ruwaard']);
    expect($(element, '[part~="result"] mark').textContent).to.match(/^wandel/i);
    await expect(element).to.be.accessible();
  });

  it('on a phone folds the filters into one "Filters (n)" control, so the results come first', async () => {
    const narrow = await fixture<WijkPracticeSearch>(`<div style="width: 22em"><wijk-practice-search index="${TEST_INDEXES.practices}"></wijk-practice-search></div>`);
    const element = narrow.querySelector('wijk-practice-search')!;
    await inState(element, 'ready');
    const panel = $(element, '[part~="filters"]') as HTMLDetailsElement;
    expect(panel.open).to.equal(false);
    expect($(element, '[part~="filters-summary"]').textContent!.trim()).to.equal('Filters');
    // The first result sits right under the search box and the folded filters, not under every filter.
    const first = $(element, '[part~="result"]').getBoundingClientRect().top - element.getBoundingClientRect().top;
    expect(first).to.be.below(400);
    panel.open = true;
    await element.updateComplete;
    tick(checkbox(element, 'Zorg'));
    await element.updateComplete;
    expect($(element, '[part~="filters-summary"]').textContent!.trim()).to.equal('Filters (1 aan)');
    await expect(element).to.be.accessible();
    const wide = await search(TEST_INDEXES.practices);
    await inState(wide, 'ready');
    expect(($(wide, '[part~="filters"]') as HTMLDetailsElement).open).to.equal(true);
  });

  it('shows the principles first, then the other filters, each value with its count', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    expect(filterNames(element)).to.deep.equal(['Principe', 'Onderwerp', 'Domein', 'Doelgroep', 'Plaats']);
    const principles = $$(element, 'fieldset')[0]!.querySelectorAll('label.option');
    expect(principles[0]!.textContent!.trim()).to.match(/^1\. .+ \(2\)$/);
    tick(checkbox(element, '7.'));
    await untilCount(element, 2);
    expect(resultTitles(element)).to.deep.equal(['Samen wandelen in Ruwaard', 'Taalcafé Kanaleneiland']);
  });

  it('shows a numbered value’s number as a badge the page can colour, and screen readers still hear the number', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    const first = $$(element, 'fieldset')[0]!.querySelector('label.option')!;
    const badge = first.querySelector('[part~="value-number"]')!;
    expect(badge.textContent).to.equal('1');
    expect(badge.getAttribute('part')).to.equal('value-number value-number-1');
    expect(badge.getAttribute('aria-hidden')).to.equal('true');
    expect(first.querySelector('.visually-hidden')!.textContent).to.equal('1. ');
    // A value without a number stays as it is.
    expect($$(element, 'fieldset')[1]!.querySelector('[part~="value-number"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('gives each tag of a practice once, principles first', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    const tags = [...$(element, '[part~="result"] .result__tags').querySelectorAll('li')].map((tag) => tag.textContent!.trim());
    expect(tags[0]).to.match(/^1\. /);
    expect(tags[1]).to.match(/^3\. /);
    expect(tags.filter((tag) => tag === 'Wonen'), 'a topic and a domain').to.have.length(1);
    expect(new Set(tags).size).to.equal(tags.length);
  });

  it('says each fact once: the excerpt repeats neither the title nor the place line of the page', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    const excerpts = $$(element, '[part~="result"] .result__excerpt').map((excerpt) => excerpt.textContent!.trim());
    expect(excerpts).to.have.length(5);
    expect(excerpts[0]).to.match(/^Bewoners beheren zelf een buurtkamer\./);
    resultTitles(element).forEach((title, at) => {
      expect(excerpts[at], title).not.to.contain(title);
      expect(excerpts[at], title).not.to.contain('Plaats:');
    });
    // The place, cut from the excerpt, is a tag (once), though the practice has six others.
    const tags = [...$(element, '[part~="result"] .result__tags').querySelectorAll('li')].map((tag) => tag.textContent!.trim());
    expect(tags.filter((tag) => tag === 'Groningen (Selwerd)')).to.have.length(1);

    // With search words the excerpt is where they match, still without the title before it.
    typeInto($(element, 'input[type="search"]') as HTMLInputElement, 'Selwerd');
    await untilCount(element, 1);
    expect($(element, '[part~="result"] .result__excerpt').textContent!.trim()).to.match(/^Bewoners beheren/);
    await expect(element).to.be.accessible();
  });

  it('counts for every value what ticking it gives: any of the ticked values within a group, all groups at once', async () => {
    const element = await search(TEST_INDEXES.practices);
    await inState(element, 'ready');
    tick(checkbox(element, '7.'));
    await untilCount(element, 2);
    const countOf = (label: HTMLLabelElement) => Number(/\((\d+)\)$/.exec(label.textContent!.trim())![1]);
    // Principle 1 is on 2 practices, 1 of them has 7 too: ticking it shows 3, not 1 more.
    expect(countOf(checkbox(element, '1.').closest('label')!)).to.equal(3);
    const options = () => $$(element, 'label.option') as HTMLLabelElement[];
    expect(options().length).to.be.greaterThan(20);
    // By position: "Wonen" is a topic and a domain, and every value keeps its place.
    for (let at = 0; at < options().length; at += 1) {
      const box = options()[at]!.querySelector('input')!;
      const count = countOf(options()[at]!);
      const label = options()[at]!.textContent!.trim();
      if (box.checked) {
        expect(count, `${label}, ticked: the results shown`).to.equal(2);
        continue;
      }
      await searched(element, () => tick(box));
      expect(resultCount(element), `${label} ticked`).to.match(new RegExp(`^${count} `));
      await searched(element, () => tick(options()[at]!.querySelector('input')!));
      await untilCount(element, 2);
    }
  });

  it('shows every filter group when a link opens with some filters and words, not only the linked ones', async () => {
    resetUrl('?wijk-gv-domein=Zorg');
    const element = await search(TEST_INDEXES.practices, 'sync-url');
    await inState(element, 'ready');
    await untilCount(element, 1);
    expect(filterNames(element)).to.deep.equal(['Principe', 'Onderwerp', 'Domein', 'Doelgroep', 'Plaats']);
    expect(checkbox(element, 'Zorg').checked).to.equal(true);

    resetUrl('?wijk-gv-zoek=markt&wijk-gv-plaats=Arnhem');
    const linked = await search(TEST_INDEXES.practices, 'sync-url');
    await inState(linked, 'ready');
    await untilCount(linked, 1);
    expect(filterNames(linked)).to.deep.equal(['Principe', 'Onderwerp', 'Domein', 'Doelgroep', 'Plaats']);
  });

  it('is not thrown off by hostile names in the page URL', async () => {
    resetUrl('?wijk-constructor=x&wijk-__proto__=x&wijk-gv-constructor=x&wijk-gv-__proto__=y&wijk-gv-toString=z&wijk-gv-hasOwnProperty=1');
    const element = await search(TEST_INDEXES.practices, 'sync-url');
    await inState(element, 'ready');
    expect(resultCount(element)).to.equal('5 goede voorbeelden gevonden');
  });

  it('opens a link to a filtered search from the URL, and ignores values the index does not know', async () => {
    resetUrl('?wijk-gv-zoek=eenzaam&wijk-gv-plaats=Oss&wijk-gv-plaats=Atlantis');
    const element = await search(TEST_INDEXES.practices, 'sync-url');
    await inState(element, 'ready');
    expect(($(element, 'input[type="search"]') as HTMLInputElement).value).to.equal('eenzaam');
    expect(checkbox(element, 'Oss').checked).to.equal(true);
    expect(resultTitles(element)).to.deep.equal(['Samen wandelen in Ruwaard']);
  });

  it('shows an index with hostile filter names and result URLs: a URL that does not parse is left out, markup stays text', async () => {
    // Pagefind's own browser code drops filters named __proto__ and constructor from its counts
    // (the adapter's Node tests cover them); "zoek" is named like the search words' URL key.
    const element = await search(TEST_INDEXES.hostile, 'sync-url');
    await inState(element, 'ready');
    expect(filterNames(element)).to.deep.equal(['Principe', 'Zoek']);
    expect(resultCount(element)).to.equal('2 goede voorbeelden gevonden');
    expect(resultTitles(element)).to.deep.equal(['<img src=x onerror="window.__practiceHacked=1">Veilig voorbeeld', 'Scriptlink']);
    expect((window as { __practiceHacked?: number }).__practiceHacked).to.equal(undefined);
    for (const link of $$(element, '[part~="result"] a')) expect(new URL((link as HTMLAnchorElement).href).protocol).to.equal('http:');
    await expect(element).to.be.accessible();

    tick(checkbox(element, 'zoek-waarde'));
    await untilCount(element, 1);
    expect(resultTitles(element)).to.deep.equal(['<img src=x onerror="window.__practiceHacked=1">Veilig voorbeeld']);
    expect(new URLSearchParams(location.search).get('wijk-gv-zoek'), 'a filter value is never read back as search words').to.equal(null);
  });

  it('gives up on an index whose pagefind.js does not arrive within its time limit, and offers a retry', async () => {
    const element = await search(TEST_INDEXES.stalled, 'timeout="1"');
    await inState(element, 'loading');
    await inState(element, 'error', 4000);
    expect($(element, '[part~="status-error"]').textContent).to.contain('Het laden duurt te lang');
    const retry = $(element, '[part~="status-error"] button');
    expect(retry.textContent!.trim()).to.equal('Probeer het opnieuw');
    retry.click();
    await inState(element, 'loading');
  });

  it('explains, in its language, an index that is not there, with a retry', async () => {
    const element = await fixture<WijkPracticeSearch>(html`<wijk-practice-search lang="en" index="/no-index-here/"></wijk-practice-search>`);
    await inState(element, 'error');
    expect($(element, '[part~="status-error"]').textContent).to.contain('could not be loaded (error code 404)');
    expect($(element, '[part~="status-error"] button').textContent!.trim()).to.equal('Try again');
    await expect(element).to.be.accessible();
  });

  it('says so when the index holds no practices', async () => {
    const element = await search(TEST_INDEXES.empty);
    await inState(element, 'empty');
    expect(element.shadowRoot!.textContent).to.contain('Er staan nog geen goede voorbeelden in deze zoekindex.');
  });

  it('says it has nothing to search when no index is set', async () => {
    const element = await fixture<WijkPracticeSearch>(html`<wijk-practice-search></wijk-practice-search>`);
    expect($(element, '[part~="status-error"]').textContent).to.contain('nog geen gegevens');
  });
});
