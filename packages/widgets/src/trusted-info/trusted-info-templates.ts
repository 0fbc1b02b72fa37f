/** How a topic and its sources look. Registry and partner text are always text; links are checked. */
import { html, nothing, type TemplateResult } from 'lit';
import { listInWords, type Topic, type TopicPointers, type TrustedPointer, type UnresolvedRequest } from '@wijkwijzer/model';
import { isolate, telHref, webHref } from '../base/links.ts';
import { languageName } from '../base/language-names.ts';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function topicTitle(topic: Topic, language: 'nl' | 'en' | 'ar'): string {
  return topic.title[language] ?? topic.title.nl;
}

/** Crisis lines as numbers to tap, above everything else. */
export function crisisTemplate(lines: TrustedPointer[], t: Translate): TemplateResult | typeof nothing {
  const callable = lines.flatMap((line) => {
    const href = telHref(line.phone);
    return href ? [{ href, line }] : [];
  });
  if (callable.length === 0) return nothing;
  return html`<section class="crisis" part="crisis" aria-labelledby="crisis-title">
    <h2 id="crisis-title" class="crisis__title">${t('trusted:crisisTitle')}</h2>
    <ul class="crisis__lines">
      ${callable.map(
        ({ href, line }) => html`<li>
          <a class="crisis__call" href=${href} dir="ltr">${t('trusted:call', { number: line.phone })}</a>
          <span dir="auto">${line.title}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function pointerTemplate(pointer: TrustedPointer & { overdue: boolean }, t: Translate, locale: string): TemplateResult | typeof nothing {
  const href = webHref(pointer.url);
  if (!href) return nothing;
  return html`<li class="pointer ${pointer.scope === 'local' ? 'pointer--local' : ''}" part="pointer">
    <h3 class="pointer__title">
      <a href=${href} target="_blank" rel="noopener noreferrer" dir="auto"
        >${pointer.title}<span class="visually-hidden"> ${t('trusted:opensNewWindow')}</span></a
      >
    </h3>
    <p class="pointer__meta">
      <span dir="auto">${t('trusted:owner', { owner: pointer.owner })}</span>
      ${pointer.scope === 'local' ? html`<span class="badge">${t('trusted:local')}</span>` : nothing}
      ${pointer.audience === 'professionals' ? html`<span class="badge">${t('trusted:forProfessionals')}</span>` : nothing}
    </p>
    <p class="pointer__why"><strong>${t('trusted:whyTrusted')}: </strong><span dir="auto">${pointer.why_trusted}</span></p>
    <p class="pointer__languages">${t('trusted:languages', { languages: listInWords(pointer.languages.map((tag) => languageName(tag, locale)), locale) })}</p>
    ${pointer.overdue ? html`<p class="pointer__overdue" part="overdue">${t('trusted:overdue')}</p>` : nothing}
  </li>`;
}

export function topicTemplate(entry: TopicPointers, t: Translate, language: 'nl' | 'en' | 'ar', headingId: string): TemplateResult {
  const description = entry.topic.description?.[language] ?? entry.topic.description?.nl;
  return html`<section class="topic" part="topic" aria-labelledby=${headingId}>
    <h2 id=${headingId} class="topic__title" tabindex="-1">${topicTitle(entry.topic, language)}</h2>
    ${description ? html`<p dir="auto">${description}</p>` : nothing}
    ${entry.pointers.length > 0
      ? html`<ul class="pointers" part="pointers">
          ${entry.pointers.map((pointer) => pointerTemplate(pointer, t, language))}
        </ul>`
      : html`<p>${t('trusted:noPointers')}</p>`}
  </section>`;
}

export function topicListTemplate(topics: readonly Topic[], language: 'nl' | 'en' | 'ar', choose: (topic: Topic) => void): TemplateResult {
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
