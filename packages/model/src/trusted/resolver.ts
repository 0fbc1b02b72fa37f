/**
 * Which topics a question is about, and what to show for them: topics by id, by the words
 * residents use (in Dutch, English or Arabic) or by a GP's ICPC-2 code; crisis lines first.
 * One place for these rules, so every page that shows trusted information (widget, site, CLI)
 * answers the same question the same way.
 */
import type { TrustedPointer, TrustedPointerList } from '../trusted-pointer.ts';
import { foldText } from './words.ts';
import { TopicMatcher, type TopicMatch } from './matching.ts';
import { URGENCY_RANK, dialledNumber, pointersFor, type CrisisLine, type Topic, type TopicPointers } from './pointers.ts';
import type { TextLanguage } from './text.ts';

export type TopicLanguage = TextLanguage;

/** What a page asks for, as a partner writes it in the widget's attributes. */
export interface TopicRequest {
  /** One topic, by id ("eenzaamheid") or by words residents use ("dood willen", "suicide", "انتحار"). */
  topic?: string | null;
  /** Several topics by id or word, separated by spaces. */
  topics?: string | null;
  /** A GP code (ICPC-2): "ICPC:P76", or just "P76". */
  code?: string | null;
  /** "ask": let the resident choose ("Waar gaat uw vraag over?"). */
  mode?: string | null;
}

/** Part of a request that leads to no topic, to be said out loud rather than shown as an empty box. */
export type UnresolvedRequest = { kind: 'unknownTopic'; asked: string } | { kind: 'unknownCode'; code: string };

export interface TopicResolution {
  /** The topics found, in the order asked, each once. */
  topics: Topic[];
  unresolved: UnresolvedRequest[];
  /** Let the resident choose: the page asked for it, or asked for nothing at all. */
  ask: boolean;
}

/** What to show for the topics found. */
export interface TrustedAnswer {
  /** Numbers to call right now, across all topics, each number once (112 belongs to several topics). */
  crisisLines: CrisisLine[];
  /** Per topic: its pointers, crisis lines first, then by urgency, local before national. */
  entries: TopicPointers[];
}

/** What a resident's question in "ask" mode leads to. */
export interface AskAnswer {
  /** The topics to offer, best first; a topic where help may be needed now comes before all others. */
  topics: Topic[];
  /** Topics with crisis lines that the question is clearly about ("ik wil dood", "my husband hits me"). */
  urgent: Topic[];
  /** Their numbers to call, shown at once, without a tap. */
  crisisLines: CrisisLine[];
}

export interface AnswerOptions {
  today: Date;
  hideOverdue?: boolean;
}

const NO_POINTERS_RANK = 3;
/** Parts of an id such as "alcohol-en-drugs" too short to mean a topic on their own ("en", "het"). */
const MIN_ID_PART_LENGTH = 4;

export class TrustedTopicResolver {
  readonly topics: readonly Topic[];
  /** The registry's pointers and, marked local, a partner's own. */
  readonly pointers: readonly TrustedPointer[];
  /** Per topic id, its most urgent pointer's rank: ties between topics go to the most urgent. */
  private readonly urgencyRank = new Map<string, number>();
  /** Topic ids with a number to call right now. */
  private readonly withCrisisLines = new Set<string>();
  private readonly matcher: TopicMatcher;

  constructor(registry: Pick<TrustedPointerList, 'topics' | 'pointers'>, localPointers: readonly TrustedPointer[] = []) {
    this.topics = registry.topics ?? [];
    this.pointers = [...registry.pointers, ...localPointers.map((pointer) => ({ ...pointer, scope: 'local' as const }))];
    for (const pointer of this.pointers) {
      const rank = URGENCY_RANK[pointer.urgency];
      if (rank < (this.urgencyRank.get(pointer.topic) ?? NO_POINTERS_RANK)) this.urgencyRank.set(pointer.topic, rank);
      if (pointer.urgency === 'now' && (pointer.phones?.length ?? 0) > 0) this.withCrisisLines.add(pointer.topic);
    }
    this.matcher = new TopicMatcher(this.topics);
  }

  /**
   * A topic by its id, else by a word residents use ("schulden", "Suïcide"), else by a part of
   * its id ("geweld"), else the topic a sentence is clearly about ("mijn man slaat mij"). When a
   * word fits several topics, the one where help may be urgent wins.
   */
  find(asked: string): Topic | undefined {
    const wanted = foldText(asked.trim());
    if (!wanted) return undefined;
    const best = this.rank(asked)[0];
    return (
      this.mostUrgent(this.topics.filter((topic) => topic.id === wanted)) ??
      this.mostUrgent(this.matcher.withKeyword(asked)) ??
      (wanted.length >= MIN_ID_PART_LENGTH ? this.mostUrgent(this.topics.filter((topic) => topic.id.split('-').includes(wanted))) : undefined) ??
      (best?.whole ? best.topic : undefined)
    );
  }

