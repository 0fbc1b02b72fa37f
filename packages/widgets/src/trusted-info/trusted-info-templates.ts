/** How a topic and its sources look. Registry and partner text are always text; links are checked. */
import { html, nothing, type TemplateResult } from 'lit';
import { listInWords, type TextLanguage, type Topic, type TopicPointers, type TrustedPointer, type UnresolvedRequest } from '@wijkwijzer/model';
import { isolate, webHref } from '../base/links.ts';
import { languageName } from '../base/language-names.ts';
import { sentenceWith, shownText } from './bidi.ts';
import { phonesTemplate } from './phone-templates.ts';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function topicTitle(topic: Topic, language: TextLanguage): string {
  return topic.title[language] ?? topic.title.nl;
}

function pointerTemplate(pointer: TrustedPointer & { overdue: boolean }, t: Translate, language: TextLanguage): TemplateResult | typeof nothing {
  const href = webHref(pointer.url);
  if (!href) return nothing;
  const title = shownText(pointer.title, language);
  const owner = shownText(pointer.owner, language);
  const why = shownText(pointer.why_trusted, language);
  return html`<li class="pointer ${pointer.scope === 'local' ? 'pointer--local' : ''}" part="pointer">
    <h3 class="pointer__title">
      <a href=${href} target="_blank" rel="noopener noreferrer" lang=${title.lang ?? nothing} dir=${title.dir ?? nothing}
        >${title.content}<span class="visually-hidden" lang=${language}> ${t('trusted:opensNewWindow')}</span></a
      >
    </h3>
    <p class="pointer__meta">
      <span>${sentenceWith((marker) => t('trusted:owner', { owner: marker }), html`<span lang=${owner.lang ?? nothing} dir=${owner.dir ?? nothing}>${owner.content}</span>`)}</span>
      ${pointer.scope === 'local' ? html`<span class="badge">${t('trusted:local')}</span>` : nothing}
      ${pointer.audience === 'professionals' ? html`<span class="badge">${t('trusted:forProfessionals')}</span>` : nothing}
    </p>
    <p class="pointer__why"><strong>${t('trusted:whyTrusted')}: </strong><span lang=${why.lang ?? nothing} dir=${why.dir ?? nothing}>${why.content}</span></p>
    ${phonesTemplate(pointer.phones, pointer.chats, t, language)}
    <p class="pointer__languages">${t('trusted:languages', { languages: listInWords(pointer.languages.map((tag) => languageName(tag, language)), language) })}</p>
    ${pointer.overdue ? html`<p class="pointer__overdue" part="overdue">${t('trusted:overdue')}</p>` : nothing}
  </li>`;
}

export function topicTemplate(entry: TopicPointers, t: Translate, language: TextLanguage, headingId: string): TemplateResult {
  const description = entry.topic.description ? shownText(entry.topic.description, language) : undefined;
  return html`<section class="topic" part="topic" aria-labelledby=${headingId}>
    <h2 id=${headingId} class="topic__title" tabindex="-1">${topicTitle(entry.topic, language)}</h2>
    ${description ? html`<p lang=${description.lang ?? nothing} dir=${description.dir ?? nothing}>${description.content}</p>` : nothing}
    ${entry.pointers.length > 0
      ? html`<ul class="pointers" part="pointers">
          ${entry.pointers.map((pointer) => pointerTemplate(pointer, t, language))}
        </ul>`
      : html`<p>${t('trusted:noPointers')}</p>`}
  </section>`;
}

export function topicListTemplate(topics: readonly Topic[], language: TextLanguage, choose: (topic: Topic) => void): TemplateResult {
  return html`<ul class="topic-list" part="topic-list">
    ${topics.map(
      (topic) => html`<li>
        <button type="button" class="topic-button" part="topic-button" @click=${() => choose(topic)}>${topicTitle(topic, language)}</button>
      </li>`,
    )}
  </ul>`;
}

/** A part that failed (the partner's file, their inline pointers or registry), said beside what still shows. */
export interface Notice {
  /** What is missing, in the widget's words (`trusted:localFailed`). */
  leadKey: string;
  /** Why, in the common words every widget uses for the same failure (`error.http`). */
  reasonKey: string;
  values?: Record<string, unknown>;
  retry?: () => void;
}

export function noticeTemplate(notice: Notice, t: Translate): TemplateResult {
  return html`<div class="notice" part="notice" role="status">
    <p>${t(notice.leadKey)} ${t(notice.reasonKey, notice.values)}</p>
    ${notice.retry ? html`<button part="button" class="button" type="button" @click=${notice.retry}>${t('retry')}</button>` : nothing}
  </div>`;
}

/** Words or codes that lead to no topic: said, never an empty box. */
export function unresolvedTemplate(unresolved: readonly UnresolvedRequest[], t: Translate): TemplateResult | typeof nothing {
  if (unresolved.length === 0) return nothing;
  return html`<div class="status status--empty" part="status status-unknown" role="status">
    ${unresolved.map(
      (item) =>
        html`<p class="status__text">
          ${item.kind === 'unknownCode' ? t('trusted:unknownCode', { code: isolate(item.code) }) : t('trusted:unknownTopic', { asked: isolate(item.asked) })}
        </p>`,
    )}
  </div>`;
}
