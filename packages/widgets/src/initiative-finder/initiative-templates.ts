/**
 * Templates for one initiative: the card in the list and the detail view. Feed text goes in
 * through Lit bindings only, so it is always text; links pass the checks in `links.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { listInWords, scheduleInWords, type Freshness, type Initiative, type InitiativePlace, type Schedule } from '@wijkwijzer/model';
import { mailtoHref, mapHref, telHref, webHref } from '../base/links.ts';

export interface TemplateContext {
  t: (key: string, values?: Record<string, unknown>) => string;
  locale: string;
  /** When the initiative was last checked and whether that is too long ago; not given in templates that do not say. */
  freshness?: (initiative: Initiative) => Freshness;
  /** Where a resident reports a mistake in this initiative (a mailto: with its name and id), if the feed says. */
  reportHref?: (initiative: Initiative) => string | undefined;
}

function addressOf(place: InitiativePlace): string | undefined {
  const address = place.location.addresses?.[0];
  if (address) return `${address.address_1}, ${address.postal_code} ${address.city}`;
  return place.location.name;
}

function mapQuery(place: InitiativePlace): string | undefined {
  const { latitude, longitude } = place.location;
  return addressOf(place) ?? (latitude !== undefined && longitude !== undefined ? `${latitude},${longitude}` : undefined);
}

export function whereTemplate(place: InitiativePlace, context: TemplateContext): TemplateResult {
  const address = addressOf(place) ?? context.t('finder:card.onlineOnly');
  const query = mapQuery(place);
  return html`<span class="place">${place.location.name && place.location.name !== address ? html`${place.location.name}, ` : nothing}${address}
    ${query && place.location.location_type === 'physical'
      ? html`<a class="map-link" href=${mapHref(query)} target="_blank" rel="noopener noreferrer" aria-label=${context.t('finder:card.mapLabel', { address })}
          >${context.t('finder:card.map')}</a
        >`
      : nothing}</span
  >`;
}

export function whenInWords(initiative: Initiative, context: TemplateContext): string[] {
  return schedulesInWords(initiative.schedules, context);
}

export function schedulesInWords(schedules: readonly Schedule[], context: TemplateContext): string[] {
  const t = (key: string, values?: Record<string, unknown>) => context.t(`vocabulary:${key}`, values);
  return schedules.map((schedule) => scheduleInWords(schedule, t, context.locale));
}

