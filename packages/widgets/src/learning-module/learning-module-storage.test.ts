import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $, $$, click, heading, moduleWith, optionInput, STORAGE_KEY } from './testing/helpers.ts';

async function answerFirstQuestionAndReflect(element: WijkLearningModule): Promise<void> {
  await click(element, 'Beginnen');
  await click(element, 'Volgende');
  optionInput(element, 'Ik bel eens aan').click();
  await element.updateComplete;
  await click(element, 'Controleer mijn antwoord');
  await click(element, 'Volgende');
  await click(element, 'Volgende');
  const textarea = $(element, 'textarea') as HTMLTextAreaElement;
  textarea.value = 'Mijn eigen gedachte';
  textarea.dispatchEvent(new InputEvent('input'));
  await waitUntil(() => (localStorage.getItem(STORAGE_KEY) ?? '').includes('Mijn eigen gedachte'), 'reflection was not saved');
}

describe('<wijk-learning-module> progress on this device', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('resumes after a reload where the learner was, with answers and reflection kept', async () => {
    const first = await moduleWith(sampleModule());
    await answerFirstQuestionAndReflect(first.element);
    first.element.remove();

    const again = await moduleWith(sampleModule());
    expect($(again.element, '[part~="start-button"]').textContent!.trim()).to.equal('Verder gaan');
    await click(again.element, 'Verder gaan');
    expect(heading(again.element)).to.equal('Denkvraag');
    expect(($(again.element, 'textarea') as HTMLTextAreaElement).value).to.equal('Mijn eigen gedachte');
    await click(again.element, 'Naar het overzicht');
    expect($$(again.element, '.lesson')[0]!.textContent).to.contain('Klaar');
  });

  it('keeps answers to unchanged steps when the module is updated', async () => {
    const first = await moduleWith(sampleModule());
    await answerFirstQuestionAndReflect(first.element);
    first.element.remove();

    const updated = sampleModule();
    updated.version = '1.1.0';
    updated.lessons[0]!.steps.splice(0, 1); // the welcome text is gone
    const again = await moduleWith(updated);
    expect($$(again.element, '.lesson')[0]!.textContent).to.contain('Klaar', 'both remaining steps were done');
    await click(again.element, 'Verder gaan');
    expect(($(again.element, 'textarea') as HTMLTextAreaElement).value).to.equal('Mijn eigen gedachte');
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(stored.moduleVersion).to.equal('1.1.0');
    expect(Object.keys(stored.answers).sort()).to.deep.equal(['denken', 'vraag-een']);
  });

  it('starts fresh, without an error, when what is stored is corrupt', async () => {
    for (const corrupt of ['{not json', '{"format":1,"answers":"hack"}', '"<script>alert(1)</script>"', 'null']) {
      localStorage.setItem(STORAGE_KEY, corrupt);
      const { element } = await moduleWith(sampleModule());
      expect($(element, '[part~="start-button"]').textContent!.trim()).to.equal('Beginnen', corrupt);
      element.remove();
    }
  });

  it('keeps working in memory when storage is full, and says so once', async () => {
    const filler: string[] = [];
    // Fill this origin's real localStorage to the last byte: big pieces first, then smaller ones.
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 4)) {
      for (;;) {
        const key = `wijk-test-filler-${filler.length}`;
        try {
          localStorage.setItem(key, 'x'.repeat(size));
          filler.push(key);
        } catch {
          break; // QuotaExceededError at this size: try smaller pieces.
        }
      }
    }
    try {
      const { element } = await moduleWith(sampleModule());
      await click(element, 'Beginnen');
      await click(element, 'Volgende');
      expect(heading(element)).to.equal('Vraag');
      expect($(element, '.notice').textContent).to.contain('kan niet op dit apparaat worden bewaard');
      await waitUntil(() => $(element, '[aria-live="polite"]').textContent!.includes('Stap 2 van 5'));
      optionInput(element, 'Ik bel eens aan').click();
      await element.updateComplete;
      await click(element, 'Controleer mijn antwoord');
      expect($(element, '.verdict').textContent).to.contain('Goed!', 'the answer is kept in memory');
    } finally {
      for (const key of filler) localStorage.removeItem(key);
    }
  });

  it('keeps working in memory when the browser blocks storage (a sandboxed frame)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="blocked storage" sandbox="allow-scripts" src="/test/pages/blocked-storage.html"></iframe>`);
    const report = await new Promise<{ heading: string; notice: string }>((resolve) =>
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) resolve(event.data);
      }),
    );
    expect(report.heading).to.equal('Vraag');
    expect(report.notice).to.contain('kan niet op dit apparaat worden bewaard');
  });
});
