import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WijkElement } from '../base/wijk-element.ts';
import { webHref } from '../base/links.ts';
import { registerMessages } from '../base/localize.ts';
import type { ViewState } from '../base/view-state.ts';
import practiceDutch from './locales/nl.ts';
import { excerptParts, loadPagefind, type FilterCounts, type Pagefind, type PagefindResultData, type SelectedFilters } from './pagefind.ts';
import { practiceSearchStyles } from './practice-search.styles.ts';

registerMessages('practices', {
  nl: practiceDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

const PAGE_SIZE = 20;
const QUERY_PARAMETER = 'wijk-zoek';
const FILTER_PARAMETER_PREFIX = 'wijk-';

/**
 * Searches the learning house's good practices from any site: text search and filters (with
 * counts) over the learning house's Pagefind index, which may live on another origin.
 *
 * @summary Search the learning house's good practices, on the learning house or on a partner's site.
 * @tagname wijk-practice-search
 *
 * @csspart search-input - The search box.
 * @csspart filters - The filter panel.
 * @csspart results - The list of practices.
 * @csspart result - One practice.
 */
export class WijkPracticeSearch extends WijkElement {
  static override styles = [...WijkElement.styles, practiceSearchStyles];

  static override properties: PropertyDeclarations = {
    index: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    filterOrder: { attribute: 'filter-order' },
    viewState: { state: true },
    query: { state: true },
    selected: { state: true },
    counts: { state: true },
    results: { state: true },
    total: { state: true },
    shown: { state: true },
  };

  /**
   * URL of the folder with the Pagefind index, e.g. "https://leerhuis.example/pagefind/". From another
   * origin, that host must send `Access-Control-Allow-Origin` for the folder.
   */
  declare index: string | undefined;
  /** Mirror the search and filters in the page URL (`wijk-zoek`, `wijk-<filter>`). */
  declare syncUrl: boolean;
  /** The filters' order, names separated by spaces (e.g. "principe onderwerp plaats"); others follow alphabetically. */
  declare filterOrder: string | undefined;

  private declare viewState: ViewState;
  private declare query: string;
  private declare selected: SelectedFilters;
  private declare counts: FilterCounts;
  private declare results: PagefindResultData[];
  private declare total: number;
  private declare shown: number;

  private pagefind?: Pagefind;
  private pendingResults: { data: () => Promise<PagefindResultData> }[] = [];
  private searchRun = 0;

  constructor() {
    super();
    this.syncUrl = false;
    this.viewState = { kind: 'loading' };
    this.query = '';
    this.selected = {};
    this.counts = {};
    this.results = [];
    this.total = 0;
    this.shown = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') && this.index) void this.open(this.index);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.index) this.viewState = { kind: 'error', messageKey: 'error.noSource' };
  }

  private async open(index: string): Promise<void> {
    this.viewState = { kind: 'loading' };
    try {
      this.pagefind = await loadPagefind(new URL(index, document.baseURI).href);
      if (this.syncUrl) this.readUrl();
      // Show the search only with its first results, in one go: nothing on screen jumps.
      await this.search();
      this.viewState = { kind: 'ready' };
    } catch (error) {
      console.error('wijkwijzer: the practice index could not be loaded.', error);
      this.viewState = { kind: 'error', messageKey: 'error.network', retry: () => void this.open(index) };
    }
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    this.query = params.get(QUERY_PARAMETER) ?? '';
    const selected: SelectedFilters = {};
    for (const [key, value] of params) {
      if (key.startsWith(FILTER_PARAMETER_PREFIX) && key !== QUERY_PARAMETER) (selected[key.slice(FILTER_PARAMETER_PREFIX.length)] ??= []).push(value);
    }
    this.selected = selected;
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const params = new URLSearchParams(location.search);
    for (const key of [...params.keys()]) if (key.startsWith(FILTER_PARAMETER_PREFIX)) params.delete(key);
    if (this.query.trim()) params.set(QUERY_PARAMETER, this.query.trim());
    for (const [filter, values] of Object.entries(this.selected)) for (const value of values) params.append(`${FILTER_PARAMETER_PREFIX}${filter}`, value);
    history.replaceState(history.state, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}${location.hash}`);
  }

  private async search(): Promise<void> {
    if (!this.pagefind) return;
    const run = ++this.searchRun;
    const filters = Object.fromEntries(Object.entries(this.selected).filter(([, values]) => values.length > 0).map(([key, values]) => [key, { any: values }]));
    const [found, allCounts] = await Promise.all([
      // Without words to rank by, list the practices by title (the index's "title" sort).
      this.pagefind.search(this.query.trim() || null, { filters, ...(this.query.trim() ? {} : { sort: { title: 'asc' } }) }),
      Object.keys(this.counts).length === 0 ? this.pagefind.filters() : Promise.resolve(this.counts),
    ]);
    if (run !== this.searchRun || !found) return;
    this.counts = Object.keys(found.filters ?? {}).length > 0 ? found.filters : allCounts;
    this.total = found.results.length;
    this.pendingResults = found.results;
    this.results = await Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (run !== this.searchRun) return;
    this.shown = this.results.length;
    this.announce(this.t('practices:results', { count: this.total }));
    this.writeUrl();
  }

  private async showMore(): Promise<void> {
    const more = await Promise.all(this.pendingResults.slice(this.shown, this.shown + PAGE_SIZE).map((result) => result.data()));
    const firstNew = this.shown;
    this.results = [...this.results, ...more];
    this.shown = this.results.length;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"] a')[firstNew]?.focus();
  }

  private toggle(filter: string, value: string, checked: boolean): void {
    const current = this.selected[filter] ?? [];
    this.selected = { ...this.selected, [filter]: checked ? [...current, value] : current.filter((item) => item !== value) };
    void this.search();
  }

  private clear(): void {
    this.selected = {};
    void this.search();
  }

  protected override renderContent(): TemplateResult | unknown {
    if (this.viewState.kind !== 'ready') return this.renderViewState(this.viewState);
    const active = Object.values(this.selected).reduce((sum, values) => sum + values.length, 0);
    return html`<div class="practice-search">
      <form role="search" class="search" aria-label=${this.t('practices:searchLabel')} @submit=${(event: Event) => event.preventDefault()}>
        <label class="search__label" for="practice-query">${this.t('practices:searchLabel')}</label>
        <input
          id="practice-query"
          type="search"
          part="search-input"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            void this.search();
          }}
        />
      </form>
      <div class="layout">
        <div class="filters" part="filters">
          ${this.orderedFilters().map(([filter, values]) => this.renderFilter(filter, values))}
          ${active > 0 ? html`<button type="button" class="button button--secondary" @click=${this.clear}>${this.t('practices:clearAll')}</button>` : nothing}
        </div>
        <section class="results" aria-labelledby="practice-count">
          <h2 id="practice-count" class="results__count">${this.t('practices:results', { count: this.total })}</h2>
          ${this.total === 0 ? html`<p>${this.t('practices:noResults')}</p>` : nothing}
          <ul class="results__list" part="results">
            ${this.results.map((result) => this.renderResult(result))}
          </ul>
          ${this.shown < this.total
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${this.t('practices:showMore')}</button>`
            : nothing}
        </section>
      </div>
    </div>`;
  }

  private orderedFilters(): [string, Record<string, number>][] {
    const order = (this.filterOrder ?? '').split(/\s+/).filter(Boolean);
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    return Object.entries(this.counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, this.language));
  }

  private renderFilter(filter: string, values: Record<string, number>): TemplateResult {
    const selected = this.selected[filter] ?? [];
    const entries = Object.entries(values).sort(([a], [b]) => a.localeCompare(b, this.language, { numeric: true }));
    return html`<fieldset class="facet">
      <legend>${filter.charAt(0).toUpperCase()}${filter.slice(1)}</legend>
      ${entries.map(
        ([value, count]) => html`<label class="option">
          <input type="checkbox" .checked=${selected.includes(value)} @change=${(event: Event) => this.toggle(filter, value, (event.target as HTMLInputElement).checked)} />
          <span dir="auto">${this.t('practices:withCount', { label: value, count })}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderResult(result: PagefindResultData): TemplateResult | typeof nothing {
    // Result URLs are relative to the index's site, which may be another origin.
    const href = webHref(new URL(result.url, new URL(this.index!, document.baseURI)).href);
    if (!href) return nothing;
    const external = new URL(href).origin !== location.origin;
    return html`<li class="result" part="result">
      <h3 class="result__title">
        <a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing} dir="auto"
          >${result.meta.title ?? href}${external ? html`<span class="visually-hidden"> ${this.t('practices:opensNewWindow')}</span>` : nothing}</a
        >
      </h3>
      <p class="result__excerpt" dir="auto">${excerptParts(result.excerpt).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}</p>
      ${Object.keys(result.filters).length > 0
        ? html`<ul class="result__tags">
            ${Object.values(result.filters).flat().slice(0, 6).map((tag) => html`<li dir="auto">${tag}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }
}
