import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
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
 * @csspart button - Buttons inside the widget (retry, clear filters, …).
 *
 * @cssprop [--wijk-color-accent=#0b5cad] - Colour of buttons, links and highlights.
 * @cssprop [--wijk-color-accent-contrast=#ffffff] - Text colour on the accent colour.
 * @cssprop [--wijk-color-text=currentColor] - Text colour; inherits the host page's by default.
 * @cssprop [--wijk-color-surface=transparent] - Background of boxes such as cards and messages.
 * @cssprop [--wijk-color-border=#6b6b6b] - Border colour.
 * @cssprop [--wijk-color-danger=#b3261e] - Colour that marks an error.
 * @cssprop [--wijk-color-focus=#0b5cad] - Colour of the keyboard focus ring.
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

  /** Text for screen readers, spoken politely when it changes (result counts, saved progress). */
  protected declare announcement: string;

  constructor() {
    super();
    this.announcement = '';
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
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
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
