import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_STALE_AFTER_MONTHS,
  EMPTY_FILTERS,
  foldDiacritics,
  freshnessOf,
  InitiativeFinder,
  LIST_FACETS,
  TOGGLE_FACETS,
  plainDateOf,
  type FinderFilters,
  type FinderResult,
  type Initiative,
  type InitiativeFeed,
  type ListFacet,
  type PostcodeTable,
  type TextSearchFactory,
  type ToggleFacet,
  type WeekdayCode,
  weekdayName,
} from '@wijkwijzer/model';
import { languageName } from '../base/language-names.ts';
import { mailtoHref } from '../base/links.ts';
import { widthInEm } from '../base/width.ts';
import { WijkElement } from '../base/wijk-element.ts';
import { DataSourceController } from '../base/data-source.ts';
import { UrlStateController } from '../base/url-state.ts';
import { registerMessages } from '../base/localize.ts';
import { WijkSearchEvent, WijkSelectEvent } from './events.ts';
import { FacetBrowsing, filterPanelTemplate } from './filters-template.ts';
import { cardTemplate, type TemplateContext } from './initiative-templates.ts';
import finderDutch from './locales/nl.ts';
import { vocabularyKey } from '../vocabulary/vocabulary.ts';
import { NearMeController } from './near-me.ts';
import { emptyTemplate, failedFeedsTemplate, firstPageTemplate, nearMeTemplate } from './finder-sections.ts';
import { detailTemplate } from './detail-template.ts';
import { DetailHistory } from './detail-history.ts';
import { finderStyles } from './initiative-finder.styles.ts';
import { FINDER_URL_KEYS, filtersFromUrlValues, urlValuesFromFilters } from './url-filters.ts';
import { FIRST_PAGE_FROM, readFinderFeed, type FinderFeed } from './read-feed.ts';

/**
 * What `data` takes: a feed in Wijkwijzer's format, Open Referral HSDS 3 as published (a service,
 * a list of them, a page, an organisation), or a list of feeds from several partners.
 */
export type FinderData = InitiativeFeed | HsdsDocument | readonly (InitiativeFeed | HsdsDocument)[];
/** Open Referral HSDS 3 JSON as a partner's system publishes it; read by the model's importer. */
export type HsdsDocument = Readonly<Record<string, unknown>> | readonly Readonly<Record<string, unknown>>[];

