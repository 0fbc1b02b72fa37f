/**
 * Reflections on a shared computer (a community centre's): the learner can choose, on every
 * reflection step, not to keep their answers on this device, and can erase them on the summary.
 * Real localStorage throughout, as a learner's browser has it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $, buttonNamed, click, heading, moduleWith, readable, STORAGE_KEY } from './testing/helpers.ts';

const DONT_KEEP = 'Niet bewaren op dit apparaat (bijvoorbeeld op een gedeelde computer)';

/** From the start page to the reflection step (the fourth), leaving the questions unanswered. */
async function toReflection(element: WijkLearningModule): Promise<void> {
  await click(element, 'Beginnen');
  for (let step = 1; step < 4; step += 1) await click(element, 'Volgende');
  expect(heading(element)).to.equal('Denkvraag');
}

function dontKeepBox(element: WijkLearningModule): HTMLInputElement {
  const label = [...element.shadowRoot!.querySelectorAll('label')].find((candidate) => readable(candidate.textContent) === DONT_KEEP);
  if (!label) throw new Error(`no checkbox "${DONT_KEEP}"`);
  return label.querySelector('input[type="checkbox"]')!;
}

async function write(element: WijkLearningModule, text: string): Promise<void> {
  const textarea = $(element, 'textarea') as HTMLTextAreaElement;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

const privacyText = (element: WijkLearningModule) => readable($(element, '#reflection-private').textContent);

describe('<wijk-learning-module> on a shared computer', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('offers, unticked before the first reflection, not to keep answers, and keeps them in this browser while unticked', async () => {
    const first = await moduleWith(sampleModule());
    await toReflection(first.element);
    expect(dontKeepBox(first.element).checked).to.equal(false);
    expect(privacyText(first.element)).to.contain('alleen in deze browser op dit apparaat');
    await write(first.element, 'Mijn eigen gedachte');
    await waitUntil(() => (localStorage.getItem(STORAGE_KEY) ?? '').includes('Mijn eigen gedachte'), 'the reflection was not stored');
    first.element.remove();

    const again = await moduleWith(sampleModule());
    await click(again.element, 'Verder gaan');
    expect(($(again.element, 'textarea') as HTMLTextAreaElement).value).to.equal('Mijn eigen gedachte');
  });

  it('erases the module from localStorage when ticked, keeps answers in memory for the visit, and a reload shows none', async () => {
    const { element } = await moduleWith(sampleModule());
    await toReflection(element);
    await write(element, 'Eerst bewaard');
    await waitUntil(() => (localStorage.getItem(STORAGE_KEY) ?? '').includes('Eerst bewaard'), 'the reflection was not stored');

    dontKeepBox(element).click();
    await element.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(privacyText(element)).to.contain('niet bewaard').and.to.contain('als u de pagina sluit');
    expect($(element, '[aria-live="polite"]').textContent).to.contain('niet bewaard');

    await write(element, 'Alleen voor nu');
    await click(element, 'Volgende');
    await click(element, 'Vorige');
    expect(($(element, 'textarea') as HTMLTextAreaElement).value).to.equal('Alleen voor nu', 'kept in memory for this visit');
    expect(dontKeepBox(element).checked).to.equal(true, 'the choice holds on every reflection step');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);

    // Another tab writing this module is not merged in while this tab keeps nothing here.
    const otherTab = { format: 1, moduleId: 'proef-module', moduleVersion: '1.0.0', doneStepIds: [], answers: { denken: { kind: 'reflection', text: 'Uit een ander tabblad' } }, finished: false };
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: JSON.stringify(otherTab), storageArea: localStorage }));
    await element.updateComplete;
    expect(($(element, 'textarea') as HTMLTextAreaElement).value).to.equal('Alleen voor nu');
    element.remove();

    const reloaded = await moduleWith(sampleModule());
    expect(buttonNamed(reloaded.element, 'Beginnen').part.contains('start-button')).to.equal(true, 'nothing was stored');
    await toReflection(reloaded.element);
    expect(($(reloaded.element, 'textarea') as HTMLTextAreaElement).value).to.equal('');
  });

  it('stores again when the box is unticked', async () => {
    const { element } = await moduleWith(sampleModule());
    await toReflection(element);
    dontKeepBox(element).click();
    await write(element, 'Toch bewaren');
    await click(element, 'Volgende');
    await click(element, 'Vorige');
    dontKeepBox(element).click();
    await element.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.contain('Toch bewaren');
  });

  it('says on the summary where the answers are kept, and its erase button erases them after a confirmation', async () => {
    const { element } = await moduleWith(sampleModule());
    await toReflection(element);
    await write(element, 'Iets persoonlijks');
    await click(element, 'Volgende');
    await click(element, 'Afronden');
    expect(heading(element)).to.equal('Klaar! U hebt de module afgerond.');
    expect(readable($(element, '[part~="summary"]').textContent)).to.contain('alleen in deze browser op dit apparaat, nergens anders');

    await click(element, 'Wis mijn antwoorden');
    await click(element, 'Nee, ga terug');
    expect(localStorage.getItem(STORAGE_KEY)).to.contain('Iets persoonlijks');
    await click(element, 'Wis mijn antwoorden');
    await click(element, 'Ja, wis alles en begin opnieuw');
    expect(localStorage.getItem(STORAGE_KEY)).not.to.contain('Iets persoonlijks');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers).to.deep.equal({});
    expect(buttonNamed(element, 'Beginnen').part.contains('start-button')).to.equal(true, 'back at the start');
  });
});
