/**
 * Stored progress this version can read only in part (a newer version of the kit wrote it, or
 * one entry is damaged): what can be read is shown, the rest stays in storage untouched, and the
 * learner is told once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sampleModule } from './testing/modules.ts';
import { $, $$, click, heading, moduleWith, STORAGE_KEY } from './testing/helpers.ts';

const rankingAnswer = { kind: 'ranking', order: ['wijkteam', 'huisarts', 'niemand'], at: 1_700_000_000_000 };

function storeProgress(progress: Record<string, unknown>): void {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ format: 1, moduleId: 'proef-module', moduleVersion: '1.0.0', doneStepIds: [], answers: {}, finished: false, ...progress }),
  );
}

function stored(): Record<string, unknown> & { answers: Record<string, unknown>; doneStepIds: unknown[] } {
  return JSON.parse(localStorage.getItem(STORAGE_KEY)!);
}

function notices(element: HTMLElement): string[] {
  return $$(element, '[part~="notice"]').map((notice) => notice.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<wijk-learning-module> progress it can read only in part', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('shows what it can read, keeps an answer of an unknown kind in storage untouched, and says so once', async () => {
    storeProgress({
      currentStepId: 'vraag-twee',
      doneStepIds: ['uitleg', 'vraag-een'],
      answers: { 'vraag-een': { kind: 'choice', selected: ['aanbellen'], correct: true }, 'vraag-twee': rankingAnswer },
    });
    const { element } = await moduleWith(sampleModule());
    expect($(element, '[part~="start-button"]').textContent!.trim()).to.equal('Verder gaan');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('2 van 3');
    expect(notices(element)).to.deep.equal([
      'Een deel van uw opgeslagen antwoorden kan deze pagina niet lezen. Dat deel bewaren we, zodat het niet verloren gaat. De rest van uw voortgang ziet u gewoon.',
    ]);

    await click(element, 'Verder gaan');
    expect(heading(element)).to.equal('Vraag');
    await click(element, 'Vorige');
    expect($(element, '.verdict').textContent).to.contain('Goed!', 'the readable answer is shown');
    expect(stored().answers['vraag-twee']).to.deep.equal(rankingAnswer);
    expect(stored().answers['vraag-een']).to.include({ kind: 'choice', correct: true });

    await click(element, 'Naar het overzicht');
    expect(notices(element)).to.deep.equal([], 'told once, not on every screen');
  });

  it('reads a newer format as far as it can and leaves the newer parts for the newer version', async () => {
    storeProgress({
      format: 2,
      doneStepIds: ['uitleg', { step: 'vraag-een', at: 1_700_000_000_000 }],
      answers: { 'vraag-een': { kind: 'choice', selected: ['aanbellen'], correct: true, confidence: 'high' } },
      bookmarks: ['denken'],
    });
    const { element } = await moduleWith(sampleModule(), 'en');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('1 of 3');
    expect(notices(element)[0]).to.contain('cannot read part of your saved answers');

    await click(element, 'Continue');
    await click(element, 'Next');
    await waitUntil(() => stored().currentStepId === 'vraag-twee', 'the move was not saved');
    const progress = stored();
    expect(progress.format).to.equal(2);
    expect(progress.bookmarks).to.deep.equal(['denken']);
    expect(progress.doneStepIds).to.deep.include({ step: 'vraag-een', at: 1_700_000_000_000 });
    expect(progress.answers['vraag-een']).to.include({ confidence: 'high' });
  });

  it('speaks of the set-aside part in Arabic too', async () => {
    storeProgress({ answers: { 'vraag-twee': rankingAnswer } });
    const { element } = await moduleWith(sampleModule(), 'ar');
    expect(notices(element)).to.have.length(1);
    expect(notices(element)[0]).to.match(/[\u0600-\u06FF]/);
  });

  it('says nothing when everything stored can be read', async () => {
    storeProgress({ doneStepIds: ['uitleg'] });
    const { element } = await moduleWith(sampleModule());
    expect(notices(element)).to.deep.equal([]);
  });
});
