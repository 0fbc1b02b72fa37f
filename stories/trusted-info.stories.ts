/**
 * <wijk-trusted-info> in every mode — one topic, several, a GP code, "ask", an unknown topic, a
 * partner's local pointers — on the national registry that ships with it, in nl, en and ar.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@wijkwijzer/widgets/define/trusted-info.js';

type Language = 'nl' | 'en' | 'ar';

interface Args {
  lang: Language;
  topic?: string;
  topics?: string;
  code?: string;
  mode?: string;
  hideOverdue?: boolean;
  localPointers?: unknown;
}

const meta: Meta<Args> = {
  title: 'Widgets/Trusted information',
  component: 'wijk-trusted-info',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] } },
  args: { lang: 'nl' },
  render: ({ lang, topic, topics, code, mode, hideOverdue, localPointers }) => html`<wijk-trusted-info
    lang=${lang}
    topic=${topic ?? nothing}
    topics=${topics ?? nothing}
    code=${code ?? nothing}
    mode=${mode ?? nothing}
    ?hide-overdue=${hideOverdue}
    .localPointers=${localPointers}
  ></wijk-trusted-info>`,
};
export default meta;

type Story = StoryObj<Args>;

const wijkteam = {
  id: 'wijkteam-selwerd',
  topic: 'eenzaamheid',
  title: 'Wijkteam Selwerd (voorbeeld)',
  url: 'https://wijkteam-selwerd.example/',
  owner: 'Gemeente Groningen (voorbeeld)',
  why_trusted: 'Het team van de gemeente in uw wijk: u kunt er zonder verwijzing binnenlopen.',
  languages: ['nl', 'en'],
  audience: 'residents',
  urgency: 'soon',
  date_added: '2026-11-20',
  last_checked_ok: null,
  review_interval_days: 180,
};

export const OneTopic: Story = { args: { topic: 'eenzaamheid' } };
export const OneTopicInArabic: Story = { args: { topic: 'eenzaamheid', lang: 'ar' } };
export const SeveralTopics: Story = { args: { topics: 'schulden eenzaamheid mantelzorg' } };
export const UrgentTopic: Story = { args: { topic: 'zelfmoordgedachten' } };
export const UrgentTopicInEnglish: Story = { args: { topic: 'huiselijk-geweld-en-kindermishandeling', lang: 'en' } };
export const ByGpCode: Story = { args: { code: 'ICPC:P76' } };
export const Ask: Story = { args: { mode: 'ask' } };
export const AskInArabic: Story = { args: { mode: 'ask', lang: 'ar' } };
export const AskInEnglish: Story = { args: { mode: 'ask', lang: 'en' } };
export const WithLocalPointers: Story = { args: { topic: 'eenzaamheid', localPointers: [wijkteam] } };
export const UnknownTopic: Story = { args: { topic: 'vulkanen' } };
export const UnknownCodeInArabic: Story = { args: { code: 'ICPC:Z99', lang: 'ar' } };
