/**
 * The filter panel: one fieldset per facet with live counts, the on/off filters, and "clear all".
 * It is a <details> so it folds away on a phone and the list comes first.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { foldDiacritics, type FacetCounts, type FinderFilters, type ListFacet, type ToggleFacet } from '@wijkwijzer/model';
import type { TemplateContext } from './initiative-templates.ts';

/**
 * A facet with more values than this (a region's hundreds of neighbourhoods) shows its most
 * common values and a box to search the rest. Hundreds of checkboxes help nobody on a phone, and
 * redrawing their counts on every keystroke was most of the typing delay at 10,000 initiatives.
 */
export const LONG_FACET = 15;
/** Values a long facet shows before the resident searches or asks for all. */
const MOST_COMMON = 10;
/** Matches of a search in a long facet shown at once; typing more letters narrows them. */
const MATCHES_SHOWN = 30;

/** What the resident typed in a long facet's search box, and which long facets show every value. */
export class FacetBrowsing implements ReactiveController {
  private readonly queries = new Map<ListFacet, string>();
  private readonly expanded = new Set<ListFacet>();

  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  query(facet: ListFacet): string {
    return this.queries.get(facet) ?? '';
  }

  setQuery(facet: ListFacet, query: string): void {
    this.queries.set(facet, query);
    this.host.requestUpdate();
  }

  isExpanded(facet: ListFacet): boolean {
    return this.expanded.has(facet);
  }

  setExpanded(facet: ListFacet, expanded: boolean): void {
    if (expanded) this.expanded.add(facet);
    else this.expanded.delete(facet);
    this.host.requestUpdate();
  }
}

export interface ShownValues {
  values: string[];
  /** Values left out that a search or "show all" would reach. */
  hidden: number;
}

/**
 * Which values of a facet to draw. Short facets: all. Long ones: the ticked values, then the
 * search's matches (by name) or else the most common values in the current results; all of them
 * when the resident asked. `sortedValues` is every value in reading order.
 */
export function valuesToShow(
  sortedValues: readonly string[],
  { selected, counts, query, expanded, labelOf }: { selected: readonly string[]; counts: ReadonlyMap<string, number>; query: string; expanded: boolean; labelOf: (value: string) => string },
): ShownValues {
  if (sortedValues.length <= LONG_FACET || expanded) return { values: [...sortedValues], hidden: 0 };
  const wanted = foldDiacritics(query.trim());
  const candidates = wanted
    ? sortedValues.filter((value) => !selected.includes(value) && foldDiacritics(labelOf(value)).includes(wanted))
    : sortedValues
        .filter((value) => !selected.includes(value) && (counts.get(value) ?? 0) > 0)
        // Most common first; the stable sort keeps reading order among equals.
        .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const limit = wanted ? MATCHES_SHOWN : MOST_COMMON;
  const shown = candidates.slice(0, Math.max(0, limit - selected.length));
  return { values: [...sortedValues.filter((value) => selected.includes(value)), ...shown], hidden: sortedValues.length - selected.length - shown.length };
}

export interface FilterPanelModel {
  filters: FinderFilters;
  counts: FacetCounts;
  values: Record<ListFacet, string[]>;
  activeCount: number;
  open: boolean;
  labelOf: (facet: ListFacet, value: string) => string;
  onToggleValue: (facet: ListFacet, value: string, checked: boolean) => void;
  onToggle: (facet: ToggleFacet, checked: boolean) => void;
  onClear: () => void;
  onOpenChange: (open: boolean) => void;
  browsing: FacetBrowsing;
}

const FACET_ORDER: ListFacet[] = ['themes', 'targetGroups', 'neighbourhoods', 'days', 'languages'];
const TOGGLES: ToggleFacet[] = ['openToday', 'freeOnly', 'wheelchair'];

/** Each facet's values in reading order, per language: sorted once, not on every keystroke. */
const readingOrders = new WeakMap<readonly string[], Map<string, string[]>>();

