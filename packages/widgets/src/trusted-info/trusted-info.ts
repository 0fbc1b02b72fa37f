import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  TrustedTopicResolver,
  validateTrustedPointers,
  type Topic,
  type TrustedPointer,
  type TrustedPointerInput,
  type TrustedPointerList,
  type TrustedPointerListInput,
} from '@wijkwijzer/model';
import { WijkElement } from '../base/wijk-element.ts';
import { DataSourceController, type Readout } from '../base/data-source.ts';
import { LoadError } from '../base/load-json.ts';
import { registerMessages } from '../base/localize.ts';
import trustedDutch from './locales/nl.ts';
import { nationalRegistry, withNationalText } from './national-registry.ts';
import { crisisTemplate } from './phone-templates.ts';
import {
  noticeTemplate,
  topicListTemplate,
  topicTemplate,
  unresolvedTemplate,
  type Notice,
  type Translate,
} from './trusted-info-templates.ts';
import { trustedStyles } from './trusted-info.styles.ts';

registerMessages('trusted', {
  nl: trustedDutch,
  // The language module also brings the national registry's text in that language.
  en: () => import('./locales/en.ts').then(withNationalText),
  ar: () => import('./locales/ar.ts').then(withNationalText),
});

/**
 * Checks a list a partner gave (file, inline pointers or registry) as strictly as any data file.
 * Invalid: undefined, with the details in the console for the partner.
 */
function validList(input: unknown, what: string): TrustedPointerList | undefined {
  const result = validateTrustedPointers(input);
  if (result.valid) return result.value;
  console.error(`wijkwijzer: <wijk-trusted-info> ${what} is not valid, so it is not used.`, result.problems.slice(0, 20));
  return undefined;
}

function readLocalFile(document: unknown): Readout<TrustedPointer[]> {
  const list = validList(document, 'the file at src');
  if (!list) throw new LoadError('invalid');
  return { value: list.pointers };
}

