/**
 * Which topics a question is about, and what to show for them: topics by id, by a word residents
 * use or by a GP's ICPC-2 code; crisis lines first. One place for these rules, so every page that
 * shows trusted information (widget, site, CLI) answers the same question the same way.
 */
import type { TrustedPointer, TrustedPointerList } from '../trusted-pointer.ts';
import { foldDiacritics } from '../finder/text.ts';
import { URGENCY_RANK, pointersFor, type Topic, type TopicPointers } from './pointers.ts';

export type TopicLanguage = 'nl' | 'en' | 'ar';

/** What a page asks for, as a partner writes it in the widget's attributes. */
export interface TopicRequest {
  /** One topic, by id ("eenzaamheid") or by words residents use ("dood willen"). */
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
  crisisLines: TrustedPointer[];
  /** Per topic: its pointers, crisis lines first, then by urgency, local before national. */
  entries: TopicPointers[];
}

const NO_POINTERS_RANK = 3;
/** Parts of an id such as "alcohol-en-drugs" too short to mean a topic on their own ("en", "het"). */
const MIN_ID_PART_LENGTH = 4;

/** Digits (and a leading +) only: "0800-0113" and "0800 0113" are one number. */
const dialledNumber = (phone: string): string => phone.replace(/[^\d+]/g, '');

export class TrustedTopicResolver {
  readonly topics: readonly Topic[];
  /** The registry's pointers and, marked local, a partner's own. */
  readonly pointers: readonly TrustedPointer[];
  /** Per topic id, its most urgent pointer's rank: ties between topics go to the most urgent. */
  private readonly urgencyRank = new Map<string, number>();

  constructor(registry: Pick<TrustedPointerList, 'topics' | 'pointers'>, localPointers: readonly TrustedPointer[] = []) {
    this.topics = registry.topics ?? [];
    this.pointers = [...registry.pointers, ...localPointers.map((pointer) => ({ ...pointer, scope: 'local' as const }))];
    for (const pointer of this.pointers) {
      const rank = URGENCY_RANK[pointer.urgency];
      if (rank < (this.urgencyRank.get(pointer.topic) ?? NO_POINTERS_RANK)) this.urgencyRank.set(pointer.topic, rank);
    }
  }

  /**
   * A topic by its id, else by a word residents use ("schulden"), else by a part of its id
   * ("geweld"). When a word fits several topics, the one where help may be urgent wins.
   */
  find(asked: string): Topic | undefined {
    const wanted = foldDiacritics(asked.trim());
    if (!wanted) return undefined;
    return (
      this.mostUrgent(this.topics.filter((topic) => topic.id === wanted)) ??
      this.mostUrgent(this.topics.filter((topic) => topic.keywords?.some((keyword) => foldDiacritics(keyword) === wanted))) ??
      (wanted.length >= MIN_ID_PART_LENGTH ? this.mostUrgent(this.topics.filter((topic) => topic.id.split('-').includes(wanted))) : undefined)
    );
  }

  /** The topic a GP code leads to ("ICPC:P76", "p76"). */
  findByCode(code: string): Topic | undefined {
    const normalised = code.trim().toUpperCase().replace(/^(ICPC:)?/, 'ICPC:');
    return this.mostUrgent(this.topics.filter((topic) => topic.codes?.includes(normalised)));
  }

  /** Topics whose title, description or words match what a resident types; best match first, then the most urgent. */
  search(query: string, language: TopicLanguage): Topic[] {
    const words = foldDiacritics(query).split(/\s+/).filter((word) => word.length > 1);
    if (words.length === 0) return [...this.topics];
    return this.topics
      .map((topic) => {
        const title = foldDiacritics(`${topic.title[language] ?? ''} ${topic.title.nl}`);
        const rest = foldDiacritics(`${topic.description?.[language] ?? topic.description?.nl ?? ''} ${(topic.keywords ?? []).join(' ')}`);
        const score = words.reduce((sum, word) => sum + (title.includes(word) ? 2 : rest.includes(word) ? 1 : 0), 0);
        return { topic, score };
      })
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || this.rankOf(a.topic) - this.rankOf(b.topic))
      .map((entry) => entry.topic);
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

  /** The pointers for the topics found, with the numbers to call right now gathered above them. */
  answer(topics: readonly Topic[], options: { today: Date; hideOverdue?: boolean }): TrustedAnswer {
    const entries = topics.map((topic) => pointersFor(topic, this.pointers, options));
    const seen = new Set<string>();
    const crisisLines = entries
      .flatMap((entry) => entry.crisisLines)
      .filter((line) => {
        const number = dialledNumber(line.phone ?? '');
        if (seen.has(number)) return false;
        seen.add(number);
        return true;
      });
    return { crisisLines, entries };
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

/** Topics whose title, description or words match what a resident types, best first. */
export const searchTopics = (topics: readonly Topic[], query: string, language: TopicLanguage): Topic[] =>
  new TrustedTopicResolver({ topics: [...topics], pointers: [] }).search(query, language);
