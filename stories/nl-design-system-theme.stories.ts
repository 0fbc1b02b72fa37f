/**
 * A municipality that already has an NL Design System theme includes
 * `@wijkwijzer/widgets/themes/nl-design-system.css` once, and the widgets take its colours, font,
 * corner rounding and spacing. "Gemeente Groenstad" is made up: a handful of NLDS basis tokens on
 * the page's container (a green action colour, a serif font, square-ish corners), chosen so every
 * pair passes WCAG AA. The same widget without the tokens keeps its own defaults.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@wijkwijzer/widgets/define/trusted-info.js';

/** The theme file as a partner links it; Vite serves it in dev and copies it into the build. */
const themeHref = new URL('../packages/widgets/themes/nl-design-system.css', import.meta.url).href;

type Language = 'nl' | 'en' | 'ar';

interface Args {
  lang: Language;
  topic?: string;
  mode?: string;
}

/** What a municipality's theme package puts on `:root` or on a theme class, here on a container. */
const groenstad = {
  '--basis-color-action-1-color-default': '#1e6b3c',
  '--basis-color-default-bg-document': '#ffffff',
  '--basis-color-default-bg-subtle': '#eef5f0',
  '--basis-color-default-color-document': '#1a2e22',
  '--basis-color-default-border-default': '#4d5a52',
  '--basis-color-negative-color-default': '#a4161a',
  '--basis-focus-outline-color': '#7a3e00',
  '--basis-text-font-family-default': 'Georgia, "Times New Roman", serif',
  '--basis-border-radius-md': '2px',
  '--basis-space-block-md': '12px',
  // The page itself, as the municipality's own CSS would style it.
  'font-family': 'var(--basis-text-font-family-default)',
  color: 'var(--basis-color-default-color-document)',
  'background-color': 'var(--basis-color-default-bg-document)',
  padding: '1rem',
};

const meta: Meta<Args> = {
  title: 'Theming/NL Design System',
  component: 'wijk-trusted-info',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] } },
  args: { lang: 'nl', topic: 'zelfmoordgedachten' },
  render: ({ lang, topic, mode }) => html`<link rel="stylesheet" href=${themeHref} />
    <div class="gemeente-groenstad" style=${styleMap(groenstad)}>
      <wijk-trusted-info lang=${lang} topic=${topic ?? nothing} mode=${mode ?? nothing}></wijk-trusted-info>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The crisis lines and sources for "zelfmoordgedachten" in Groenstad's green, font and corners. */
export const MunicipalityTheme: Story = {};

/** The topic buttons and search field of "ask" mode, in the same theme. */
export const MunicipalityThemeAsk: Story = { args: { mode: 'ask', topic: undefined } };

/** The same widget and theme file, on a page without NLDS tokens: the widget's own defaults. */
export const WithoutTokens: Story = {
  render: ({ lang, topic }) => html`<link rel="stylesheet" href=${themeHref} />
    <wijk-trusted-info lang=${lang} topic=${topic ?? nothing}></wijk-trusted-info>`,
};