/**
 * Points residents to the few reliable sources per topic (owner, why it is trusted, numbers to
 * call, when it was last reviewed), the way a GP or welfare site would: crisis lines first as
 * numbers to call, a partner's local pointers beside the national ones. Which topics a page asks
 * for, and in what order their sources come, is decided in the model (`TrustedTopicResolver`);
 * this is its view.
 *
 * Crisis lines come first, always: the national registry ships inside the widget (its English
 * and Arabic text come with the widget's language module), so for an urgent topic
 * (`topic="zelfmoordgedachten"`, `topic="suïcide"`, `code="P77"`) 113 and 112 show before
 * anything is fetched, while `src` loads, and when `src`, `localPointers` or `registry`
 * fail (a small notice says so beside them). In "ask" mode a question that is clearly urgent
 * ("ik wil niet meer leven", "my husband hits me", "أريد أن أموت") shows the numbers to call at
 * once, above the topics, without a tap. Residents may type in Dutch, English or Arabic on any page.
 *
 * Text in the registry and in a partner's pointers is per language: `title`, `owner`,
 * `why_trusted` and each phone's `label` and `hours` may be `{ "nl": …, "en": …, "ar": … }` or a
 * plain Dutch string. The widget shows the text in its own language; text that exists only in
 * Dutch is shown in Dutch, marked `lang="nl"`. A pointer may list several numbers:
 * `"phones": [{ "number": "0800-0113", "label": { "nl": "Gratis nummer", … }, "hours": { "nl": "Dag en nacht (24/7)", … } }]`;
 * each is shown as a `tel:` link with its label and hours. Numbers, times and Dutch names inside
 * Arabic text are set apart with `<bdi dir="ltr">`, so they read left to right.
 *
 * @summary Trusted-information pointers per topic, by topic, GP code or "what is your question about?".
 * @tagname wijk-trusted-info
 *
 * @csspart crisis - The "need help right now?" box with numbers to call.
 * @csspart call - A number to call (a tel: link), in the crisis box and under a source.
 * @csspart chat - The link to a chat line on the source's site.
 * @csspart topic - One topic with its sources.
 * @csspart pointers - The list of sources.
 * @csspart pointer - One source.
 * @csspart overdue - The note on a source whose review is overdue.
 * @csspart topic-list - The topics to choose from.
 * @csspart topic-button - One topic to choose.
 * @csspart topic-search - The search box in "ask" mode.
 * @csspart status-unknown - The message that a topic or code asked for is not known.
 *
 * @attr timeout - Seconds to wait for the partner's file at `src`; after it, a notice with a retry beside the national pointers (default 15).
 * @attr debug - Shows partners, inside the widget, what was wrong with data that could not be used.
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
  };

  /** One topic, by id ("eenzaamheid") or by words residents use, in Dutch, English or Arabic ("schulden", "suicide", "mijn man slaat mij"). */
  declare topic: string | undefined;
  /** Several topics by id or word, separated by spaces ("schulden lonely"). */
  declare topics: string | undefined;
  /** A GP code (ICPC-2), e.g. "ICPC:P76", leading to its topic. */
  declare code: string | undefined;
  /**
   * "ask": let the resident choose the topic ("Waar gaat uw vraag over?"), or type a question in
   * Dutch, English or Arabic; an urgent question shows the crisis lines at once. Also used when nothing else is set.
   */
  declare mode: string | undefined;
  /** Leave out sources whose review is overdue, instead of marking them. */
  declare hideOverdue: boolean;
  /**
   * URL of the partner's own pointers (trusted-pointers format, text per language or Dutch only,
   * `phones` with label and hours); shown beside the national ones, marked local. Optional: while
   * it loads and when it fails the national pointers and crisis lines stay, with a notice and a retry.
   */
  declare src: string | undefined;
  /** The partner's own pointers given inline instead of `src`; checked like a file, left out with a notice when not valid. */
  declare localPointers: TrustedPointerInput[] | undefined;
  /** Replaces the national registry that ships with the widget; when not valid, the national one is shown with a notice. */
  declare registry: TrustedPointerListInput | undefined;
  /** The date reviews are measured against; today unless set (for tests and demos). */
  declare now: Date | undefined;

  private declare chosen: Topic | undefined;
  private declare query: string;

  /** The partner's file: optional, since the national registry shows without it. */
  private readonly source = new DataSourceController<TrustedPointer[]>(this, { optional: true, read: readLocalFile });
  /** The partner's valid `registry`; undefined means the national one. */
  private partnerRegistry: TrustedPointerList | undefined;
  private registryInvalid = false;
  private localInUse: TrustedPointer[] = [];
  private localInvalid = false;
  /** Built again only when what it reads changes, not on every keystroke in the search box. */
  private resolverRegistry = nationalRegistry();
  private resolver = new TrustedTopicResolver(this.resolverRegistry);
  private resolverLoaded: TrustedPointer[] | undefined;
  /** Whether the question typed in "ask" mode showed crisis lines, to announce them once when they appear. */
  private askedUrgent = false;
  private readonly translateKey: Translate = (key, values) => this.t(key, values);

  constructor() {
    super();
    this.hideOverdue = false;
    this.query = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.set({ src: this.src });
    if (changed.has('registry')) {
      this.partnerRegistry = this.registry == null ? undefined : validList(this.registry, 'registry');
      this.registryInvalid = this.registry != null && !this.partnerRegistry;
    }
    if (changed.has('localPointers')) {
      const valid = this.localPointers == null ? { pointers: [] } : validList({ pointers: this.localPointers }, 'localPointers');
      this.localInvalid = !valid;
      this.localInUse = valid?.pointers ?? [];
    }
    // Only a file that is ready counts: while a newer one loads, the older one's pointers go.
    const loaded = this.source.status === 'ready' ? this.source.value : undefined;
    // The national registry is a new object once a language's text arrived (with the language switch).
    const registry = this.partnerRegistry ?? nationalRegistry();
    if (registry !== this.resolverRegistry || changed.has('localPointers') || this.resolverLoaded !== loaded) {
      this.resolverRegistry = registry;
      this.resolverLoaded = loaded;
      this.resolver = new TrustedTopicResolver(registry, [...this.localInUse, ...(loaded ?? [])]);
      // A topic the resident chose stays chosen, now with the text that arrived.
      const chosenId = this.chosen?.id;
      if (chosenId) this.chosen = this.resolver.topics.find((topic) => topic.id === chosenId);
    }
    if (['topic', 'topics', 'code', 'mode', 'registry'].some((name) => changed.has(name as keyof WijkTrustedInfo))) this.chosen = undefined;
    // Asked once per update, here, and drawn from in render.
    this.asked = this.resolver.ask(this.query, this.answerOptions);
    if (changed.has('query' as keyof WijkTrustedInfo)) {
      // Screen-reader users hear that numbers to call appeared above the topics as they typed.
      const urgent = this.asked.crisisLines.length > 0;
      if (urgent && !this.askedUrgent) this.announceKey('trusted:crisisShown');
      this.askedUrgent = urgent;
    }
  }

  private asked?: ReturnType<TrustedTopicResolver['ask']>;

  private get answerOptions(): { today: Date; hideOverdue: boolean } {
    return { today: this.now ?? new Date(), hideOverdue: this.hideOverdue };
  }

  /** What failed among the optional inputs, said beside the national pointers (never instead of them). */
  private get notices(): Notice[] {
    const notices: Notice[] = [];
    const state = this.source.viewState;
    if (state.kind === 'error') notices.push({ leadKey: 'trusted:localFailed', reasonKey: state.messageKey, values: state.values, retry: state.retry });
    if (this.localInvalid) notices.push({ leadKey: 'trusted:localFailed', reasonKey: 'error.invalid' });
    if (this.registryInvalid) notices.push({ leadKey: 'trusted:registryFallback', reasonKey: 'error.invalid' });
    return notices;
  }

  private choose = (topic: Topic): void => {
    this.chosen = topic;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.topic__title')?.focus());
  };

  private backToTopics = (): void => {
    this.chosen = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#topic-search')?.focus());
  };

  protected override renderContent(): TemplateResult {
    const t = this.translateKey;
    const resolution = this.chosen
      ? { topics: [this.chosen], unresolved: [], ask: false }
      : this.resolver.resolve({ topic: this.topic, topics: this.topics, code: this.code, mode: this.mode });
    const notices = this.notices.map((notice) => noticeTemplate(notice, t));
    const unresolved = unresolvedTemplate(resolution.unresolved, t);
    if (resolution.topics.length === 0) return html`${notices}${unresolved}${this.renderChooser(resolution.ask)}`;
    const { crisisLines, entries } = this.resolver.answer(resolution.topics, this.answerOptions);
    return html`${crisisTemplate(crisisLines, t, this.language)}${notices}${unresolved}
      ${entries.map((entry, index) => topicTemplate(entry, t, this.language, `topic-${index}`))}
      ${this.chosen ? html`<button type="button" class="link-button" @click=${this.backToTopics}>${this.t('trusted:otherTopic')}</button>` : nothing}`;
  }

  private renderChooser(asking: boolean): TemplateResult {
    // An urgent question brings its numbers to call at once, between the search box and the topics.
    const { topics: shown, crisisLines } = this.asked ?? this.resolver.ask(this.query, this.answerOptions);
    return html`<section class="ask" aria-labelledby="ask-title">
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
      ${crisisTemplate(crisisLines, this.translateKey, this.language)}
      ${shown.length > 0
        ? topicListTemplate(shown, this.language, this.choose)
        : html`<p role="status">${this.t('trusted:noTopicFound')}</p>${topicListTemplate(this.resolver.topics, this.language, this.choose)}`}
    </section>`;
  }
}
