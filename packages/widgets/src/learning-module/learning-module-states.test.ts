import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $, click, heading, moduleWith, optionInput, STORAGE_KEY } from './testing/helpers.ts';

async function moduleFrom(src: string, lang = 'nl'): Promise<WijkLearningModule> {
  const element = await fixture<WijkLearningModule>(html`<wijk-learning-module lang=${lang} src=${src}></wijk-learning-module>`);
  await waitUntil(() => !element.shadowRoot!.querySelector('[part~="status-loading"]'), 'still loading', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

describe('<wijk-learning-module> states, languages and accessibility', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('has no axe violations on the overview, every step kind (answered or not) and the summary', async () => {
    const { element } = await moduleWith(sampleModule());
    await expect(element).to.be.accessible();
    await click(element, 'Beginnen');
    await expect(element).to.be.accessible(); // text with links
    await click(element, 'Volgende');
    await expect(element).to.be.accessible(); // single choice
    optionInput(element, 'Ik doe niets').click();
    await element.updateComplete;
    await click(element, 'Controleer mijn antwoord');
    await expect(element).to.be.accessible(); // single choice with feedback
    await click(element, 'Volgende');
    await expect(element).to.be.accessible(); // multiple choice
    await click(element, 'Volgende');
    await expect(element).to.be.accessible(); // reflection
    await click(element, 'Volgende');
    optionInput(element, 'Ik bel de politie').click();
    await element.updateComplete;
    await click(element, 'Kies');
    await expect(element).to.be.accessible(); // scenario with its branch
    await click(element, 'Afronden');
    // The multiple-choice question was left unanswered: it counts as not right, the module still finishes.
    expect(heading(element)).to.equal('Klaar! U hebt de module afgerond.');
    await expect(element).to.be.accessible();
    await click(element, 'Wis mijn antwoorden');
    await expect(element).to.be.accessible(); // the confirmation
  });

  it('works in Arabic, right-to-left, with the module’s own Dutch text kept left-to-right', async () => {
    const { element } = await moduleWith(sampleModule(), 'ar');
    expect($(element, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect($(element, '[part~="start-button"]').textContent!.trim()).to.equal('ابدأ');
    await click(element, 'ابدأ');
    expect($(element, '#module-position').textContent).to.equal('الخطوة 1 من 5');
    expect($(element, '#step-heading').getAttribute('dir')).to.equal('auto');
    await expect(element).to.be.accessible();
  });

  it('plays the modules from packages/content', async () => {
    for (const [file, title] of [
      ['welkome-wijk.nl.json', 'Welkome wijk'],
      ['welkome-wijk.ar.json', 'Welkome wijk'],
      ['zeven-principes.en.json', 'principles'],
      ['wijkgericht-werken.nl.json', 'Wijkgericht werken'],
    ]) {
      const element = await moduleFrom(`/packages/content/modules/${file}`);
      expect(heading(element)).to.contain(title);
      await click(element, 'Beginnen');
      expect(element.shadowRoot!.querySelector('#step-heading')).to.not.equal(null);
      await expect(element).to.be.accessible();
      element.remove();
      localStorage.clear();
    }
  });

  it('shows images with their alt text, from paths next to the module file', async () => {
    const module = sampleModule();
    const first = module.lessons[0]!.steps[0]!;
    if (first.kind === 'text') first.image = { src: 'images/buren.png', alt: 'Twee buren praten bij de voordeur.' };
    const { element } = await moduleWith(module);
    await click(element, 'Beginnen');
    const image = $(element, 'img.step__image') as HTMLImageElement;
    expect(image.alt).to.equal('Twee buren praten bij de voordeur.');
    expect(image.src).to.equal(new URL('images/buren.png', document.baseURI).href);
  });

  it('explains a missing or invalid module in the widget’s language', async () => {
    const missing = await moduleFrom('/nope.json', 'en');
    expect($(missing, '[part~="status-error"]').textContent).to.contain('error code 404');
    const original = console.error;
    console.error = () => undefined;
    try {
      const { element } = await moduleWith({ id: 'x', lessons: 'none' });
      expect($(element, '[part~="status-error"]').textContent).to.contain('kloppen niet');
    } finally {
      console.error = original;
    }
  });
});
