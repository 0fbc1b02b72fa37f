import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkPracticeSearch } from './practice-search.ts';
import { excerptParts } from './pagefind.ts';
import { $ } from '../base/testing/shadow.ts';
import './define.ts';

describe('<wijk-practice-search>', () => {
  it('explains, in its language, when the index cannot be reached, with a retry', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<WijkPracticeSearch>(html`<wijk-practice-search lang="en" index="/no-index-here/"></wijk-practice-search>`);
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="status-error"]'), 'no error state', { timeout: 5000 });
      expect($(element, '[part~="status-error"]').textContent).to.contain('could not be loaded');
      expect($(element, '[part~="status-error"] button').textContent!.trim()).to.equal('Try again');
      await expect(element).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('says it has nothing to search when no index is set', async () => {
    const element = await fixture<WijkPracticeSearch>(html`<wijk-practice-search></wijk-practice-search>`);
    expect($(element, '[part~="status-error"]').textContent).to.contain('nog geen gegevens');
  });

  it('reads excerpts as text with marked matches, never as markup', () => {
    const parts = excerptParts('Samen <mark>wandelen</mark> &amp; <img src=x onerror="window.__excerptHacked=1"><script>window.__excerptHacked=1</script>praten');
    expect(parts.map((part) => [part.text, part.marked])).to.deep.equal([
      ['Samen ', false],
      ['wandelen', true],
      [' & ', false],
      ['', false],
      ['window.__excerptHacked=1', false],
      ['praten', false],
    ]);
    expect((window as { __excerptHacked?: number }).__excerptHacked).to.equal(undefined);
  });
});
