/**
 * The conformance suite every widget's tests run with its own tag and sources (Lion's habit):
 * language from an ancestor and switching at runtime, Arabic right-to-left, axe in the loading,
 * ready, empty and error states, defined twice without throwing, a time limit on a source that
 * never answers or never ends, the last source set winning, custom states, and the widget's own
 * CDN file under a strict Content-Security-Policy.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';

export interface ConformanceOptions {
  tag: `wijk-${string}`;
  /** The widget's own file in the CDN build, e.g. `initiative-finder.js`. */
  cdnFile: string;
  /** The attribute that takes the source URL (`src`, or `index` for practice search). */
  sourceAttribute?: string;
  /** A source that makes the widget ready, and text that only it shows. */
  source: string;
  sourceText: string | RegExp;
  /** Another valid source, and text that only it shows. */
  otherSource: string;
  otherText: string | RegExp;
  /** A source whose document is valid but holds nothing to show. */
  emptySource?: string;
  /** Attributes every fixture gets besides the source (e.g. `topic`). */
  attributes?: Record<string, string>;
  /** Registers the tag again, as a second copy of the kit would. */
  defineAgain(): void;
}

type WidgetElement = HTMLElement & { updateComplete: Promise<boolean> };

const MISSING = '/test/fixtures/does-not-exist.json';
const HANG = '/test/hang';
const ENDLESS = '/test/endless';

function textOf(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function matchesText(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

export function runConformance(options: ConformanceOptions): void {
  const sourceAttribute = options.sourceAttribute ?? 'src';

  async function widget(source: string | undefined, extra: Record<string, string> = {}, lang = 'nl'): Promise<WidgetElement> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const element = document.createElement(options.tag) as WidgetElement;
    for (const [name, value] of Object.entries({ ...options.attributes, ...extra })) element.setAttribute(name, value);
    if (source !== undefined) element.setAttribute(sourceAttribute, source);
    wrapper.append(element);
    await element.updateComplete;
    return element;
  }

  async function inState(element: WidgetElement, state: string, timeout = 5000): Promise<void> {
    await waitUntil(() => element.matches(`:state(${state})`), `${options.tag} never reached :state(${state})`, { timeout });
    await element.updateComplete;
  }

  describe(`<${options.tag}> conformance`, function () {
    // axe over a full list of cards takes seconds on a busy 2-core machine.
    this.timeout(30_000);
    it('takes the language of an ancestor and follows it when it changes, right-to-left in Arabic', async () => {
      const element = await widget(options.source, {}, 'en');
      await inState(element, 'ready');
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      const english = textOf(element);
      element.parentElement!.setAttribute('lang', 'ar');
      await waitUntil(() => base.getAttribute('lang') === 'ar', 'did not switch to Arabic', { timeout: 5000 });
      await element.updateComplete;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(textOf(element)).to.not.equal(english);
      expect(document.documentElement.getAttribute('dir')).to.equal(null);
    });

    it('has no axe violations while loading, and shows :state(loading)', async () => {
      const element = await widget(HANG);
      await inState(element, 'loading');
      await expect(element).to.be.accessible();
    });

    it('has no axe violations when ready, and shows :state(ready)', async () => {
      const element = await widget(options.source);
      await inState(element, 'ready');
      expect(matchesText(textOf(element), options.sourceText)).to.equal(true, `"${textOf(element).slice(0, 200)}" lacks ${options.sourceText}`);
      await expect(element).to.be.accessible();
    });

    if (options.emptySource) {
      it('has no axe violations when the data holds nothing, and shows :state(empty)', async () => {
        const element = await widget(options.emptySource);
        await inState(element, 'empty');
        await expect(element).to.be.accessible();
      });
    }

    it('explains a source that fails, offers a retry, has no axe violations and shows :state(error)', async () => {
      const element = await widget(MISSING);
      await inState(element, 'error');
      expect(textOf(element)).to.contain('404');
      const retry = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.includes('Probeer het opnieuw'));
      expect(retry, 'a retry button').to.not.equal(undefined);
      await expect(element).to.be.accessible();
      retry!.click();
      await inState(element, 'loading', 1000).catch(() => inState(element, 'error'));
    });

    it('gives up on a source that never answers after its time limit, with a retry', async () => {
      const element = await widget(HANG, { timeout: '1' });
      await inState(element, 'error', 4000);
      expect(textOf(element)).to.contain('duurt te lang');
      expect([...element.shadowRoot!.querySelectorAll('button')].some((button) => button.textContent!.includes('Probeer het opnieuw'))).to.equal(true);
    });

    it('gives up on a body that never ends after its time limit', async () => {
      const element = await widget(ENDLESS, { timeout: '1' });
      await inState(element, 'error', 4000);
      expect(textOf(element)).to.contain('duurt te lang');
    });

    it('shows the last source set, never an older one that answers later', async () => {
      const element = await widget(`/test/slow/1200${options.source}`);
      await inState(element, 'loading');
      element.setAttribute(sourceAttribute, options.otherSource);
      await inState(element, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await element.updateComplete;
      const text = textOf(element);
      expect(matchesText(text, options.otherText)).to.equal(true, 'the newer source is shown');
      expect(matchesText(text, options.sourceText)).to.equal(false, 'the older source never lands');
    });

    it('can be defined twice without throwing or warning', () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => options.defineAgain()).to.not.throw();
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
      expect(customElements.get(options.tag)).to.not.equal(undefined);
    });

    it('renders from its own CDN file under a strict Content-Security-Policy', async () => {
      const params = new URLSearchParams({ file: options.cdnFile, tag: options.tag, ...options.attributes, [sourceAttribute]: options.source });
      const frame = document.createElement('iframe');
      frame.title = 'strict CSP';
      frame.src = `/test/pages/widget-csp.html?${params}`;
      document.body.append(frame);
      try {
        type Probe = { ready?: boolean; errors: string[]; violations: unknown[]; state?: string; text?: string };
        const probe = () => (frame.contentWindow as (Window & { __probe?: Probe }) | null)?.__probe;
        await waitUntil(() => probe()?.ready || (probe()?.errors.length ?? 0) > 0, 'the CSP page did not finish', { timeout: 8000 });
        expect(probe()!.errors).to.deep.equal([]);
        expect(probe()!.violations).to.deep.equal([]);
        expect(probe()!.state).to.equal('ready');
        expect(matchesText(probe()!.text!.replace(/\s+/g, ' '), options.sourceText)).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });
}
