/**
 * <wijk-learning-module> with the three modules from packages/content, in its states and in
 * Dutch, English and Arabic. Statements it fires are listed in packages/widgets/custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@wijkwijzer/widgets/define/learning-module.js';
import welkomeWijk from '@wijkwijzer/content/modules/welkome-wijk.nl.json';
import welkomeWijkEnglish from '@wijkwijzer/content/modules/welkome-wijk.en.json';
import zevenPrincipes from '@wijkwijzer/content/modules/zeven-principes.nl.json';
import wijkgerichtWerken from '@wijkwijzer/content/modules/wijkgericht-werken.nl.json';

type Language = 'nl' | 'en' | 'ar';

interface Args {
  lang: Language;
  data?: unknown;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Learning module',
  component: 'wijk-learning-module',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] } },
  args: { lang: 'nl', data: welkomeWijk },
  render: ({ lang, data, src }) => html`<wijk-learning-module lang=${lang} src=${src ?? nothing} .data=${data}></wijk-learning-module>`,
};
export default meta;

type Story = StoryObj<Args>;

async function press(canvasElement: HTMLElement, ...labels: string[]): Promise<void> {
  const element = canvasElement.querySelector('wijk-learning-module') as HTMLElement & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  for (const label of labels) {
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    buttons.find((button) => button.textContent!.trim() === label || button.matches(label))?.click();
    await element.updateComplete;
  }
}

/** Each story starts from a clean slate: progress from an earlier visit would change what it shows. */
const fresh = { loaders: [async () => Object.keys(localStorage).filter((key) => key.startsWith('wijkwijzer:')).forEach((key) => localStorage.removeItem(key))] };

export const WelkomeWijk: Story = { ...fresh };
export const WelkomeWijkInEnglish: Story = { ...fresh, args: { lang: 'en', data: welkomeWijkEnglish } };
export const WelkomeWijkArabicInterface: Story = { ...fresh, args: { lang: 'ar' } };
export const ZevenPrincipes: Story = { ...fresh, args: { data: zevenPrincipes } };
export const WijkgerichtWerken: Story = { ...fresh, args: { data: wijkgerichtWerken } };
export const TextStep: Story = { ...fresh, play: ({ canvasElement }) => press(canvasElement, '[part~="start-button"]') };
export const QuestionAnswered: Story = {
  ...fresh,
  play: async ({ canvasElement }) => {
    await press(canvasElement, '[part~="start-button"]');
    const element = canvasElement.querySelector('wijk-learning-module')!;
    // Walk to the first question and answer it with the first option.
    for (let i = 0; i < 10 && !element.shadowRoot!.querySelector('.question input'); i += 1) await press(canvasElement, '[part~="next-button"]');
    element.shadowRoot!.querySelector<HTMLInputElement>('.question input')!.click();
    await press(canvasElement, '[part~="check-button"]');
  },
};
export const QuestionAnsweredInArabic: Story = { ...QuestionAnswered, args: { lang: 'ar' } };
export const LoadFailed: Story = { args: { data: undefined, src: './does-not-exist.json' } };
export const LoadFailedInArabic: Story = { args: { lang: 'ar', data: undefined, src: './does-not-exist.json' } };
export const NotAModule: Story = { args: { data: { lessons: 'geen' } } };