  /** The topic a GP code leads to ("ICPC:P76", "p76"). */
  findByCode(code: string): Topic | undefined {
    const normalised = code.trim().toUpperCase().replace(/^(ICPC:)?/, 'ICPC:');
    return this.mostUrgent(this.topics.filter((topic) => topic.codes?.includes(normalised)));
  }

  /** Whether a topic has a number to call right now. */
  isUrgent(topic: Topic): boolean {
    return this.withCrisisLines.has(topic.id);
  }

  /**
   * Topics that fit what a resident types, in any of the three languages, best first: a topic
   * with crisis lines that the question is clearly about comes first, then by how much of the
   * question a topic explains, then the most urgent. Before anything is typed: every topic.
   */
  search(query: string): Topic[] {
    if (!foldText(query).trim()) return [...this.topics];
    return this.rank(query).map((match) => match.topic);
  }

  /** What "ask" mode shows for a question: the topics, and the numbers to call at once when it is urgent. */
  ask(query: string, options: AnswerOptions): AskAnswer {
    if (!foldText(query).trim()) return { topics: [...this.topics], urgent: [], crisisLines: [] };
    const ranked = this.rank(query);
    const urgent = ranked.filter((match) => this.isClearlyUrgent(match)).map((match) => match.topic);
    return { topics: ranked.map((match) => match.topic), urgent, crisisLines: this.answer(urgent, options).crisisLines };
  }

  /** The topics a request asks for (code first, then `topic`, then each of `topics`), and what led nowhere. */
  resolve(request: TopicRequest): TopicResolution {
    const topics: Topic[] = [];
    const unresolved: UnresolvedRequest[] = [];
    const code = request.code?.trim();
    if (code) {
      const topic = this.findByCode(code);
      if (topic) topics.push(topic);
      else unresolved.push({ kind: 'unknownCode', code });
    }
    const asked = [request.topic?.trim(), ...(request.topics ?? '').split(/\s+/)].filter((name): name is string => Boolean(name));
    for (const name of asked) {
      const topic = this.find(name);
      if (!topic) unresolved.push({ kind: 'unknownTopic', asked: name });
      else if (!topics.includes(topic)) topics.push(topic);
    }
    return { topics, unresolved, ask: request.mode === 'ask' || (topics.length === 0 && unresolved.length === 0) };
  }

  /** The pointers for the topics found, with the numbers to call right now gathered above them, each number once. */
  answer(topics: readonly Topic[], options: AnswerOptions): TrustedAnswer {
    const entries = topics.map((topic) => pointersFor(topic, this.pointers, options));
    const shown = new Set<string>();
    const crisisLines = entries
      .flatMap((entry) => entry.crisisLines)
      .map((pointer) => ({
        pointer,
        phones: (pointer.phones ?? []).filter((phone) => {
          const number = dialledNumber(phone.number);
          if (shown.has(number)) return false;
          shown.add(number);
          return true;
        }),
      }))
      .filter((line) => line.phones.length > 0);
    return { crisisLines, entries };
  }

  private isClearlyUrgent(match: TopicMatch): boolean {
    return match.whole && this.isUrgent(match.topic);
  }

  /** The topics a question touches, best first (see `search`). */
  private rank(query: string): TopicMatch[] {
    return this.matcher
      .match(query)
      .sort(
        (a, b) =>
          Number(this.isClearlyUrgent(b)) - Number(this.isClearlyUrgent(a)) ||
          b.score - a.score ||
          this.rankOf(a.topic) - this.rankOf(b.topic),
      );
  }

  private rankOf(topic: Topic): number {
    return this.urgencyRank.get(topic.id) ?? NO_POINTERS_RANK;
  }

  /** The most urgent of the candidates; the registry's order among equals. */
  private mostUrgent(candidates: readonly Topic[]): Topic | undefined {
    return candidates.reduce<Topic | undefined>((best, topic) => (!best || this.rankOf(topic) < this.rankOf(best) ? topic : best), undefined);
  }
}

/** A topic by id or by a word residents use, in a list of topics (without pointers: no urgency to weigh). */
export const findTopic = (topics: readonly Topic[], asked: string): Topic | undefined =>
  new TrustedTopicResolver({ topics: [...topics], pointers: [] }).find(asked);

/** The topic a GP code (ICPC-2, e.g. "ICPC:P76" or "P76") leads to. */
export const findTopicByCode = (topics: readonly Topic[], code: string): Topic | undefined =>
  new TrustedTopicResolver({ topics: [...topics], pointers: [] }).findByCode(code);

/** Topics whose names or words match what a resident types, in any of the three languages, best first. */
export const searchTopics = (topics: readonly Topic[], query: string): Topic[] =>
  new TrustedTopicResolver({ topics: [...topics], pointers: [] }).search(query);
