/**
 * The filter panel: one fieldset per facet with live counts, the on/off filters, and "clear all".
 * It is a <details> so it folds away on a phone and the list comes first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacetCounts, FinderFilters, ListFacet, ToggleFacet } from '@wijkwijzer/model';
import type { TemplateContext } from './initiative-templates.ts';

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
}

const FACET_ORDER: ListFacet[] = ['themes', 'targetGroups', 'neighbourhoods', 'days', 'languages'];
const TOGGLES: ToggleFacet[] = ['openToday', 'freeOnly', 'wheelchair'];

/** One collator per language: the panel re-renders on every keystroke. */
const collators = new Map<string, Intl.Collator>();

function facetFieldset(facet: ListFacet, model: FilterPanelModel, context: TemplateContext): TemplateResult | typeof nothing {
  // Alphabetical by what the resident reads; days keep the order of the week.
  let collator = collators.get(context.locale);
  if (!collator) collators.set(context.locale, (collator = new Intl.Collator(context.locale)));
  const values =
    facet === 'days'
      ? model.values[facet]
      : [...model.values[facet]].sort((a, b) => collator.compare(model.labelOf(facet, a), model.labelOf(facet, b)));
  if (values.length < 2 && model.filters[facet].length === 0) return nothing;
  return html`<fieldset class="facet" part="facet">
    <legend>${context.t(`finder:facet.${facet}`)}</legend>
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
