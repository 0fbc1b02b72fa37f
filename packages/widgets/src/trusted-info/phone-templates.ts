/** Numbers to call: the crisis box above everything, and a source's own numbers. Every number is a tel: link. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisLine, PointerPhone, TextLanguage } from '@wijkwijzer/model';
import { telHref } from '../base/links.ts';
import { ltr, sentenceWith, shownText } from './bidi.ts';
import type { Translate } from './trusted-info-templates.ts';

/** "Bel 0800-0113" as a link, the number always read left to right. */
function callLink(phone: PointerPhone, href: string, t: Translate, className: string): TemplateResult {
  return html`<a class=${className} part="call" href=${href}>${sentenceWith((number) => t('trusted:call', { number }), ltr(phone.number))}</a>`;
}

/** What the number is and when someone answers: "Gratis nummer · Dag en nacht (24/7)". */
function phoneNote(phone: PointerPhone, language: TextLanguage): TemplateResult {
  const label = shownText(phone.label, language);
  const hours = phone.hours ? shownText(phone.hours, language) : undefined;
  return html`<span class="phone__note">
    <span class="phone__label" lang=${label.lang ?? nothing} dir=${label.dir ?? nothing}>${label.content}</span>
    ${hours ? html`<span aria-hidden="true">·</span> <span class="phone__hours" lang=${hours.lang ?? nothing} dir=${hours.dir ?? nothing}>${hours.content}</span>` : nothing}
  </span>`;
}

/** The numbers that can be dialled, each with its tel: link. */
function callable(phones: readonly PointerPhone[]): { phone: PointerPhone; href: string }[] {
  return phones.flatMap((phone) => {
    const href = telHref(phone.number);
    return href ? [{ phone, href }] : [];
  });
}

/** A source's numbers, under its description. */
export function phonesTemplate(phones: readonly PointerPhone[] | undefined, t: Translate, language: TextLanguage): TemplateResult | typeof nothing {
  const numbers = callable(phones ?? []);
  if (numbers.length === 0) return nothing;
  return html`<ul class="phones">
    ${numbers.map(({ phone, href }) => html`<li class="phone">${callLink(phone, href, t, 'pointer__call')} ${phoneNote(phone, language)}</li>`)}
  </ul>`;
}

/** Crisis lines as numbers to tap, above everything else: who answers, every number, when. */
export function crisisTemplate(lines: readonly CrisisLine[], t: Translate, language: TextLanguage): TemplateResult | typeof nothing {
  const shown = lines.map((line) => ({ line, numbers: callable(line.phones) })).filter(({ numbers }) => numbers.length > 0);
  if (shown.length === 0) return nothing;
  return html`<section class="crisis" part="crisis" aria-labelledby="crisis-title">
    <h2 id="crisis-title" class="crisis__title">${t('trusted:crisisTitle')}</h2>
    <ul class="crisis__lines">
      ${shown.map(({ line, numbers }) => {
        const name = shownText(line.pointer.title, language);
        return html`<li class="crisis__line">
          <span class="crisis__name" lang=${name.lang ?? nothing} dir=${name.dir ?? nothing}>${name.content}</span>
          <ul class="phones">
            ${numbers.map(({ phone, href }) => html`<li class="phone">${callLink(phone, href, t, 'crisis__call')} ${phoneNote(phone, language)}</li>`)}
          </ul>
        </li>`;
      })}
    </ul>
  </section>`;
}
