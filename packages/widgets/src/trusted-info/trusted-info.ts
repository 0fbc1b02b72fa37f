import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  findTopic,
  findTopicByCode,
  pointersFor,
  searchTopics,
  validateTrustedPointers,
  type Topic,
  type TopicPointers,
  type TrustedPointer,
  type TrustedPointerList,
} from '@wijkwijzer/model';
import nationalRegistry from '@wijkwijzer/content/trusted/registry.json' with { type: 'json' };
import { WijkElement } from '../base/wijk-element.ts';
import { loadJson } from '../base/load-json.ts';
import { isolate } from '../base/links.ts';
import { registerMessages } from '../base/localize.ts';
import type { ViewState } from '../base/view-state.ts';
import trustedDutch from './locales/nl.ts';
import { crisisTemplate, topicListTemplate, topicTemplate } from './trusted-info-templates.ts';
import { trustedStyles } from './trusted-info.styles.ts';

registerMessages('trusted', {
  nl: trustedDutch,
  en: () => import('./locales/en.ts'),
  ar: () => import('./locales/ar.ts'),
});

/** The national registry ships with the widget (validated at build): showing it needs no request. */
const NATIONAL = nationalRegistry as unknown as TrustedPointerList;

type Problem = { kind: 'unknownTopic'; asked: string } | { kind: 'unknownCode'; code: string };

/**
 * Points residents to the few reliable sources per topic (owner, why it is trusted, when it was
 * last reviewed), the way a GP or welfare site would: crisis lines first as numbers to call,
 * a partner's local pointers beside the national ones.
 *
 * @summary Trusted-information pointers per topic, by topic, GP code or "what is your question about?".
 * @tagname wijk-trusted-info
 *
 * @csspart crisis - The "need help right now?" box with numbers to call.
 * @csspart topic - One topic with its sources.
 * @csspart pointers - The list of sources; `pointer` is one source.
 * @csspart overdue - The note on a source whose review is overdue.
 * @csspart topic-list - The topics to choose from; `topic-button` is one.
 * @csspart topic-search - The search box in "ask" mode.
 */
export class WijkTrustedInfo extends WijkElement {
  static override styles = [...WijkElement.styles, trustedStyles];

  static override properties: PropertyDeclarations = {
    topic: {},
    topics: {},
    code: {},
    mode: {},
    hideOverdue: { type: Boolean, attribute: 'hide-overdue' },
    src: {},
    localPointers: { attribute: false },
    registry: { attribute: false },
    now: { attribute: false },
    chosen: { state: true },
    query: { state: true },
    localLoaded: { state: true },
    viewState: { state: true },
  };

  /** One topic, by id ("eenzaamheid") or by a word residents use ("schulden"). */
  declare topic: string | undefined;
  /** Several topics, separated by spaces. */
  declare topics: string | undefined;
  /** A GP code (ICPC-2), e.g. "ICPC:P76", leading to its topic. */
  declare code: string | undefined;
  /** "ask": let the resident choose the topic ("Waar gaat uw vraag over?"). Also used when nothing else is set. */
  declare mode: string | undefined;
  /** Leave out sources whose review is overdue, instead of marking them. */
  declare hideOverdue: boolean;
  /** URL of the partner's own pointers (trusted-pointers format); shown beside the national ones, marked local. */
  declare src: string | undefined;
  /** The partner's own pointers given inline instead of `src`. */
  declare localPointers: TrustedPointer[] | undefined;
  /** Replaces the national registry that ships with the widget. */
  declare registry: TrustedPointerList | undefined;
  /** The date reviews are measured against; today unless set (for tests and demos). */
  declare now: Date | undefined;

  private declare chosen: Topic | undefined;
  private declare query: string;
  private declare localLoaded: TrustedPointer[];
  private declare viewState: ViewState;

