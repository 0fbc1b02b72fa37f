import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './testing/modules.ts';
import { $, $$, click, focused, heading, moduleWith, readable, STORAGE_KEY, waitForFocusOn } from './testing/helpers.ts';

async function tab(times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Tab' });
}

/** Tabs forward until the focused element's text is `text`; fails after 40 presses. */
async function tabTo(element: HTMLElement, text: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (focused(element)?.textContent?.trim() === text || (focused(element) as HTMLElement | null)?.closest?.('label')?.textContent?.trim() === text) return;
    await tab();
  }
  throw new Error(`could not tab to "${text}"`);
}

describe('<wijk-learning-module>', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('shows an overview with lessons, time and audience', async () => {
    const { element } = await moduleWith(sampleModule());
    expect(heading(element)).to.equal('Een goede buur');
    expect($(element, '.meta').textContent).to.contain('Voor bewoners').and.to.contain('Ongeveer 5 minuten');
    expect($$(element, '.lesson').map((lesson) => readable(lesson.textContent))).to.deep.equal([
      'Les 1: Kennismaken 0 van 3 stappen gedaan',
      'Les 2: Oefenen 0 van 2 stappen gedaan',
    ]);
  });

  it('walks a whole module by keyboard alone to its summary, with the statements a LMS expects', async () => {
    const { element, statements } = await moduleWith(sampleModule());
    $(element, '[part~="start-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Welkom');
    expect($(element, '#module-position').textContent).to.equal('Stap 1 van 5');
    await tabTo(element, 'Volgende');
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Vraag');
    // Single choice: Tab to the first option, Space to choose, then check.
    await tabTo(element, 'Ik bel eens aan');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'Controleer mijn antwoord');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '.verdict').textContent).to.contain('Goed!');
    expect($(element, '.option--right').textContent).to.contain('even aanbellen');
    await tabTo(element, 'Volgende');
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Vraag');
    // Multiple choice: only one of the two right answers.
    await tabTo(element, 'De huisarts');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'Controleer mijn antwoord');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '.verdict').textContent).to.contain('Niet helemaal.');
    expect($$(element, '.option--right').map((o) => o.textContent)).to.have.length(2, 'the missed right answer is shown too');
    await tabTo(element, 'Volgende');
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Denkvraag');
    for (let i = 0; i < 10 && focused(element)?.id !== 'reflection'; i += 1) await tab();
    expect(focused(element)?.id).to.equal('reflection');
    await sendKeys({ type: 'Ik vind het lastig om aan te bellen.' });
    await tabTo(element, 'Volgende');
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Een situatie uit de praktijk');
    await tabTo(element, 'Ik praat er de volgende dag over');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'Kies');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '.verdict').textContent).to.contain('rustig gesprek');
    await tabTo(element, 'Afronden');
    await sendKeys({ press: 'Enter' });
    await waitForFocusOn(element, 'Klaar! U hebt de module afgerond.');
    const summary = readable($(element, '[part~="summary"]').textContent);
    expect(summary).to.contain('Les 1: Kennismaken 1 van 2 vragen goed');
    expect(summary).to.contain('Geen vragen in deze les');
    expect(summary).to.contain('Ik vind het lastig om aan te bellen.');
    expect(summary).to.contain('Nog niet alle vragen gingen goed');

    element.remove();
    const sequence = statements.map((s) => `${s.verb.display['en-US']} ${s.object.id.replace('https://wijkwijzer.nl/xapi/activities/modules/', '')}`);
    expect(sequence).to.deep.equal([
      'initialized proef-module',
      'progressed proef-module',
      'answered proef-module/lessons/les-een/steps/vraag-een',
      'progressed proef-module',
      'answered proef-module/lessons/les-een/steps/vraag-twee',
      'progressed proef-module',
      'completed proef-module/lessons/les-een',
      'answered proef-module/lessons/les-twee/steps/denken',
      'progressed proef-module',
      'answered proef-module/lessons/les-twee/steps/situatie',
      'progressed proef-module',
      'completed proef-module/lessons/les-twee',
      'completed proef-module',
      'failed proef-module',
      'terminated proef-module',
    ]);
    const failed = statements.find((s) => s.verb.display['en-US'] === 'failed')!;
    expect(failed.result).to.deep.equal({ success: false, score: { scaled: 0.5, raw: 1, min: 0, max: 2 } });
    expect(failed.verb.id).to.equal('http://adlnet.gov/expapi/verbs/failed');
    expect(statements.every((s) => !('actor' in s))).to.equal(true);
  });

  it('lets the learner go back and jump to a done step', async () => {
    const { element } = await moduleWith(sampleModule());
    await click(element, 'Beginnen');
    await click(element, 'Volgende');
    await click(element, 'Volgende');
    expect(heading(element)).to.equal('Vraag');
    const dots = $$(element, '.step-dot');
    expect(dots.map((dot) => (dot as HTMLButtonElement).disabled)).to.deep.equal([false, false, false]);
    expect(dots[2]!.getAttribute('aria-current')).to.equal('step');
    dots[0]!.click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Welkom');
    await click(element, 'Naar het overzicht');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('2 van 3 stappen gedaan');
    await waitUntil(() => focused(element)?.id === 'module-title');
  });

  it('leaves out the title and summary with hide-intro, for a page that shows them, and brings focus back to the lessons', async () => {
    const { element } = await moduleWith(sampleModule());
    element.hideIntro = true;
    await element.updateComplete;
    const overview = readable($(element, '[part~="overview"]').textContent);
    expect(overview).not.to.contain('Een goede buur');
    expect(overview).not.to.contain('Een korte module om te oefenen.');
    expect(overview).to.contain('Les 1: Kennismaken');
    await click(element, 'Beginnen');
    await click(element, 'Naar het overzicht');
    await waitUntil(() => focused(element)?.id === 'lessons-title');
  });

  it('asks before starting over, and erases only when the learner says yes', async () => {
    const { element } = await moduleWith(sampleModule());
    await click(element, 'Beginnen');
    await click(element, 'Volgende');
    await click(element, 'Naar het overzicht');
    await click(element, 'Opnieuw beginnen');
    await waitUntil(() => focused(element)?.id === 'confirm-question');
    await click(element, 'Nee, ga terug');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('1 van 3');
    await click(element, 'Opnieuw beginnen');
    await click(element, 'Ja, wis alles en begin opnieuw');
    expect($$(element, '.lesson')[0]!.textContent).to.contain('0 van 3');
    expect(buttonText(element, '[part~="start-button"]')).to.equal('Beginnen');
  });

  it('shows module text as text, and opens links in a new tab that says so', async () => {
    const module = sampleModule();
    const first = module.lessons[0]!.steps[0]!;
    if (first.kind === 'text') first.body = '<img src=x onerror="window.__learningHacked=1">\n\n- een\n- twee';
    const { element } = await moduleWith(module);
    await click(element, 'Beginnen');
    expect($$(element, '.step img')).to.have.length(0);
    expect($$(element, '.step ul:not(.links) li').map((li) => li.textContent)).to.deep.equal(['een', 'twee']);
    const link = $(element, '.links a');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('(opent een nieuw venster)');
    expect((window as { __learningHacked?: number }).__learningHacked).to.equal(undefined);
  });
});

function buttonText(element: HTMLElement, selector: string): string {
  return $(element, selector).textContent!.trim();
}
