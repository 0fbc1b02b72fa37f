/** The completion summary speaks to the module's audience: residents have no supervisor to discuss it with. */
import { expect } from '@open-wc/testing';
import type { LearningModule } from '@wijkwijzer/model';
import type { WijkLearningModule } from './learning-module.ts';
import { sampleModule } from './testing/modules.ts';
import { $, click, moduleWith, readable, STORAGE_KEY } from './testing/helpers.ts';

async function summaryOf(module: LearningModule, lang: string, labels: { start: string; next: string; finish: string }): Promise<string> {
  const { element } = await moduleWith(module, lang);
  await click(element, labels.start);
  for (let step = 1; step < module.lessons.flatMap((lesson) => lesson.steps).length; step += 1) await click(element, labels.next);
  await click(element, labels.finish);
  const text = readable($(element as WijkLearningModule, '[part~="summary"]').textContent);
  element.remove();
  localStorage.removeItem(STORAGE_KEY);
  return text;
}

function forStaff(): LearningModule {
  return { ...sampleModule(), audience: 'staff' };
}

const DUTCH = { start: 'Beginnen', next: 'Volgende', finish: 'Afronden' };
const ENGLISH = { start: 'Start', next: 'Next', finish: 'Finish' };

describe('<wijk-learning-module> summary per audience', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('tells residents they can print or keep it for themselves, without a supervisor', async () => {
    const summary = await summaryOf(sampleModule(), 'nl', DUTCH);
    expect(summary).to.contain('U kunt dit printen of bewaren voor uzelf.');
    expect(summary).not.to.contain('begeleider');
    expect(await summaryOf(sampleModule(), 'en', ENGLISH)).not.to.contain('supervisor');
  });

  it('tells staff they can discuss it with their supervisor', async () => {
    expect(await summaryOf(forStaff(), 'nl', DUTCH)).to.contain('bespreken met uw begeleider');
    expect(await summaryOf(forStaff(), 'en', ENGLISH)).to.contain('discuss it with your supervisor');
  });
});
