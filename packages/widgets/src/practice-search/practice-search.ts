import {
  activeFilterCount,
  filterGroups,
  noPrototype,
  practiceIndexEntryUrl,
  practiceUrlKeys,
  stateFromUrlValues,
  toggleFilter,
  urlValuesFromState,
  type FilterGroup,
  type PracticeResult,
  type ResultContext,
  type SelectedFilters,
} from '@wijkwijzer/model';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataSourceController, type ReadContext, type Readout } from '../base/data-source.ts';
import { registerMessages } from '../base/localize.ts';
import { UrlStateController } from '../base/url-state.ts';
import { WijkElement } from '../base/wijk-element.ts';
import { widthInEm } from '../base/width.ts';
import practiceDutch from './locales/nl.ts';
import { openIndex, readMore, searchIndex, type OpenIndex, type SearchOutcome } from './pagefind.ts';
import { untilAborted } from '../base/data-source.ts';
import { practiceSearchStyles } from './practice-search.styles.ts';

registerMessages('practices', {
  nl: practiceDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

const PAGE_SIZE = 20;
/**
 * Results a phone shows on its first screen: their fragments are fetched first and shown, the
 * rest of the page follows (each result is a fragment request; 20 at once made the first wait).
 */
const FIRST_SCREEN = 5;
/**
 * While the resident types, search once they pause this long: each search fetches up to a page
 * of result fragments, and "e", "ee", "een" would each fetch theirs for nothing.
 */
const TYPING_PAUSE_MS = 150;

/** The index, with the first results for the search the page asked for: shown in one go. */
interface OpenedSearch {
  index: OpenIndex;
  first: SearchOutcome;
}

/**
 * Searches the learning house's good practices from any site: text search and filters (with
 * counts) over the learning house's Pagefind index, which may live on another origin.
 *
 * @summary Search the learning house's good practices, on the learning house or on a partner's site.
 * @tagname wijk-practice-search
 *
 * @csspart search-input - The search box.
 * @csspart filters - The filter panel (a details element: open beside the results, folded on a phone).
 * @csspart filters-summary - The toggle that opens and closes the filter panel, with how many filters are on.
 * @csspart results - The list of practices.
 * @csspart result - One practice.
 * @csspart value-number - The number badge of a numbered filter value ("3. Gezamenlijke visie…", the 7 principles); also `value-number-N` for number N, to give each its own colour.
 *
 * @cssprop [--wijk-color-highlight=Mark] - Background of the words that matched in an excerpt.
 * @cssprop [--wijk-color-highlight-text=MarkText] - Text colour of the words that matched.
 *
 * @attr timeout - Seconds to wait for the index before showing an error with a retry (default 15).
 * @attr debug - Shows partners, inside the widget, what was wrong with results that could not be shown.
 */
export class WijkPracticeSearch extends WijkElement {
  static override styles = [...WijkElement.styles, practiceSearchStyles];

  static override properties: PropertyDeclarations = {
    index: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    filterOrder: { attribute: 'filter-order' },
    query: { state: true },
    selected: { state: true },
    outcome: { state: true },
    filtersOpen: { state: true },
  };

  /**
   * URL of the folder with the Pagefind index, e.g. "https://leerhuis.example/pagefind/" (its `pagefind.js`
   * works too). From another origin, that host must send `Access-Control-Allow-Origin` for the folder.
   */
  declare index: string | undefined;
  /**
   * Mirror the search and filters in the page URL: `wijk-gv-zoek` and `wijk-gv-<filter>`, or
   * `<id>-zoek` and `<id>-<filter>` when the element has an id. Ticking a filter adds a history entry.
   */
  declare syncUrl: boolean;
  /** Filters to show first, names separated by spaces (e.g. "principe onderwerp plaats"); principles lead otherwise. */
  declare filterOrder: string | undefined;

  private declare query: string;
  private declare selected: SelectedFilters;
  private declare outcome: SearchOutcome | undefined;
  /** On a phone the filters fold into one "Filters" control and the results come first. */
  private declare filtersOpen: boolean;

  private readonly source = new DataSourceController<OpenedSearch>(this, {
    read: (entry, context) => this.open(entry, context),
    isEmpty: ({ index }) => index.pageCount === 0,
    messages: { empty: 'practices:emptyIndex' },
  });
  private readonly urlState = new UrlStateController(this, { prefix: 'wijk-gv-', restore: () => this.restoreFromUrl() });
  private shownSearch?: OpenedSearch;
  private searchRun = 0;
  /** The rest of the first page, while it is read ("show more" waits for it). */
  private filling?: Promise<void>;
  private typingTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  constructor() {
    super();
    this.syncUrl = false;
    this.query = '';
    this.selected = noPrototype();
    this.filtersOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An index that is no http(s) URL still goes to the source, which explains that it fails.
    this.source.set({ src: this.index ? (practiceIndexEntryUrl(this.index, document.baseURI) ?? this.index) : undefined });
    const opened = this.source.status === 'ready' ? this.source.value : undefined;
    if (opened !== this.shownSearch) {
      // Wide enough for filters beside the results: open; on a phone, folded.
      if (opened && !this.shownSearch) this.filtersOpen = widthInEm(this) >= 46;
      this.shownSearch = opened;
      this.outcome = opened?.first;
      if (opened) {
        this.announceCount();
        void this.fillPage(this.searchRun);
      }
    }
    super.willUpdate(changed);
  }

  private get filterOrderNames(): string[] {
    return (this.filterOrder ?? '').split(/\s+/).filter(Boolean);
  }

  private resultContext(index: OpenIndex): ResultContext {
    return { indexUrl: index.indexUrl, pageOrigin: location.origin, filterOrder: this.filterOrderNames, locale: this.language };
  }

  private urlKeys(index: OpenIndex): string[] {
    return practiceUrlKeys(Object.keys(index.filterCounts));
  }

  /** The data source's reader: opens the index and searches what the URL (or the last search) asks. */
  private async open(entry: unknown, context: ReadContext): Promise<Readout<OpenedSearch>> {
    const index = await openIndex(entry, context);
    const wanted = this.syncUrl ? this.urlState.read(this.urlKeys(index)) : urlValuesFromState(this.query, this.selected);
    const { query, selected } = stateFromUrlValues(wanted, index.filterCounts);
    const first = await untilAborted(searchIndex(index, query, selected, FIRST_SCREEN, this.resultContext(index)), context.signal);
    this.query = query;
    this.selected = selected;
    return { value: { index, first } };
  }

  private restoreFromUrl(): void {
    const index = this.shownSearch?.index;
    if (!index) return;
    ({ query: this.query, selected: this.selected } = stateFromUrlValues(this.urlState.read(this.urlKeys(index)), index.filterCounts));
    void this.refresh();
  }

  /** A resident's change: into the URL (a filter adds a history entry, typing does not), then search. */
  private change(query: string, selected: SelectedFilters, history: 'push' | 'replace'): void {
    this.query = query;
    this.selected = selected;
    const index = this.shownSearch?.index;
    if (index) this.urlState.write(this.urlKeys(index), urlValuesFromState(query, selected), history);
    clearTimeout(this.typingTimer);
    if (history === 'replace') this.typingTimer = setTimeout(() => void this.refresh(), TYPING_PAUSE_MS);
    else void this.refresh();
  }

  private async refresh(): Promise<void> {
    const index = this.shownSearch?.index;
    if (!index) return;
    const run = ++this.searchRun;
    try {
      const outcome = await searchIndex(index, this.query, this.selected, FIRST_SCREEN, this.resultContext(index));
      if (run !== this.searchRun || index !== this.shownSearch?.index) return;
      this.outcome = outcome;
      this.announceCount();
      await this.fillPage(run);
    } catch (error) {
      // A fragment that fails to arrive leaves the last results on screen.
      console.warn('wijkwijzer: the practice search failed.', error);
    }
  }

  /** Reads the rest of the first page after the first screen is shown, unless another search came meanwhile. */
  private fillPage(run: number): Promise<void> {
    const index = this.shownSearch?.index;
    const shown = this.outcome;
    if (!shown || !index || shown.read >= PAGE_SIZE) return Promise.resolve();
    this.filling = readMore(shown, PAGE_SIZE - shown.read, this.resultContext(index)).then(
      (outcome) => {
        if (run === this.searchRun && index === this.shownSearch?.index) this.outcome = outcome;
      },
      // The first screen stays; "show more" reads the rest.
      (error: unknown) => console.warn('wijkwijzer: more practice results could not be read.', error),
    );
    return this.filling;
  }

  /** Hits that can be shown: a hit whose URL is not a web page is not counted once it is read. */
  private get shownTotal(): number {
    return this.outcome ? this.outcome.hits.length - this.outcome.skipped : 0;
  }

  private announceCount(): void {
    this.announceKey('practices:results', { count: this.shownTotal });
  }

  private async showMore(): Promise<void> {
    await this.filling;
    const index = this.shownSearch?.index;
    if (!this.outcome || !index) return;
    const firstNew = this.outcome.results.length;
    const run = this.searchRun;
    const outcome = await readMore(this.outcome, PAGE_SIZE, this.resultContext(index));
    if (run !== this.searchRun) return;
    this.outcome = outcome;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"] a')[firstNew]?.focus();
  }

  protected override renderContent(): TemplateResult | unknown {
    const outcome = this.outcome;
    if (this.source.status !== 'ready' || !outcome) return this.renderViewState(this.source.viewState);
    return html`<div class="practice-search">
      <form role="search" class="search" aria-label=${this.t('practices:searchLabel')} @submit=${(event: Event) => event.preventDefault()}>
        <label class="search__label" for="practice-query">${this.t('practices:searchLabel')}</label>
        <input
          id="practice-query"
          type="search"
          part="search-input"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => this.change((event.target as HTMLInputElement).value, this.selected, 'replace')}
        />
      </form>
      <div class="layout">
        <details class="filters" part="filters" ?open=${this.filtersOpen} @toggle=${(event: Event) => (this.filtersOpen = (event.target as HTMLDetailsElement).open)}>
          <summary part="filters-summary">
            ${activeFilterCount(this.selected) > 0 ? this.t('practices:filtersActive', { active: activeFilterCount(this.selected) }) : this.t('practices:filters')}
          </summary>
          <div class="filters__body">
            ${filterGroups(outcome.counts, this.selected, this.filterOrderNames, this.language).map((group) => this.renderFilter(group))}
            ${activeFilterCount(this.selected) > 0
              ? html`<button type="button" class="button button--secondary" @click=${() => this.change(this.query, noPrototype(), 'push')}>
                  ${this.t('practices:clearAll')}
                </button>`
              : nothing}
          </div>
        </details>
        <section class="results" aria-labelledby="practice-count">
          <h2 id="practice-count" class="results__count">${this.t('practices:results', { count: this.shownTotal })}</h2>
          ${this.shownTotal === 0 ? html`<p>${this.t('practices:noResults')}</p>` : nothing}
          <ul class="results__list" part="results">
            ${outcome.results.map((result) => this.renderResult(result))}
          </ul>
          ${outcome.read < outcome.hits.length
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${this.t('practices:showMore')}</button>`
            : nothing}
        </section>
      </div>
    </div>`;
  }

  private renderFilter(group: FilterGroup): TemplateResult {
    return html`<fieldset class="facet">
      <legend dir="auto">${group.name.charAt(0).toLocaleUpperCase(this.language)}${group.name.slice(1)}</legend>
      ${group.options.map(
        (option) => html`<label class="option">
          <input
            type="checkbox"
            .checked=${option.selected}
            @change=${(event: Event) => this.change(this.query, toggleFilter(this.selected, group.name, option.value, (event.target as HTMLInputElement).checked), 'push')}
          />
          ${numberedLabel(option.value, (label) => this.t('practices:withCount', { label, count: option.count }))}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderResult(result: PracticeResult): TemplateResult {
    return html`<li class="result" part="result">
      <h3 class="result__title">
        <a href=${result.href} target=${result.external ? '_blank' : nothing} rel=${result.external ? 'noopener noreferrer' : nothing} dir="auto"
          >${result.title}${result.external ? html`<span class="visually-hidden"> ${this.t('practices:opensNewWindow')}</span>` : nothing}</a
        >
      </h3>
      ${result.excerpt.length > 0
        ? html`<p class="result__excerpt" dir="auto">${result.excerpt.map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}</p>`
        : nothing}
      ${result.tags.length > 0 ? html`<ul class="result__tags">${result.tags.map((tag) => html`<li dir="auto">${tag}</li>`)}</ul>` : nothing}
    </li>`;
  }
}

/**
 * A filter value such as "3. Gezamenlijke visie en verantwoordelijkheid" (the 7 principles) shows
 * its number as a badge the page can colour per number; screen readers still hear "3.".
 */
function numberedLabel(value: string, withCount: (label: string) => string): TemplateResult {
  const numbered = /^(\d{1,2})\.\s+(.+)$/s.exec(value);
  if (!numbered) return html`<span dir="auto">${withCount(value)}</span>`;
  const [, number, name] = numbered;
  return html`<span class="visually-hidden">${number}. </span><span class="value-number" part=${`value-number value-number-${number}`} aria-hidden="true">${number}</span
    ><span dir="auto">${withCount(name!)}</span>`;
}
