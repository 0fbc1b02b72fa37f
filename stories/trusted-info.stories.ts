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

/** A partner's own desk: text per language, and a number with its label and hours. */
const wijkteam = {
  id: 'wijkteam-selwerd',
  topic: 'eenzaamheid',
  title: { nl: 'Wijkteam Selwerd (voorbeeld)', en: 'Selwerd neighbourhood team (example)', ar: 'فريق حي Selwerd (مثال)' },
  url: 'https://wijkteam-selwerd.example/',
  owner: { nl: 'Gemeente Groningen (voorbeeld)', en: 'City of Groningen (example)', ar: 'بلدية Groningen (مثال)' },
  why_trusted: {
    nl: 'Het team van de gemeente in uw wijk: u kunt er zonder verwijzing binnenlopen.',
    en: 'The council’s team in your neighbourhood: you can walk in without a referral.',
    ar: 'فريق البلدية في حيّك: يمكنك الدخول دون إحالة.',
  },
  phones: [{ number: '050 123 4567', label: { nl: 'Balie', en: 'Front desk', ar: 'الاستقبال' }, hours: { nl: 'Maandag tot vrijdag 9:00-17:00', en: 'Monday to Friday 9:00-17:00', ar: 'من الاثنين إلى الجمعة 9:00-17:00' } }],
  languages: ['nl', 'en'],
  audience: 'residents',
  urgency: 'soon',
  date_added: '2026-11-20',
  last_checked_ok: null,
  review_interval_days: 180,
};

/** A resident types an urgent question in "ask" mode: the numbers to call appear at once, above the topics. */
const askedUrgently = (question: string): Story['play'] =>
  async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('wijk-trusted-info') as HTMLElement & { updateComplete: Promise<boolean> };
    await widget.updateComplete;
    const search = widget.shadowRoot!.querySelector<HTMLInputElement>('#topic-search')!;
    search.value = question;
    search.dispatchEvent(new InputEvent('input'));
    await widget.updateComplete;
  };

export const OneTopic: Story = { args: { topic: 'eenzaamheid' } };
export const OneTopicInArabic: Story = { args: { topic: 'eenzaamheid', lang: 'ar' } };
export const SeveralTopics: Story = { args: { topics: 'schulden eenzaamheid mantelzorg' } };
export const UrgentTopic: Story = { args: { topic: 'zelfmoordgedachten' } };
export const UrgentTopicInEnglish: Story = { args: { topic: 'huiselijk-geweld-en-kindermishandeling', lang: 'en' } };
export const UrgentTopicInArabic: Story = { args: { topic: 'zelfmoordgedachten', lang: 'ar' } };
export const UrgentTopicByResidentsWords: Story = { args: { topic: 'suïcide' } };
export const ByGpCode: Story = { args: { code: 'ICPC:P76' } };
export const Ask: Story = { args: { mode: 'ask' } };
export const AskInArabic: Story = { args: { mode: 'ask', lang: 'ar' } };
export const AskInEnglish: Story = { args: { mode: 'ask', lang: 'en' } };
export const AskUrgentQuestion: Story = { args: { mode: 'ask' }, play: askedUrgently('mijn man slaat mij') };
export const AskUrgentQuestionInEnglish: Story = { args: { mode: 'ask', lang: 'en' }, play: askedUrgently('I want to die') };
export const AskUrgentQuestionInArabic: Story = { args: { mode: 'ask', lang: 'ar' }, play: askedUrgently('أريد أن أموت') };
export const WithLocalPointers: Story = { args: { topic: 'eenzaamheid', localPointers: [wijkteam] } };
export const WithLocalPointersInArabic: Story = { args: { topic: 'eenzaamheid', localPointers: [wijkteam], lang: 'ar' } };
export const UnknownTopic: Story = { args: { topic: 'vulkanen' } };
export const UnknownCodeInArabic: Story = { args: { code: 'ICPC:Z99', lang: 'ar' } };