  constructor() {
    super();
    this.hideOverdue = false;
    this.query = '';
    this.localLoaded = [];
    this.viewState = { kind: 'ready' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.loadLocal(this.src);
    if (changed.has('topic') || changed.has('topics') || changed.has('code') || changed.has('mode')) this.chosen = undefined;
  }

  private async loadLocal(src: string): Promise<void> {
    this.viewState = { kind: 'loading' };
    try {
      const result = validateTrustedPointers(await loadJson(new URL(src, document.baseURI)));
      if (!result.valid) {
        console.error('wijkwijzer: the local pointers are not valid.', result.problems.slice(0, 20));
        this.viewState = this.errorStateFor(new Error('invalid pointers'));
        return;
      }
      this.localLoaded = result.value.pointers;
      this.viewState = { kind: 'ready' };
    } catch (error) {
      this.viewState = this.errorStateFor(error, () => void this.loadLocal(src));
    }
  }

  private get list(): TrustedPointerList {
    return this.registry ?? NATIONAL;
  }

  private get allTopics(): Topic[] {
    return this.list.topics ?? [];
  }

  private get allPointers(): TrustedPointer[] {
    const local = [...(this.localPointers ?? []), ...this.localLoaded].map((pointer) => ({ ...pointer, scope: 'local' as const }));
    return [...this.list.pointers, ...local];
  }

  /** What the attributes ask for: topics found, and what could not be found. */
  private resolve(): { found: Topic[]; problems: Problem[] } {
    if (this.chosen) return { found: [this.chosen], problems: [] };
    const found: Topic[] = [];
    const problems: Problem[] = [];
    if (this.code) {
      const topic = findTopicByCode(this.allTopics, this.code);
      if (topic) found.push(topic);
      else problems.push({ kind: 'unknownCode', code: this.code });
    }
    const asked = [this.topic, ...(this.topics ?? '').split(/\s+/)].filter((name): name is string => Boolean(name?.trim()));
    for (const name of asked) {
      const topic = findTopic(this.allTopics, name);
      if (topic && !found.includes(topic)) found.push(topic);
      else if (!topic) problems.push({ kind: 'unknownTopic', asked: name });
    }
    return { found, problems };
  }

  private choose = (topic: Topic): void => {
    this.chosen = topic;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.topic__title')?.focus());
  };

  private backToTopics = (): void => {
    this.chosen = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#topic-search')?.focus());
  };

  protected override renderContent(): TemplateResult | unknown {
    if (this.viewState.kind !== 'ready') return this.renderViewState(this.viewState);
    const { found, problems } = this.resolve();
    const asking = this.mode === 'ask' || (found.length === 0 && problems.length === 0);
    if (found.length === 0) return this.renderChooser(problems, asking);
    const today = this.now ?? new Date();
    const entries: TopicPointers[] = found.map((topic) => pointersFor(topic, this.allPointers, { today, hideOverdue: this.hideOverdue }));
    const crisisLines = entries.flatMap((entry) => entry.crisisLines);
    return html`${crisisTemplate(crisisLines, (key, values) => this.t(key, values))}
      ${problems.length > 0 ? this.renderProblems(problems) : nothing}
      ${entries.map((entry, index) => topicTemplate(entry, (key, values) => this.t(key, values), this.language, `topic-${index}`))}
      ${this.chosen ? html`<button type="button" class="link-button" @click=${this.backToTopics}>${this.t('trusted:otherTopic')}</button>` : nothing}`;
  }

  private renderProblems(problems: Problem[]): TemplateResult {
    return html`<div class="status status--empty" part="status status-unknown" role="status">
      ${problems.map(
        (problem) =>
          html`<p class="status__text">
            ${problem.kind === 'unknownCode'
              ? this.t('trusted:unknownCode', { code: isolate(problem.code) })
              : this.t('trusted:unknownTopic', { asked: isolate(problem.asked) })}
          </p>`,
      )}
    </div>`;
  }

  private renderChooser(problems: Problem[], asking: boolean): TemplateResult {
    const shown = searchTopics(this.allTopics, this.query, this.language);
    return html`${problems.length > 0 ? this.renderProblems(problems) : nothing}
      <section class="ask" aria-labelledby="ask-title">
        <h2 id="ask-title">${asking ? this.t('trusted:askTitle') : this.t('trusted:topics')}</h2>
        ${asking ? html`<p>${this.t('trusted:askIntro')}</p>` : nothing}
        <label class="search__label" for="topic-search">${this.t('trusted:searchLabel')}</label>
        <input
          id="topic-search"
          type="search"
          part="topic-search"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
        ${shown.length > 0
          ? topicListTemplate(shown, this.language, this.choose)
          : html`<p role="status">${this.t('trusted:noTopicFound')}</p>${topicListTemplate(this.allTopics, this.language, this.choose)}`}
      </section>`;
  }
}
