import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Readout, SourceStatus } from './data-source.ts';
import { LoadError } from './load-json.ts';
import { LocalizeController, type SupportedLanguage } from './localize.ts';
import { sharedStyles } from './shared.styles.ts';
import { KIT_VERSION } from './version.ts';
import { renderViewState, type ViewState } from './view-state.ts';
import type { TOptions } from 'i18next';

type WijkElementClass = CustomElementConstructor & { kitVersion?: string };

/**
 * Base of every Wijkwijzer widget: language from the nearest `lang` (Dutch when none),
 * right-to-left for Arabic, design tokens, the loading / empty / error pattern, a polite
 * live region for announcements, and a `define()` that is safe to call twice.
 *
 * @csspart base - The wrapper around everything the widget shows; carries its `lang` and `dir`.
 * @csspart status - The loading, empty or error message box.
 * @csspart status-loading - The message box while data loads.
 * @csspart status-empty - The message box when the data holds nothing to show.
 * @csspart status-error - The message box when data could not be loaded or read.
 * @csspart button - Buttons inside the widget (retry, clear filters, …).
 * @csspart notice - A polite notice above the content (records that could not be shown, a part that failed).
 *
 * @cssstate loading - The widget's data is on its way.
 * @cssstate ready - The widget shows its content.
 * @cssstate empty - The data arrived but holds nothing to show.
 * @cssstate error - The data could not be loaded or read; the widget shows why, with a retry.
 *
 * @cssprop [--wijk-color-accent=#0b5cad] - Colour of buttons, links and highlights.
 * @cssprop [--wijk-color-accent-contrast=#ffffff] - Text colour on the accent colour.
 * @cssprop [--wijk-color-text=currentColor] - Text colour; inherits the host page's by default.
 * @cssprop [--wijk-color-surface=transparent] - Background of boxes such as cards and messages.
 * @cssprop [--wijk-color-border=#6b6b6b] - Border colour.
 * @cssprop [--wijk-color-danger=#b3261e] - Colour that marks an error.
 * @cssprop [--wijk-color-focus=#0b5cad] - Colour of the keyboard focus ring.
 * @cssprop [--wijk-color-input=Field] - Background of text boxes.
 * @cssprop [--wijk-color-input-text=FieldText] - Text colour in text boxes.
 * @cssprop [--wijk-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--wijk-font-size=1em] - Base text size, relative to the column the widget sits in.
 * @cssprop [--wijk-radius=0.5em] - Corner rounding.
 * @cssprop [--wijk-space=1em] - Base spacing.
 */
export class WijkElement extends LitElement {
  /** Version of the copy of the kit that defined this class. */
  static readonly kitVersion: string = KIT_VERSION;

