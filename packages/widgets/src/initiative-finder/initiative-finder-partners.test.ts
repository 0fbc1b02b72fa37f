/**
 * Several partners in one finder: a municipality, a welfare organisation and a housing
 * corporation each keep their own feed; residents see one list. A feed that fails is named in a
 * notice, and the others still show; an activity two partners publish shows once, with both.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkInitiativeFinder } from './initiative-finder.ts';
import { $, $$, cardNames, finderWith, settled, WEDNESDAY } from './testing/helpers.ts';

const GEMEENTE = '/test/fixtures/partner-gemeente.json';
const WELZIJN = '/test/fixtures/partner-welzijn.json';
const MISSING = '/test/fixtures/partner-corporatie-does-not-exist.json';

const sourcesOf = (finder: HTMLElement) =>
  $$(finder, '[part~="card"]').map((card) => {
    const facts = [...card.querySelectorAll('.fact')];
    const from = facts.find((fact) => fact.querySelector('dt')!.textContent!.trim() === 'Van');
    return [card.querySelector('[part~="card-button"]')!.textContent!.trim(), from?.querySelector('dd')!.textContent!.trim()];
  });

async function finderFrom(src: string, lang = 'nl'): Promise<WijkInitiativeFinder> {
  const element = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder lang=${lang} .now=${WEDNESDAY} src=${src}></wijk-initiative-finder>`);
  await settled(element);
  return element;
}

describe('<wijk-initiative-finder> with several partners’ feeds', () => {
  it('merges three feeds into one list: one shared activity once with both partners, the failing feed named', async () => {
    const finder = await finderFrom(`${GEMEENTE} ${WELZIJN}  ${MISSING}`);
    expect(finder.matches(':state(ready)')).to.equal(true);
    expect(sourcesOf(finder)).to.deep.equal([
      ['Repair Café Oost', 'Gemeente Groningen en WIJ Groningen'],
      ['Taalcafé Selwerd', 'Gemeente Groningen'],
      ['Wandelgroep Paddepoel', 'WIJ Groningen'],
    ]);
    const notice = $(finder, '[part~="notice"]').textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('De activiteiten van');
    expect(notice).to.contain('konden niet worden geladen');
    expect(notice).to.contain('foutcode 404');
    await expect(finder).to.be.accessible();
  });

  it('keeps the others when one feed never answers, within its own time limit', async function () {
    this.timeout(15_000);
    const element = await fixture<WijkInitiativeFinder>(
      html`<wijk-initiative-finder lang="en" timeout="2" .now=${WEDNESDAY} src=${`${GEMEENTE} /test/hang`}></wijk-initiative-finder>`,
    );
    await settled(element);
    expect(cardNames(element)).to.deep.equal(['Repair Café Oost', 'Taalcafé Selwerd']);
    expect($(element, '[part~="notice"]').textContent).to.contain('could not be loaded');
  });

  it('takes several feeds as data too, and is an error only when every feed fails', async () => {
    const [gemeente, welzijn] = await Promise.all([GEMEENTE, WELZIJN].map(async (url) => (await fetch(url)).json()));
    const finder = await finderWith([gemeente, welzijn]);
    expect(cardNames(finder)).to.have.length(3);
    const failing = await finderFrom(`${MISSING} /test/fixtures/not-json.json`);
    expect(failing.matches(':state(error)')).to.equal(true);
  });

  it('shows no partner names for a single feed', async () => {
    const finder = await finderFrom(GEMEENTE);
    expect(sourcesOf(finder).map(([, from]) => from)).to.deep.equal([undefined, undefined]);
  });
});

describe('<wijk-initiative-finder>: is it still true?', () => {
  const feed = {
    publisher: 'Welzijn Noord',
    contact_email: 'correcties@welzijn-noord.example',
    organizations: [{ id: 'org', name: 'Welzijn Noord' }],
    services: [
      { id: 'fresh', organization_id: 'org', name: 'Taalcafé', status: 'active', assured_date: '2026-03-10' },
      { id: 'old', organization_id: 'org', name: 'Wandelgroep', status: 'active', last_modified: '2024-05-01T10:00:00Z' },
      { id: 'unknown', organization_id: 'org', name: 'Zangkoor', status: 'active' },
    ],
  };
  const freshnessOfCard = (finder: HTMLElement) =>
    Object.fromEntries(
      $$(finder, '[part~="card"]').map((card) => [
        card.querySelector('[part~="card-button"]')!.textContent!.trim(),
        card.querySelector('[part~="freshness"]')?.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    );

  it('says when each activity was checked, marks one checked too long ago, and offers a way to report a mistake', async () => {
    const finder = await finderWith(feed);
    expect(freshnessOfCard(finder)).to.deep.equal({
      Taalcafé: 'Gecontroleerd in maart 2026 Klopt er iets niet?',
      Wandelgroep: 'Mogelijk verouderd: voor het laatst gecontroleerd in mei 2024 Klopt er iets niet?',
      Zangkoor: 'Klopt er iets niet?',
    });
    const report = $$(finder, '[part~="freshness"] a')[0]!.getAttribute('href')!;
    expect(report.startsWith('mailto:correcties@welzijn-noord.example?subject=')).to.equal(true);
    expect(decodeURIComponent(report.split('subject=')[1]!)).to.equal('Klopt er iets niet? Taalcafé (fresh)');
    await expect(finder).to.be.accessible();
  });

  it('hides activities not checked within stale-after months when asked', async () => {
    const finder = await fixture<WijkInitiativeFinder>(html`<wijk-initiative-finder hide-stale .now=${WEDNESDAY} .data=${feed}></wijk-initiative-finder>`);
    await settled(finder);
    expect(cardNames(finder)).to.deep.equal(['Taalcafé', 'Zangkoor']);
    finder.staleAfter = 36;
    await settled(finder);
    await waitUntil(() => cardNames(finder).length === 3, 'a longer limit did not bring the activity back');
  });
});
