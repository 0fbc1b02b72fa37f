/** The detail view of one initiative: everything the feed says, including how to join. */
import { html, nothing, type TemplateResult } from 'lit';
import { listInWords, type Initiative } from '@wijkwijzer/model';
import { languageName } from '../base/language-names.ts';
import { contactTemplate, costInWords, fact, schedulesInWords, sourcesInWords, whereTemplate, type TemplateContext } from './initiative-templates.ts';

export function detailTemplate(initiative: Initiative, context: TemplateContext, labelOf: (facet: 'themes' | 'targetGroups', value: string) => string): TemplateResult {
  const lastModified = initiative.lastModified ? new Date(initiative.lastModified) : undefined;
  // Each place with its own times and note; "when" keeps what holds wherever it is.
  const atPlaces = new Set(initiative.places.flatMap((place) => place.schedules));
  const ownSchedules = initiative.schedules.filter((schedule) => !atPlaces.has(schedule));
  return html`<h2 id="detail-title" class="detail__title" tabindex="-1" dir="auto">${initiative.name}</h2>
    ${initiative.status === 'temporarily closed' ? html`<p class="badge">${context.t('finder:card.temporarilyClosed')}</p>` : nothing}
    ${initiative.description ? html`<p dir="auto">${initiative.description}</p>` : nothing}
    <dl class="facts">
      ${fact(context.t('finder:detail.organization'), initiative.organization?.name)}
      ${fact(
        context.t('finder:card.where'),
        initiative.places.length > 0
          ? html`<ul role="list" class="plain places">
              ${initiative.places.map(
                (place) => html`<li>
                  ${whereTemplate(place, context)}
                  ${place.schedules.length > 0 ? html`<span class="place__when">${schedulesInWords(place.schedules, context).join(context.t('vocabulary:schedule.listSeparator'))}</span>` : nothing}
                  ${place.note ? html`<span class="place__note" dir="auto">${place.note}</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : undefined,
      )}
      ${fact(
        context.t('finder:card.when'),
        ownSchedules.length > 0
          ? html`<ul role="list" class="plain">
              ${schedulesInWords(ownSchedules, context).map((words) => html`<li>${words}</li>`)}
            </ul>`
          : undefined,
      )}
      ${fact(context.t('finder:card.cost'), costInWords(initiative, context))}
      ${fact(context.t('finder:detail.howToJoin'), initiative.howToJoin)}
      ${fact(
        context.t('finder:detail.forWhom'),
        [initiative.eligibility, listInWords(initiative.targetGroups.map((group) => labelOf('targetGroups', group)), context.locale)].filter(Boolean).join(' — ') ||
          undefined,
      )}
      ${fact(context.t('finder:facet.themes'), listInWords(initiative.themes.map((theme) => labelOf('themes', theme)), context.locale) || undefined)}
      ${fact(context.t('finder:detail.languages'), listInWords(initiative.languages.map((tag) => languageName(tag, context.locale)), context.locale) || undefined)}
      ${fact(
        context.t('finder:detail.wheelchair'),
        initiative.wheelchairAccessible === undefined
          ? undefined
          : context.t(initiative.wheelchairAccessible ? 'finder:detail.wheelchairYes' : 'finder:detail.wheelchairNo'),
      )}
      ${fact(context.t('finder:card.contact'), contactTemplate(initiative, context))}
      ${fact(context.t('finder:card.sources'), sourcesInWords(initiative, context))}
    </dl>
    ${lastModified && !Number.isNaN(lastModified.getTime())
      ? html`<p class="muted">
          ${context.t('finder:detail.lastModified', { date: new Intl.DateTimeFormat(context.locale, { dateStyle: 'long' }).format(lastModified) })}
        </p>`
      : nothing}`;
}