registerMessages('finder', {
  nl: finderDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

/**
 * The list shows this many cards, then a "show more" button: a keystroke lays out at most this
 * many. A virtual list would cost ~9 kB more gzip and leave the rest out of reach of screen
 * readers, find-in-page and print; `content-visibility: auto` on the cards halved the layout
 * too, but gives off-screen links no size, so axe reports every one as too small a target.
 */
const PAGE_SIZE = 20;
const ANNOUNCE_DELAY_MS = 700;


/**
 * Lets residents find local initiatives (meeting places, Welzijn op Recept, courses, …) from a
 * partner's Open Referral (HSDS) feed: instant Dutch-aware search, filters with live counts,
 * "near me" on request, and details with how to join.
 *
 * @summary Find local initiatives by text, theme, neighbourhood, target group, cost, day and distance.
 * @tagname wijk-initiative-finder
 *
 * @fires {WijkSearchEvent} wijk-search - After the search or a filter changed. `detail: { filters, resultCount }`.
 * @fires {WijkSelectEvent} wijk-select - When the resident opens an initiative's details. `detail: { id, name }`.
 *
 * @attr timeout - Seconds to wait for the feed before showing an error with a retry (default 15).
 * @attr debug - Lists, inside the widget, what was wrong with records that could not be shown.
 *
 * @csspart finder - The widget's content.
 * @csspart search - The search form.
 * @csspart search-input - The search text box.
 * @csspart filters - The filter panel (a details element).
 * @csspart filters-summary - The toggle that opens and closes the filter panel.
 * @csspart facet - One group of filters.
 * @csspart facet-search - The search box of a filter group with many values (a region's neighbourhoods).
 * @csspart facet-all - The button that shows every value of such a group, or fewer again.
 * @csspart results - The result list with its count.
 * @csspart card - One initiative in the list.
 * @csspart card-button - The button on a card that opens its details.
 * @csspart show-more - The button that shows the next cards.
 * @csspart detail - The details dialog.
 * @csspart clear-button - The button that clears every filter.
 * @csspart near-button - The "near me" button.
 *
 * @cssprop [--wijk-color-dialog=Canvas] - Background of the details dialog.
 * @cssprop [--wijk-color-dialog-text=CanvasText] - Text colour in the details dialog.
 * @csspart demo-notice - The notice that the feed holds made-up demo data.
 * @csspart freshness - When an initiative was last checked ("possibly out of date" when long ago), and the link to report a mistake.
 */
export class WijkInitiativeFinder extends WijkElement {
  static override styles = [...WijkElement.styles, finderStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    neighbourhood: {},
    theme: {},
    targetGroup: { attribute: 'target-group' },
    freeOnly: { type: Boolean, attribute: 'free-only' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    postcodes: {},
    postcodeTable: { attribute: false },
    staleAfter: { type: Number, attribute: 'stale-after' },
    hideStale: { type: Boolean, attribute: 'hide-stale' },
    now: { attribute: false },
    filters: { state: true },
    result: { state: true },
    selected: { state: true },
    filtersOpen: { state: true },
    printing: { state: true },
    shownCount: { state: true },
    waitingForIndex: { state: true },
  };

  /**
   * URL of a feed (Wijkwijzer's format or Open Referral HSDS 3), or several separated by spaces:
   * several partners' activities in one list, each card saying whose it is. Nothing is fetched
   * unless this is set.
   */
  declare src: string | undefined;

  /**
   * A feed given inline instead of `src` (the same formats, as an object), a list of feeds, or a
   * promise of either. Checked like a fetched feed: what does not fit is explained, never trusted.
   */
  declare data: FinderData | Promise<FinderData> | undefined;

  /** Preset filter: a neighbourhood name as in the feed, e.g. "Selwerd". */
  declare neighbourhood: string | undefined;

  /** Preset filter: a theme slug, e.g. "eenzaamheid". */
  declare theme: string | undefined;

  /** Preset filter: a target-group slug, e.g. "ouderen". */
  declare targetGroup: string | undefined;

  /** Preset filter: only free initiatives. */
  declare freeOnly: boolean;

  /**
   * Mirror search and filters in the page URL (`wijk-zoek`, `wijk-thema`, …; with an `id`,
   * `<id>-zoek`, …, so two finders on one page keep their own); the back button works.
   */
  declare syncUrl: boolean;

  /** URL of the partner's postcode table (`{"9741": [53.23, 6.55], …}`) for "near me" by postcode. */
  declare postcodes: string | undefined;

  /** The postcode table given inline instead of `postcodes`. */
  declare postcodeTable: PostcodeTable | undefined;

  /**
   * Months after which an activity's last check counts as too long ago: it is marked "possibly
   * out of date" (default 12).
   */
  declare staleAfter: number;

  /** Leave out activities not checked within `stale-after` months, rather than mark them. */
  declare hideStale: boolean;

  /** The moment "open today" refers to; the current time unless set (for demos and tests). */
  declare now: Date | undefined;

  private declare filters: FinderFilters;
  private declare result: FinderResult | undefined;
  private declare selected: Initiative | undefined;
  private declare filtersOpen: boolean;
  private declare printing: boolean;
  private declare shownCount: number;
  private declare waitingForIndex: boolean;

  /**
   * Which text search to use; the browser benchmark swaps in MiniSearch to compare.
   * @internal
   */
  protected textSearchFactory?: TextSearchFactory;

  private readonly source = new DataSourceController<FinderFeed, Initiative[]>(this, {
    read: (document, context) =>
      readFinderFeed(document, context, {
        textSearchFactory: this.textSearchFactory,
        today: this.today,
        firstPageSize: this.startsUnfiltered ? PAGE_SIZE : undefined,
        keep: this.hideStale ? (initiative) => !freshnessOf(initiative, this.today, this.staleAfterMonths).stale : undefined,
      }),
    isEmpty: (feed) => feed.finder.initiatives.length === 0,
    messages: { empty: 'finder:source.empty', allInvalid: 'finder:source.allInvalid' },
    several: true,
  });
  private readonly facetBrowsing = new FacetBrowsing(this);
  private readonly detailHistory = new DetailHistory(this, () => this.dialog?.close());
  private readonly urlState = new UrlStateController(this, { prefix: 'wijk-', restore: () => this.restoreFromUrl() });
  /** The feed the current filters and results belong to. */
  private shownFeed?: FinderFeed;
  private opener?: HTMLElement;
  private indexBuild?: AbortController;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly nearMe = new NearMeController(this, {
    postcodes: () => this.postcodeTable ?? this.postcodes,
    changed: () => this.recompute({ announceAfter: 0 }),
    announce: (key) => this.announceKey(key),
  });
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    this.freeOnly = false;
    this.syncUrl = false;
    this.filters = EMPTY_FILTERS;
    this.filtersOpen = false;
    this.printing = false;
    this.shownCount = PAGE_SIZE;
    this.waitingForIndex = false;
    this.staleAfter = DEFAULT_STALE_AFTER_MONTHS;
    this.hideStale = false;
  }

  /** `stale-after` as given, or the default for a value that is not a positive number. */
  private get staleAfterMonths(): number {
    return Number.isFinite(this.staleAfter) && this.staleAfter > 0 ? this.staleAfter : DEFAULT_STALE_AFTER_MONTHS;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get finder(): InitiativeFinder | undefined {
    return this.source.status === 'ready' ? this.source.value?.finder : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    this.indexBuild?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.set({ src: this.src, data: this.data });
    // Which activities are left out is decided while reading: read again.
    if (this.hasUpdated && (changed.has('hideStale') || (this.hideStale && changed.has('staleAfter')))) this.source.retry();
    const feed = this.source.status === 'ready' ? this.source.value : undefined;
    if (feed && feed !== this.shownFeed) {
      this.show(feed);
    } else if (feed && (changed.has('neighbourhood') || changed.has('theme') || changed.has('targetGroup') || changed.has('freeOnly'))) {
      this.setFilters(this.presetFilters(), 'replace');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('selected') && this.selected && this.dialog && !this.dialog.open) {
      this.dialog.showModal();
      // The title, not the close button, gets focus: a screen reader then reads what opened.
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    }
  }

  /** Fetches the feed at `src` again (the retry button does the same). */
  reload(): void {
    this.source.retry();
  }

  /** A new feed arrived: keep what the resident typed, take filters from the URL or the presets. */
  private show(feed: FinderFeed): void {
    if (!this.shownFeed) {
      // Wide enough for filters beside the list: show them open; on a phone the list comes first.
      this.filtersOpen = widthInEm(this) >= 48;
    }
    this.shownFeed = feed;
    // The text index, left for after the list is drawn; stopped when the element leaves the page
    // or another feed comes (a search then finishes it), so no removed finder keeps working.
    this.indexBuild?.abort();
    const build = (this.indexBuild = new AbortController());
    setTimeout(() => void feed.finder.finishIndex({ signal: build.signal }).catch(() => undefined));
    this.filters = this.openingFilters();
    this.recompute({ announceAfter: 0 });
  }

  private presetFilters(): FinderFilters {
    return {
      ...EMPTY_FILTERS,
      query: this.filters.query,
      neighbourhoods: this.preset('neighbourhoods', this.neighbourhood, 'neighbourhood'),
      themes: this.preset('themes', this.theme, 'theme'),
      targetGroups: this.preset('targetGroups', this.targetGroup, 'target-group'),
      freeOnly: this.freeOnly,
    };
  }

  /**
   * A preset as the feed writes it: `wijk="selwerd"` means Selwerd (case and accents aside). A
   * value no activity has is kept (the resident then sees why nothing matches, with a way out)
   * and named in the console for the partner.
   */
  private preset(facet: ListFacet, given: string | undefined, attribute: string): string[] {
    if (!given) return [];
    const values = this.finder?.facetValues()[facet] ?? [];
    const wanted = foldDiacritics(given.trim());
    const found = values.find((value) => foldDiacritics(value) === wanted);
    if (!found && this.finder) console.warn(`wijkwijzer: no activity in the feed has ${attribute}="${given}". The feed has: ${values.join(', ')}`);
    return [found ?? given];
  }

  /**
   * Whether the list will open without a search or filter (none typed, preset or in the URL,
   * not sorted by distance): only then is a large feed's first page, shown early, the right one.
   */
  private get startsUnfiltered(): boolean {
    const filters = this.openingFilters();
    return !filters.query && activeFilterCount(filters) === 0 && !this.nearMe.near;
  }

  /** What a feed opens with: the URL's filters, or else the presets; what the resident typed stays. */
  private openingFilters(): FinderFilters {
    const fromUrl = this.syncUrl ? filtersFromUrlValues(this.urlState.read(FINDER_URL_KEYS)) : undefined;
    return { ...(fromUrl ?? this.presetFilters()), query: fromUrl?.query ?? this.filters.query };
  }

  private get today() {
    return plainDateOf(this.now ?? new Date());
  }

  private recompute({ announceAfter }: { announceAfter: number }): void {
    const finder = this.finder;
    if (!finder) return;
    // A large feed's text index is still being made in slices: a search now would finish it in
    // one long freeze. Keep the list, say the search follows, and search once the index is there.
    // A small feed's index is made at once, quicker than saying so.
    const wasWaiting = this.waitingForIndex;
    this.waitingForIndex = Boolean(this.result && this.filters.query.trim() && !finder.searchable && finder.initiatives.length >= FIRST_PAGE_FROM);
    if (this.waitingForIndex) {
      // Once per wait, not per keystroke: the search then runs with whatever was typed by then.
      if (!wasWaiting) void finder.finishIndex().then(() => this.finder === finder && this.waitingForIndex && this.recompute({ announceAfter: 0 }));
      return;
    }
    this.result = finder.find(this.filters, this.today, this.nearMe.near);
    const resultCount = this.result.initiatives.length;
    this.dispatchEvent(new WijkSearchEvent({ filters: this.filters, resultCount }));
    clearTimeout(this.announceTimer);
    // While typing, wait until the resident pauses; a count per keystroke would drown the screen reader.
    this.announceTimer = setTimeout(() => this.announceKey('finder:results', { count: resultCount }), announceAfter);
  }

  private setFilters(filters: FinderFilters, history: 'push' | 'replace', announceAfter = 0): void {
    this.filters = filters;
    this.shownCount = PAGE_SIZE;
    this.recompute({ announceAfter });
    this.urlState.write(FINDER_URL_KEYS, urlValuesFromFilters(filters), history);
  }

  private restoreFromUrl(): void {
    if (!this.finder) return;
    this.filters = filtersFromUrlValues(this.urlState.read(FINDER_URL_KEYS)) ?? this.presetFilters();
    this.recompute({ announceAfter: 0 });
  }



  /** Display name of a facet value: known slugs translated, languages and days by the browser. */
  private labelOf = (facet: ListFacet, value: string): string => {
    const locale = this.language;
    if (facet === 'themes' || facet === 'targetGroups') {
      const group = facet === 'themes' ? 'theme' : 'targetGroup';
      const key = vocabularyKey(group, value);
      return key ? this.t(key) : value;
    }
    if (facet === 'languages') return languageName(value, locale);
    if (facet === 'days') return weekdayName(value as WeekdayCode, locale);
    return value;
  };

  private get context(): TemplateContext {
    const today = this.today;
    const contactEmail = this.source.value?.contactEmail;
    return {
      t: (key, values) => this.t(key, values),
      locale: this.language,
      freshness: (initiative) => freshnessOf(initiative, today, this.staleAfterMonths),
      reportHref: (initiative) =>
        mailtoHref(initiative.sources?.[0]?.contactEmail ?? contactEmail, this.t('finder:card.reportSubject', { name: initiative.name, id: initiative.id })),
    };
  }

  private onQueryInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    this.setFilters({ ...this.filters, query }, 'replace', ANNOUNCE_DELAY_MS);
  }

  private toggleValue = (facet: ListFacet, value: string, checked: boolean): void => {
    const current = this.filters[facet] as string[];
    const next = checked ? [...current, value] : current.filter((item) => item !== value);
    this.setFilters({ ...this.filters, [facet]: next }, 'push');
  };

  private toggle = (facet: ToggleFacet, checked: boolean): void => {
    this.setFilters({ ...this.filters, [facet]: checked }, 'push');
  };

  private clearFilters = (): void => {
    this.setFilters({ ...EMPTY_FILTERS, query: this.filters.query }, 'push');
    this.renderRoot.querySelector<HTMLElement>('summary')?.focus();
  };

  private openDetail = (initiative: Initiative, opener: HTMLElement): void => {
    this.opener = opener;
    this.selected = initiative;
    this.detailHistory.opened(initiative.id);
    this.dispatchEvent(new WijkSelectEvent({ id: initiative.id, name: initiative.name }));
  };

  private onDialogClose(): void {
    this.selected = undefined;
    this.detailHistory.closed();
    // Back to where the resident was in the list.
    this.opener?.focus();
  }

  protected override renderContent(): TemplateResult | unknown {
    const finder = this.finder;
    const result = finder ? this.result : undefined;
    // A large feed's first page, while the rest is read.
    const firstPage = result ? undefined : this.source.early;
    if (!result && !firstPage) return this.renderViewState(this.source.viewState);
    // One template for both, so the search box the resident may be typing in stays the same element.
    return html`<div class="finder" part="finder">
      ${result && this.source.value?.demo ? html`<p class="notice" part="demo-notice">${this.t('finder:demoNotice')}</p>` : nothing}
      ${result ? this.renderSkippedNotice('finder:source.skipped') : nothing} ${failedFeedsTemplate(this.source.value?.failed ?? [], this.context)}
      <form class="search" part="search" role="search" aria-label=${this.t('finder:searchLabel')} @submit=${(event: Event) => event.preventDefault()}>
        <label class="search__label" for="query">${this.t('finder:searchLabel')}</label>
        <input
          id="query"
          name="query"
          type="search"
          part="search-input"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="search-hint"
          .value=${this.filters.query}
          @input=${this.onQueryInput}
        />
        <p class="hint" id="search-hint">${this.t('finder:searchHint')}</p>
        ${this.waitingForIndex ? html`<p class="hint" role="status">${this.t('finder:searchSoon')}</p>` : nothing}
      </form>
      ${finder && result ? this.renderLayout(finder, result) : firstPageTemplate(this.filters.query ? [] : firstPage!, this.context, this.openDetail)}
      ${this.renderDialog()}
    </div>`;
  }

  private renderLayout(finder: InitiativeFinder, result: FinderResult): TemplateResult {
    return html`<div class="layout">
        ${filterPanelTemplate(
          {
            filters: this.filters,
            counts: result.counts,
            values: finder.facetValues(),
            activeCount: activeFilterCount(this.filters),
            open: this.filtersOpen,
            labelOf: this.labelOf,
            onToggleValue: this.toggleValue,
            onToggle: this.toggle,
            onClear: this.clearFilters,
            onOpenChange: (open) => (this.filtersOpen = open),
            browsing: this.facetBrowsing,
          },
          this.context,
        )}
        <section class="results" part="results" aria-labelledby="results-count">
          <div class="results__bar">
            <h2 class="results__count" id="results-count">${this.t('finder:results', { count: result.initiatives.length })}</h2>
            ${finder.hasCoordinates
              ? nearMeTemplate(this.nearMe.status, Boolean(this.postcodeTable ?? this.postcodes), this.context, {
                  useMyLocation: () => void this.nearMe.useMyLocation(),
                  usePostcode: (event) => void this.nearMe.usePostcode(event),
                  stop: () => this.nearMe.stop(),
                })
              : nothing}
          </div>
          ${result.initiatives.length === 0
            ? emptyTemplate(finder.withoutEachFilter(this.filters, this.today), this.filters.query, this.context, this.labelOf, (filters) =>
                this.setFilters(filters, 'push'),
              )
            : this.renderList(result)}
        </section>
      </div>`;
  }

  private renderDialog(): TemplateResult {
    return html`<dialog class="detail" part="detail" aria-labelledby="detail-title" @close=${this.onDialogClose}>
        ${this.selected
          ? html`<div class="detail__body">
              <button class="button button--secondary detail__close" type="button" @click=${() => this.dialog?.close()}>
                ${this.t('finder:detail.close')}
              </button>
              ${detailTemplate(this.selected, this.context, this.labelOf)}
            </div>`
          : nothing}
      </dialog>`;
  }

  private renderList(result: FinderResult): TemplateResult {
    const shown = this.printing ? result.initiatives : result.initiatives.slice(0, this.shownCount);
    const remaining = result.initiatives.length - shown.length;
    return html`<ul class="results__list" role="list">
        ${shown.map(
          (initiative, index) =>
            html`<li class="results__item">${cardTemplate(initiative, index, this.context, this.openDetail, result.distances.get(initiative.id))}</li>`,
        )}
      </ul>
      ${remaining > 0
        ? html`<button type="button" class="button button--secondary show-more" part="button show-more" @click=${this.showMore}>
            ${this.t('finder:showMore', { count: Math.min(remaining, PAGE_SIZE), total: remaining })}
          </button>`
        : nothing}`;
  }

  private showMore(): void {
    const firstNew = this.shownCount;
    this.shownCount += PAGE_SIZE;
    // Keyboard and screen-reader users continue at the first new card, not back at the button.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#card-title-${firstNew} button`)?.focus());
  }
}

function activeFilterCount(filters: FinderFilters): number {
  return LIST_FACETS.reduce((sum, facet) => sum + filters[facet].length, 0) + TOGGLE_FACETS.filter((toggle) => filters[toggle]).length;
}
