/**
 * The page URL shared with other widgets: practice search keeps to its own names (`wijk-gv-…`),
 * so the finder and it, both with `sync-url` on one page, never erase each other's state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkInitiativeFinder } from '../initiative-finder/initiative-finder.ts';
import type { WijkPracticeSearch } from './practice-search.ts';
import { $, $$ } from '../base/testing/shadow.ts';
import { TEST_INDEXES } from './testing/indexes.ts';
import { checkbox, inState, resetUrl, tick, typeInto, untilCount } from './testing/helpers.ts';
import '../initiative-finder/define.ts';
import './define.ts';

const FEED = '/packages/content/feeds/demo-initiatives.json';

/** URL parameters, split into practice search's own and everyone else's. */
function params(): { practice: string[][]; others: string[][] } {
  const all = [...new URLSearchParams(location.search)];
  return { practice: all.filter(([name]) => name.startsWith('wijk-gv-')), others: all.filter(([name]) => !name.startsWith('wijk-gv-')) };
}

async function page(): Promise<{ finder: WijkInitiativeFinder; practices: WijkPracticeSearch }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <wijk-initiative-finder src=${FEED} sync-url></wijk-initiative-finder>
    <wijk-practice-search index=${TEST_INDEXES.practices} sync-url></wijk-practice-search>
  </div>`);
  const finder = wrapper.querySelector('wijk-initiative-finder')!;
  const practices = wrapper.querySelector('wijk-practice-search')!;
  await waitUntil(() => finder.matches(':state(ready)'), 'the finder did not load', { timeout: 5000 });
  await inState(practices, 'ready');
  await finder.updateComplete;
  return { finder, practices };
}

const searchBox = (element: HTMLElement) => $(element, 'input[type="search"]') as HTMLInputElement;

describe('<wijk-practice-search> in the page URL', () => {
  afterEach(() => resetUrl());

  it('keeps its own state and the finder’s when both write the URL', async () => {
    resetUrl();
    const { finder, practices } = await page();

    typeInto(searchBox(finder), 'wandelen');
    await waitUntil(() => params().others.some(([, value]) => value === 'wandelen'), 'the finder did not write its search');
    const finderParams = params().others;

    tick(checkbox(practices, '1.'));
    await untilCount(practices, 2);
    expect(params().others, 'practice search left the finder’s parameters alone').to.deep.equal(finderParams);
    typeInto(searchBox(practices), 'buurt');
    await waitUntil(() => params().practice.some(([name, value]) => name === 'wijk-gv-zoek' && value === 'buurt'), 'practice search did not write its search');
    expect(params().others, 'practice search left the finder’s parameters alone').to.deep.equal(finderParams);
    const practiceParams = params().practice;
    expect(practiceParams.map(([name]) => name).sort()).to.deep.equal(['wijk-gv-principe', 'wijk-gv-zoek']);

    typeInto(searchBox(finder), 'koffie');
    await waitUntil(() => params().others.some(([, value]) => value === 'koffie'), 'the finder did not write its new search');
    expect(params().practice, 'the finder left practice search’s parameters alone').to.deep.equal(practiceParams);
    expect(searchBox(practices).value).to.equal('buurt');

    // The same URL opened again: each widget reads back its own search, not the other's.
    const reopened = await page();
    expect(searchBox(reopened.practices).value).to.equal('buurt');
    expect(checkbox(reopened.practices, '1.').checked).to.equal(true);
    expect(searchBox(reopened.finder).value).to.equal('koffie');
  });

  it('leaves the finder alone when Back steps through practice search’s filters only', async () => {
    resetUrl();
    history.pushState(null, '', `${location.pathname}?start`);
    const { finder, practices } = await page();
    let finderSearches = 0;
    finder.addEventListener('wijk-search', () => (finderSearches += 1));
    tick(checkbox(practices, '7.'));
    await untilCount(practices, 2);
    history.back();
    await untilCount(practices, 5);
    await finder.updateComplete;
    // The finder's prefix `wijk-` begins practice search's `wijk-gv-`: its own parameters are its keys, not that prefix.
    expect(finderSearches, 'the finder searched again for a step that was not its own').to.equal(0);
  });

  it('adds a history entry for a filter, and Back takes it off again', async () => {
    resetUrl();
    // An entry of this page's own to go back to, so Back never leaves the test page.
    history.pushState(null, '', `${location.pathname}?start`);
    const practices = await fixture<WijkPracticeSearch>(html`<wijk-practice-search index=${TEST_INDEXES.practices} sync-url></wijk-practice-search>`);
    await inState(practices, 'ready');
    await untilCount(practices, 5);
    tick(checkbox(practices, '7.'));
    await untilCount(practices, 2);
    expect(new URLSearchParams(location.search).getAll('wijk-gv-principe')).to.have.length(1);
    const length = history.length;

    typeInto(searchBox(practices), 'taal');
    await untilCount(practices, 1);
    expect(history.length, 'typing replaces the entry').to.equal(length);

    history.back();
    await waitUntil(() => location.search === '?start', 'Back did not return');
    await untilCount(practices, 5);
    expect(checkbox(practices, '7.').checked).to.equal(false);
    expect(searchBox(practices).value).to.equal('');
  });

  it('steps Back and Forward through filter changes, each step with its own filters, results and counts', async () => {
    resetUrl();
    history.pushState(null, '', `${location.pathname}?start`);
    const practices = await fixture<WijkPracticeSearch>(html`<wijk-practice-search index=${TEST_INDEXES.practices} sync-url></wijk-practice-search>`);
    await inState(practices, 'ready');
    await untilCount(practices, 5);
    const panel = () => $$(practices, 'label.option').map((option) => `${(option.querySelector('input') as HTMLInputElement).checked ? '[x]' : '[ ]'} ${option.textContent!.trim()}`);
    const steps: { search: string; count: number; panel: string[] }[] = [];
    const remember = (count: number) => steps.push({ search: location.search, count, panel: panel() });
    remember(5);
    tick(checkbox(practices, '7.'));
    await untilCount(practices, 2);
    remember(2);
    tick(checkbox(practices, '1.'));
    await untilCount(practices, 3);
    remember(3);
    tick(checkbox(practices, 'iedereen'));
    await untilCount(practices, 1);
    remember(1);

    const arrive = async (step: (typeof steps)[number]) => {
      await waitUntil(() => location.search === step.search, `the URL did not become ${step.search}`);
      await untilCount(practices, step.count);
      expect(panel()).to.deep.equal(step.panel);
    };
    for (const step of [steps[2]!, steps[1]!, steps[0]!]) {
      history.back();
      await arrive(step);
    }
    for (const step of [steps[1]!, steps[2]!, steps[3]!]) {
      history.forward();
      await arrive(step);
    }
  });

  it('uses its id as the namespace, so two practice searches on one page keep apart', async () => {
    resetUrl('?noord-zoek=wandelen&zuid-zoek=taal');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wijk-practice-search id="noord" index=${TEST_INDEXES.practices} sync-url></wijk-practice-search>
      <wijk-practice-search id="zuid" index=${TEST_INDEXES.practices} sync-url></wijk-practice-search>
    </div>`);
    const [north, south] = [...wrapper.querySelectorAll('wijk-practice-search')];
    await untilCount(north!, 1);
    await untilCount(south!, 1);
    expect(searchBox(north!).value).to.equal('wandelen');
    expect(searchBox(south!).value).to.equal('taal');
  });
});
