/**
 * <wijk-initiative-finder> in every state, in Dutch, English and Arabic, on the demo feed.
 * Attributes and events are documented in packages/widgets/custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@wijkwijzer/widgets/define/initiative-finder.js';
import demoFeed from '@wijkwijzer/content/feeds/demo-initiatives.json';

type Language = 'nl' | 'en' | 'ar';

interface Args {
  lang: Language;
  theme?: string;
  neighbourhood?: string;
  src?: string;
  data?: unknown;
}

/** A fixed Wednesday morning, so "open today" shows the same list on every build. */
const NOW = new Date(2026, 10, 25, 9, 0);

const meta: Meta<Args> = {
  title: 'Widgets/Initiative finder',
  component: 'wijk-initiative-finder',
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] },
    theme: { control: 'text' },
    neighbourhood: { control: 'text' },
  },
  args: { lang: 'nl', data: demoFeed },
  render: ({ lang, theme, neighbourhood, src, data }) =>
    html`<wijk-initiative-finder
      lang=${lang}
      theme=${theme ?? nothing}
      neighbourhood=${neighbourhood ?? nothing}
      src=${src ?? nothing}
      .data=${data}
      .now=${NOW}
    ></wijk-initiative-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

const inLanguage = (story: Story, lang: Language): Story => ({ ...story, args: { ...story.args, lang } });

const list: Story = {};
const filtered: Story = { args: { theme: 'eenzaamheid', neighbourhood: 'Selwerd' } };
const empty: Story = { args: { theme: 'bestaat-niet' } };
const loading: Story = { args: { data: new Promise(() => undefined) } };
const loadFailed: Story = { args: { data: undefined, src: './does-not-exist.json' } };
const notAFeed: Story = { args: { data: { services: 'geen lijst' } } };
/** Opens the first initiative's details, as a resident tapping its name. */
const detail: Story = {
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('wijk-initiative-finder') as HTMLElement & { updateComplete: Promise<boolean> };
    await finder.updateComplete;
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="card-button"]')!.click();
  },
};

// Storybook reads story names from plain exports, so each language is written out.
export const List = list;
export const ListInEnglish = inLanguage(list, 'en');
export const ListInArabic = inLanguage(list, 'ar');
export const Filtered = filtered;
export const FilteredInEnglish = inLanguage(filtered, 'en');
export const FilteredInArabic = inLanguage(filtered, 'ar');
export const Empty = empty;
export const EmptyInEnglish = inLanguage(empty, 'en');
export const EmptyInArabic = inLanguage(empty, 'ar');
export const Loading = loading;
export const LoadingInEnglish = inLanguage(loading, 'en');
export const LoadingInArabic = inLanguage(loading, 'ar');
export const LoadFailed = loadFailed;
export const LoadFailedInEnglish = inLanguage(loadFailed, 'en');
export const LoadFailedInArabic = inLanguage(loadFailed, 'ar');
export const Detail = detail;
export const DetailInEnglish = inLanguage(detail, 'en');
export const DetailInArabic = inLanguage(detail, 'ar');
export const NotAFeed = notAFeed;
export const NotAFeedInEnglish = inLanguage(notAFeed, 'en');
export const NotAFeedInArabic = inLanguage(notAFeed, 'ar');