  static override styles = [sharedStyles];

  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    debug: { type: Boolean },
    announcement: { state: true },
  };

  /**
   * Registers the element under `tagName` unless that tag is taken. A second copy of the kit on
   * the same page (a plugin and a theme both embedding it) must not throw; when the copy that
   * got there first is another version, say so once in the console.
   */
  static define(this: WijkElementClass & typeof WijkElement, tagName: `wijk-${string}`): void {
    const registered = customElements.get(tagName) as WijkElementClass | undefined;
    if (!registered) {
      customElements.define(tagName, this);
      return;
    }
    if (registered !== this && registered.kitVersion !== this.kitVersion) {
      console.warn(
        `wijkwijzer: <${tagName}> is already defined by ${
          registered.kitVersion ? `version ${registered.kitVersion}` : 'another script'
        }; this copy (version ${this.kitVersion}) is not used. Load the kit once per page.`,
      );
    }
  }

  protected readonly localize = new LocalizeController(this);

  /** Time limit for loading data, in seconds; after it the widget shows an error with a retry. */
  declare timeout: number;

  /** Shows partners, inside the widget, what was wrong with records that could not be shown. */
  declare debug: boolean;

  /** Text for screen readers, spoken politely when it changes (result counts, saved progress). */
  protected declare announcement: string | { key: string; values?: Record<string, unknown>; again: boolean };

  /** Records left out of the last document read, for the notice and the `debug` view. */
  private skippedReadout?: Readout<unknown>;

  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.timeout = 15;
    this.debug = false;
    this.announcement = '';
    this.internals = this.attachInternals();
  }

  /**
   * Shows the data's status to the host page as a custom state (`wijk-x:state(error)`).
   * @internal
   */
  showState(status: SourceStatus): void {
    const states = this.internals.states;
    if (!states) return;
    for (const name of ['loading', 'ready', 'empty', 'error']) states.delete(name);
    if (status !== 'idle') states.add(status);
    if (status !== 'ready' && status !== 'empty') this.skippedReadout = undefined;
  }

  /**
   * Keeps what the last document lacked: the partner reads the details in the console, and
   * residents see a polite count so a half-empty list is not mistaken for all there is.
   * @internal
   */
  reportSkipped(readout: Readout<unknown>): void {
    this.skippedReadout = readout;
    console.warn(
      `wijkwijzer: <${this.localName}> left out ${readout.skipped} of ${readout.total} records that are not valid.`,
      readout.problems?.slice(0, 50),
    );
  }

  /** The notice about records that could not be shown (widget's own key, else the shared one). */
  protected renderSkippedNotice(key = 'skipped'): TemplateResult | typeof nothing {
    const readout = this.skippedReadout;
    if (!readout?.skipped) return nothing;
    return html`<div class="notice" part="notice" role="note">
      <p>${this.t(key, { count: readout.skipped, total: readout.total })}</p>
      ${this.debug && readout.problems?.length
        ? html`<details class="debug">
            <summary>${this.t('debugTitle')}</summary>
            <ul>
              ${readout.problems.slice(0, 100).map((problem) => html`<li><code dir="ltr">${problem.path}</code> ${typeof problem.message === 'string' ? problem.message : (this.language === 'nl' ? problem.message.nl : problem.message.en)}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  /** The language the widget speaks: from the nearest `lang`, one of nl, en, ar. */
  get language(): SupportedLanguage {
    return this.localize.language;
  }

  /** Reading direction that goes with the language. */
  get textDirection(): 'ltr' | 'rtl' {
    return this.localize.dir;
  }

  /** Translates a key into the widget's language (`namespace:key`, or a shared `common` key). */
  protected t(key: string, options?: TOptions): string {
    return this.localize.t(key, options);
  }

  /** Says `text` to screen-reader users; saying the same text again is announced again. */
  protected announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /**
   * Says a translated message; it is translated when rendered, so a message set while the
   * widget's language is still loading is spoken in that language, not in Dutch.
   */
  protected announceKey(key: string, values?: Record<string, unknown>): void {
    const previous = this.announcement;
    const again = typeof previous === 'object' && previous.key === key && JSON.stringify(previous.values) === JSON.stringify(values) ? !previous.again : false;
    this.announcement = { key, values, again };
  }

  private get announcementText(): string {
    const announcement = this.announcement;
    if (typeof announcement === 'string') return announcement;
    const text = this.t(announcement.key, announcement.values);
    return announcement.again ? `${text}\u00a0` : text;
  }

  /** Subclasses render their content here; the base wraps it with language, direction and live region. */
  protected renderContent(): TemplateResult | unknown {
    return html`<slot></slot>`;
  }

  private hasRenderedContent = false;

  /** Waits for the widget's language to load as well, so `updateComplete` means "ready to read". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.localize.settled) {
      await this.localize.ready;
      complete = await super.getUpdateComplete();
      if (!this.localize.settled) await new Promise((resolve) => setTimeout(resolve));
    }
    return complete;
  }

  protected override render(): TemplateResult {
    // On first show, wait for the language rather than flash Dutch on an English page.
    if (!this.localize.settled && !this.hasRenderedContent) return html`<div part="base" class="base"></div>`;
    this.hasRenderedContent = true;
    return html`<div part="base" class="base" lang=${this.language} dir=${this.textDirection}>
      ${this.renderContent()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcementText}</div>
    </div>`;
  }

  /** Renders a loading, empty or error state in the shared style. */
  protected renderViewState(viewState: ViewState): ReturnType<typeof renderViewState> {
    return renderViewState(viewState, (key, values) => this.t(key, values));
  }

  /** An error state that explains a failed load in the widget's language, with a retry. */
  protected errorStateFor(error: unknown, retry?: () => void): ViewState {
    return error instanceof LoadError
      ? { kind: 'error', messageKey: `error.${error.reason}`, values: { status: error.status }, retry }
      : { kind: 'error', messageKey: 'error.invalid', retry };
  }
}
