/**
 * <wijk-practice-search> searches the learning house's Pagefind index, which exists only on the
 * built site; there it is tested end to end. Here: its states without an index.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wijkwijzer/widgets/define/practice-search.js';

interface Args {
  lang: 'nl' | 'en' | 'ar';
  index: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Practice search',
  component: 'wijk-practice-search',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] } },
  args: { lang: 'nl', index: './no-index-here/' },
  render: ({ lang, index }) => html`<wijk-practice-search lang=${lang} index=${index}></wijk-practice-search>`,
};
export default meta;

type Story = StoryObj<Args>;

export const IndexUnreachable: Story = {};
export const IndexUnreachableInEnglish: Story = { args: { lang: 'en' } };
export const IndexUnreachableInArabic: Story = { args: { lang: 'ar' } };
