/**
 * Numbers to call and chat lines: the crisis box above everything, and a source's own lines.
 * Every number is a tel: link, every chat an http(s) link to the source's site.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisLine, PointerChat, PointerPhone, TextLanguage } from '@wijkwijzer/model';
import { telHref, webHref } from '../base/links.ts';
import { ltr, sentenceWith, shownText } from './bidi.ts';
import type { Translate } from './trusted-info-templates.ts';

/** "Bel 0800-0113" as a link, the number always read left to right. */
function callLink(phone: PointerPhone, href: string, t: Translate, className: string): TemplateResult {
  return html`<a class=${className} part="call" href=${href}>${sentenceWith((number) => t('trusted:call', { number }), ltr(phone.number))}</a>`;
}

/** What the line is and when someone answers: "Gratis nummer · Dag en nacht (24/7)". */
function phoneNote(line: PointerPhone | PointerChat, language: TextLanguage): TemplateResult {
  const label = shownText(line.label, language);
  const hours = line.hours ? shownText(line.hours, language) : undefined;
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

/** The chat lines whose page is a web page, each with its link. */
function chattable(chats: readonly PointerChat[]): { chat: PointerChat; href: string }[] {
  return chats.flatMap((chat) => {
    const href = webHref(chat.url);
    return href ? [{ chat, href }] : [];
  });
}

/** Numbers, then chat lines, as list items. */
function lineItems(phones: readonly PointerPhone[], chats: readonly PointerChat[], t: Translate, language: TextLanguage, kind: 'crisis' | 'pointer'): TemplateResult[] {
  return [
    ...callable(phones).map(({ phone, href }) => html`<li class="phone">${callLink(phone, href, t, `${kind}__call`)} ${phoneNote(phone, language)}</li>`),
    ...chattable(chats).map(
      ({ chat, href }) => html`<li class="phone"><a class=${`${kind}__chat`} part="chat" href=${href}>${t('trusted:chat')}</a> ${phoneNote(chat, language)}</li>`,
    ),
  ];
}

/** A source's numbers and chat lines, under its description. */
export function phonesTemplate(
  phones: readonly PointerPhone[] | undefined,
  chats: readonly PointerChat[] | undefined,
  t: Translate,
  language: TextLanguage,
): TemplateResult | typeof nothing {
  const items = lineItems(phones ?? [], chats ?? [], t, language, 'pointer');
  if (items.length === 0) return nothing;
  return html`<ul class="phones">
    ${items}
  </ul>`;
}

/** Crisis lines as numbers to tap, above everything else: who answers, every number, when. */
export function crisisTemplate(lines: readonly CrisisLine[], t: Translate, language: TextLanguage): TemplateResult | typeof nothing {
  const shown = lines.filter((line) => callable(line.phones).length > 0);
  if (shown.length === 0) return nothing;
  return html`<section class="crisis" part="crisis" aria-labelledby="crisis-title">
    <h2 id="crisis-title" class="crisis__title">${t('trusted:crisisTitle')}</h2>
    <ul class="crisis__lines">
      ${shown.map((line) => {
        const name = shownText(line.pointer.title, language);
        return html`<li class="crisis__line">
          <span class="crisis__name" lang=${name.lang ?? nothing} dir=${name.dir ?? nothing}>${name.content}</span>
          <ul class="phones">
            ${lineItems(line.phones, line.pointer.chats ?? [], t, language, 'crisis')}
          </ul>
        </li>`;
      })}
    </ul>
  </section>`;
}
