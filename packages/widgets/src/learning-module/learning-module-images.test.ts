import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $$, click, heading, moduleWith } from './testing/helpers.ts';

const MODULE_URL = '/packages/widgets/src/learning-module/testing/fixtures/with-images.json';
const STORAGE_KEY = 'wijkwijzer:learning-module:met-plaatjes';

function images(element: HTMLElement): HTMLImageElement[] {
  return $$(element, 'img') as HTMLImageElement[];
}

describe('<wijk-learning-module> images', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('loads images next to the module file, and never takes //other.example/… for one of them', async () => {
    const element = await fixture<WijkLearningModule>(html`<wijk-learning-module lang="nl" src=${MODULE_URL}></wijk-learning-module>`);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="start-button"]'), 'the module did not load', { timeout: 5000 });
    await element.updateComplete;
    await click(element, 'Beginnen');
    expect(heading(element)).to.equal('Naast de module');
    expect(images(element).map((image) => image.src)).to.deep.equal([new URL('images/buren.png', new URL(MODULE_URL, location.href)).href]);

    await click(element, 'Volgende');
    expect(heading(element)).to.equal('Zonder schema');
    expect(images(element)).to.deep.equal([], '//other.example/x.png is another site, not a file of the module');

    await click(element, 'Volgende');
    expect(heading(element)).to.equal('Vanaf de root');
    expect(images(element).map((image) => image.src)).to.deep.equal([new URL('/images/wijk.png', location.href).href]);
  });

  it('shows an image written with // when it points to the module’s own site', async () => {
    const module = sampleModule();
    const first = module.lessons[0]!.steps[0]!;
    if (first.kind === 'text') first.image = { src: `//${location.host}/images/buren.png`, alt: 'Twee buren.' };
    const { element } = await moduleWith(module);
    await click(element, 'Beginnen');
    expect(images(element).map((image) => image.src)).to.deep.equal([`${location.origin}/images/buren.png`]);
    localStorage.removeItem('wijkwijzer:learning-module:proef-module');
  });
});
