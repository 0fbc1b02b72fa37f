/**
 * The shared base every widget builds on: the loading, empty and error states in the three
 * languages the kit starts with. The real widgets have their own stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { WijkElement, type ViewState } from '@wijkwijzer/widgets';

type DemoState = 'loading' | 'empty' | 'error';

/** Stands in for a widget so the states can be seen on their own. */
class WijkStateDemo extends WijkElement {
  static override properties = { state: {} };
  declare state: DemoState;

  constructor() {
    super();
    this.state = 'loading';
  }

  private get viewState(): ViewState {
    if (this.state === 'empty') return { kind: 'empty', messageKey: 'empty' };
    if (this.state === 'error') return this.errorStateFor(new Error('demo'), () => undefined);
    return { kind: 'loading' };
  }

  protected override renderContent() {
    return this.renderViewState(this.viewState);
  }
}
WijkStateDemo.define('wijk-state-demo');

interface Args {
  state: DemoState;
  lang: 'nl' | 'en' | 'ar';
}

const meta: Meta<Args> = {
  title: 'Foundation/States',
  argTypes: {
    state: { control: 'inline-radio', options: ['loading', 'empty', 'error'] },
    lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] },
  },
  args: { state: 'loading', lang: 'nl' },
  render: ({ state, lang }) => html`<wijk-state-demo .state=${state} lang=${lang}></wijk-state-demo>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Loading: Story = { args: { state: 'loading' } };
export const Empty: Story = { args: { state: 'empty' } };
export const LoadFailed: Story = { args: { state: 'error' } };
export const LoadFailedInArabic: Story = { args: { state: 'error', lang: 'ar' } };
export const EmptyInEnglish: Story = { args: { state: 'empty', lang: 'en' } };