/** One per language: "maart 2026". */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "Gecontroleerd in maart 2026", marked when it is too long ago; and where to report a mistake. */
export function freshnessTemplate(initiative: Initiative, context: TemplateContext): TemplateResult | typeof nothing {
  const freshness = context.freshness?.(initiative);
  const report = context.reportHref?.(initiative);
  if (!freshness?.checkedOn && !report) return nothing;
  let month: string | undefined;
  if (freshness?.checkedOn) {
    let format = monthFormats.get(context.locale);
    if (!format) monthFormats.set(context.locale, (format = new Intl.DateTimeFormat(context.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
    const { year, month: monthNumber, day } = freshness.checkedOn;
    month = format.format(Date.UTC(year, monthNumber - 1, day));
  }
  return html`<p class="freshness ${freshness?.stale ? 'freshness--stale' : ''}" part="freshness">
    ${month ? (freshness!.stale ? context.t('finder:card.stale', { month }) : context.t('finder:card.checked', { month })) : nothing}
    ${report ? html`<a href=${report}>${context.t('finder:card.report')}</a>` : nothing}
  </p>`;
}

/** Whose feed it comes from, when the finder shows several partners' feeds. */
export function sourcesInWords(initiative: Initiative, context: TemplateContext): string | undefined {
  if (!initiative.sources?.length) return undefined;
  return listInWords(initiative.sources.map((source) => source.name), context.locale);
}

export function costInWords(initiative: Initiative, context: TemplateContext): string | undefined {
  if (initiative.free === true) return initiative.costDescription ?? context.t('finder:card.free');
  if (initiative.free === false) return initiative.costDescription ?? context.t('finder:card.notFree');
  return initiative.costDescription;
}

export function contactTemplate(initiative: Initiative, context: TemplateContext): TemplateResult | typeof nothing {
  const website = webHref(initiative.url);
  const email = mailtoHref(initiative.email);
  const phones = initiative.phones.flatMap((phone) => {
    const href = telHref(phone.number);
    return href ? [{ href, number: phone.number }] : [];
  });
  if (!website && !email && phones.length === 0) return nothing;
  return html`<ul class="contact" role="list">
    ${phones.map(
      (phone) => html`<li><a dir="ltr" href=${phone.href} aria-label=${context.t('finder:card.call', { number: phone.number })}>${phone.number}</a></li>`,
    )}
    ${email ? html`<li><a href=${email}>${initiative.email}</a></li>` : nothing}
    ${website
      ? html`<li>
          <a href=${website} target="_blank" rel="noopener noreferrer" aria-label=${context.t('finder:card.websiteLabel', { name: initiative.name })}
            >${context.t('finder:card.website')}</a
          >
        </li>`
      : nothing}
  </ul>`;
}

export function fact(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === nothing || (Array.isArray(value) && value.length === 0)) return nothing;
  // dir="auto": feed text is usually Dutch, and must read left-to-right inside an Arabic widget.
  return html`<div class="fact"><dt>${label}</dt><dd dir="auto">${value}</dd></div>`;
}

/** One per language: a list of fifty cards sorted by distance asks fifty times per keystroke. */
const kilometreFormats = new Map<string, Intl.NumberFormat>();

/** "300 m" up close (rounded to 100 m, never "0"), "2,4 km" further away. */
function distanceInWords(km: number, context: TemplateContext): string {
  if (km < 1) return context.t('finder:near.meters', { meters: Math.max(100, Math.round(km * 10) * 100) });
  let format = kilometreFormats.get(context.locale);
  if (!format) kilometreFormats.set(context.locale, (format = new Intl.NumberFormat(context.locale, { maximumFractionDigits: 1 })));
  return context.t('finder:near.distance', { distance: format.format(km) });
}

export function cardTemplate(
  initiative: Initiative,
  index: number,
  context: TemplateContext,
  open: (initiative: Initiative, opener: HTMLElement) => void,
  distanceKm: number | undefined,
): TemplateResult {
  const when = whenInWords(initiative, context);
  const firstPlace = initiative.places[0];
  return html`<article part="card" class="card" aria-labelledby="card-title-${index}">
    <h3 class="card__title" id="card-title-${index}">
      <button
        type="button"
        class="link-button"
        part="card-button"
        dir="auto"
        aria-haspopup="dialog"
        @click=${(event: Event) => open(initiative, event.currentTarget as HTMLElement)}
      >
        ${initiative.name}
      </button>
    </h3>
    ${initiative.status === 'temporarily closed' ? html`<p class="badge">${context.t('finder:card.temporarilyClosed')}</p>` : nothing}
    ${initiative.description ? html`<p class="card__summary" dir="auto">${initiative.description}</p>` : nothing}
    <dl class="facts">
      ${fact(context.t('finder:card.where'), firstPlace ? whereTemplate(firstPlace, context) : undefined)}
      ${fact(context.t('finder:card.when'), when.length > 0 ? when.join(context.t('vocabulary:schedule.listSeparator')) : undefined)}
      ${fact(context.t('finder:card.cost'), costInWords(initiative, context))}
      ${fact(context.t('finder:card.contact'), contactTemplate(initiative, context))}
      ${fact(context.t('finder:card.sources'), sourcesInWords(initiative, context))}
    </dl>
    ${distanceKm !== undefined ? html`<p class="distance">${distanceInWords(distanceKm, context)}</p>` : nothing}
    ${freshnessTemplate(initiative, context)}
  </article>`;
}