function inReadingOrder(facet: ListFacet, model: FilterPanelModel, locale: string): readonly string[] {
  // Days keep the order of the week.
  if (facet === 'days') return model.values[facet];
  let byLocale = readingOrders.get(model.values[facet]);
  if (!byLocale) readingOrders.set(model.values[facet], (byLocale = new Map()));
  let sorted = byLocale.get(locale);
  if (!sorted) {
    const collator = new Intl.Collator(locale);
    const labelled = model.values[facet].map((value) => ({ value, label: model.labelOf(facet, value) }));
    sorted = labelled.sort((a, b) => collator.compare(a.label, b.label)).map(({ value }) => value);
    byLocale.set(locale, sorted);
  }
  return sorted;
}

function facetFieldset(facet: ListFacet, model: FilterPanelModel, context: TemplateContext): TemplateResult | typeof nothing {
  const all = inReadingOrder(facet, model, context.locale);
  if (all.length < 2 && model.filters[facet].length === 0) return nothing;
  const long = all.length > LONG_FACET;
  const query = model.browsing.query(facet);
  const expanded = model.browsing.isExpanded(facet);
  const { values, hidden } = valuesToShow(all, {
    selected: model.filters[facet],
    counts: model.counts[facet],
    query,
    expanded,
    labelOf: (value) => model.labelOf(facet, value),
  });
  const searchId = `facet-search-${facet}`;
  return html`<fieldset class="facet" part="facet">
    <legend>${context.t(`finder:facet.${facet}`)}</legend>
    ${long && !expanded
      ? html`<label class="facet__search-label" for=${searchId}>${context.t(`finder:facetSearch.${facet}`)}</label>
          <input
            id=${searchId}
            class="facet__search"
            part="facet-search"
            type="search"
            autocomplete="off"
            .value=${query}
            @input=${(event: Event) => model.browsing.setQuery(facet, (event.target as HTMLInputElement).value)}
          />`
      : nothing}
    ${values.map((value) => {
      const checked = (model.filters[facet] as string[]).includes(value);
      const count = model.counts[facet].get(value) ?? 0;
      return html`<label class="option ${count === 0 && !checked ? 'option--none' : ''}">
        <input
          type="checkbox"
          .checked=${checked}
          @change=${(event: Event) => model.onToggleValue(facet, value, (event.target as HTMLInputElement).checked)}
        />
        <span>${context.t('finder:withCount', { label: model.labelOf(facet, value), count })}</span>
      </label>`;
    })}
    ${long && query.trim() && values.length === model.filters[facet].length ? html`<p class="facet__note">${context.t('finder:facetNoMatch')}</p>` : nothing}
    ${long && query.trim() && hidden > 0 && values.length > model.filters[facet].length
      ? html`<p class="facet__note">${context.t('finder:facetTypeMore')}</p>`
      : nothing}
    ${long
      ? html`<button
          type="button"
          class="button button--secondary facet__all"
          part="button facet-all"
          aria-expanded=${expanded ? 'true' : 'false'}
          @click=${() => model.browsing.setExpanded(facet, !expanded)}
        >
          ${expanded ? context.t('finder:facetShowFewer') : context.t('finder:facetShowAll', { total: all.length })}
        </button>`
      : nothing}
  </fieldset>`;
}

export function filterPanelTemplate(model: FilterPanelModel, context: TemplateContext): TemplateResult {
  const summary = model.activeCount > 0 ? context.t('finder:filtersActive', { count: model.activeCount }) : context.t('finder:filters');
  return html`<details
    class="filters"
    part="filters"
    ?open=${model.open}
    @toggle=${(event: Event) => model.onOpenChange((event.target as HTMLDetailsElement).open)}
  >
    <summary part="filters-summary">${summary}</summary>
    <div class="filters__body">
      ${FACET_ORDER.map((facet) => facetFieldset(facet, model, context))}
      <fieldset class="facet" part="facet">
        <legend>${context.t('finder:facet.other')}</legend>
        ${TOGGLES.map(
          (toggle) => html`<label class="option">
            <input
              type="checkbox"
              .checked=${model.filters[toggle]}
              @change=${(event: Event) => model.onToggle(toggle, (event.target as HTMLInputElement).checked)}
            />
            <span>${context.t('finder:withCount', { label: context.t(`finder:${toggle}`), count: model.counts[toggle] })}</span>
          </label>`,
        )}
      </fieldset>
      ${model.activeCount > 0
        ? html`<button type="button" class="button button--secondary" part="button clear-button" @click=${model.onClear}>
            ${context.t('finder:clearAll')}
          </button>`
        : nothing}
    </div>
  </details>`;
}
