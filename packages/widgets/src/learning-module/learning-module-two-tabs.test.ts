/**
 * The same module open in two tabs: each tab's answers survive the other's writes. The other tab
 * is played by writing localStorage directly, as it would, and by the `storage` event the
 * browser sends to every other tab of the origin.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $, $$, click, heading, moduleWith, optionInput, STORAGE_KEY } from './testing/helpers.ts';

interface StoredProgress {
  format: number;
  moduleId: string;
  moduleVersion: string;
  currentStepId?: string;
  doneStepIds: string[];
  answers: Record<string, Record<string, unknown>>;
  finished: boolean;
  [field: string]: unknown;
}

function stored(): StoredProgress {
  return JSON.parse(localStorage.getItem(STORAGE_KEY)!) as StoredProgress;
}

/** What the other tab writes: its own progress, which never saw this tab's latest answer. */
function otherTabProgress(answers: StoredProgress['answers'], doneStepIds: string[]): StoredProgress {
  return { format: 1, moduleId: 'proef-module', moduleVersion: '1.0.0', currentStepId: 'denken', doneStepIds, answers, finished: false };
}

function writeAsOtherTab(progress: StoredProgress, { notify }: { notify: boolean }): void {
  const newValue = JSON.stringify(progress);
  localStorage.setItem(STORAGE_KEY, newValue);
  // A real write in another tab reaches this tab as a storage event; one in this tab never does.
  if (notify) window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue, storageArea: localStorage }));
}

/** This tab: the first question answered right, and now on the multiple-choice question. */
async function answerFirstQuestion(element: WijkLearningModule): Promise<void> {
  await click(element, 'Beginnen');
  await click(element, 'Volgende');
  optionInput(element, 'Ik bel eens aan').click();
  await element.updateComplete;
  await click(element, 'Controleer mijn antwoord');
  await waitUntil(() => (localStorage.getItem(STORAGE_KEY) ?? '').includes('aanbellen'), 'the answer was not saved');
}

const reflectionInOtherTab = { denken: { kind: 'reflection', text: 'Geschreven in het andere tabblad' } };

describe('<wijk-learning-module> in two tabs', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('keeps the answer the other tab stored while this tab was busy, when this tab writes next', async () => {
    const { element } = await moduleWith(sampleModule());
    await answerFirstQuestion(element);
    // The other tab loaded before this tab's answer: it knows only the welcome step and its reflection.
    writeAsOtherTab(otherTabProgress(reflectionInOtherTab, ['uitleg']), { notify: false });
    await click(element, 'Volgende');

    const progress = stored();
    expect(Object.keys(progress.answers).sort()).to.deep.equal(['denken', 'vraag-een']);
    expect(progress.answers.denken!.text).to.equal('Geschreven in het andere tabblad');
    expect(progress.doneStepIds).to.include.members(['uitleg', 'vraag-een']);
  });

  it('takes in what the other tab stored as soon as the browser says so, without losing its own answers', async () => {
    const { element } = await moduleWith(sampleModule());
    await answerFirstQuestion(element);
    writeAsOtherTab(otherTabProgress({ ...reflectionInOtherTab, situatie: { kind: 'scenario', selected: 'praten' } }, ['uitleg', 'vraag-een', 'vraag-twee', 'denken']), {
      notify: true,
    });
    await element.updateComplete;

    expect(heading(element)).to.equal('Vraag', 'this tab stays where the learner is');
    await click(element, 'Naar het overzicht');
    expect($$(element, '.lesson').map((lesson) => lesson.textContent!.replace(/\s+/g, ' '))).to.satisfy((lessons: string[]) =>
      lessons[0]!.includes('Klaar') && lessons[1]!.includes('1 van 2'),
    );
    $$(element, '.lesson button')[1]!.click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Een situatie uit de praktijk');
    expect($(element, '.verdict').textContent).to.contain('rustig gesprek', 'the other tab’s choice is shown');
    await click(element, 'Vorige');
    expect(heading(element)).to.equal('Denkvraag');
    expect(($(element, 'textarea') as HTMLTextAreaElement).value).to.equal('Geschreven in het andere tabblad');
    await click(element, 'Volgende');
    expect(stored().answers['vraag-een']).to.include({ kind: 'choice', correct: true });
    expect(stored().answers.situatie).to.include({ selected: 'praten' });
    expect(stored().answers.denken).to.include({ text: 'Geschreven in het andere tabblad' });
  });

  it('ignores storage events for other keys and other storage areas', async () => {
    const { element } = await moduleWith(sampleModule());
    await answerFirstQuestion(element);
    const foreign = JSON.stringify(otherTabProgress(reflectionInOtherTab, ['uitleg', 'vraag-een', 'vraag-twee']));
    window.dispatchEvent(new StorageEvent('storage', { key: 'wijkwijzer:learning-module:another-module', newValue: foreign, storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: foreign, storageArea: sessionStorage }));
    await element.updateComplete;
    await click(element, 'Naar het overzicht');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('1 van 3');
  });

  it('does not bring back what the learner erased when the other tab still holds the old answers', async () => {
    const { element } = await moduleWith(sampleModule());
    await answerFirstQuestion(element);
    await click(element, 'Naar het overzicht');
    await click(element, 'Opnieuw beginnen');
    await click(element, 'Ja, wis alles en begin opnieuw');
    // The other tab, still on the old attempt, writes it back before it hears of the erase.
    writeAsOtherTab(otherTabProgress({ 'vraag-een': { kind: 'choice', selected: ['aanbellen'], correct: true } }, ['uitleg', 'vraag-een']), { notify: true });
    await element.updateComplete;
    expect($$(element, '.lesson')[0]!.textContent).to.contain('0 van 3');
    await click(element, 'Beginnen');
    expect(Object.keys(stored().answers)).to.deep.equal([]);
  });
});
