/**
 * Which topics a resident's question is about, from the words residents use (the registry's
 * keywords per language) and the topic's names, in Dutch, English and Arabic at once: a resident
 * on a Dutch page may type "lonely", one on an Arabic page may type "zelfmoord".
 */
import type { Topic } from './pointers.ts';
import { TEXT_LANGUAGES } from './text.ts';
import { foldText, isTellingWord, phraseAt, termsMatch, termsOf } from './words.ts';

/** How well a question fits one topic. */
export interface TopicMatch {
  topic: Topic;
  /** Words of the question the topic explains: 1 for each inside a whole phrase of the topic, ½ for a lone shared word. */
  score: number;
  /** At least one of the topic's phrases stands whole in the question ("man slaat" in "mijn man slaat mij"). */
  whole: boolean;
}

/** A topic's words per language, whatever form the list gave them in (a plain list is Dutch). */
export function keywordsOf(topic: Topic): string[] {
  const keywords = topic.keywords;
  if (!keywords) return [];
  if (Array.isArray(keywords)) return keywords;
  return TEXT_LANGUAGES.flatMap((language) => keywords[language] ?? []);
}

interface IndexedTopic {
  topic: Topic;
  /** Each keyword and each name, as terms. */
  phrases: string[][];
  /** The keywords as written, folded, for an exact match on the `topic` attribute. */
  exact: Set<string>;
}

/** Half a point for a word the topic shares but not in one of its whole phrases. */
const LONE_WORD = 0.5;

export class TopicMatcher {
  private readonly indexed: IndexedTopic[];

  constructor(topics: readonly Topic[]) {
    this.indexed = topics.map((topic) => {
      const names = TEXT_LANGUAGES.flatMap((language) => (topic.title[language] ? [topic.title[language]] : []));
      const keywords = keywordsOf(topic);
      const phrases = [...keywords, ...names].map(termsOf).filter((terms) => terms.length > 0);
      const exact = new Set(keywords.flatMap((keyword) => [foldText(keyword).trim(), termsOf(keyword).join(' ')]));
      return { topic, phrases, exact };
    });
  }

  /** Topics with a keyword that is exactly what was asked, in any spelling ("Suïcide", "dood  willen"). */
  withKeyword(asked: string): Topic[] {
    const folded = foldText(asked).trim();
    const terms = termsOf(asked).join(' ');
    return this.indexed.filter(({ exact }) => exact.has(folded) || (terms !== '' && exact.has(terms))).map(({ topic }) => topic);
  }

  /** Every topic the question touches, in the topics' order, with how well it fits. */
  match(question: string): TopicMatch[] {
    const asked = termsOf(question);
    if (asked.length === 0) return [];
    return this.indexed.flatMap(({ topic, phrases }) => {
      const inPhrase = new Set<number>();
      const alone = new Set<number>();
      for (const phrase of phrases) {
        phraseAt(asked, phrase)?.forEach((position) => inPhrase.add(position));
        asked.forEach((word, position) => {
          if (isTellingWord(word) && phrase.some((known) => termsMatch(word, known))) alone.add(position);
        });
      }
      const score = inPhrase.size + LONE_WORD * [...alone].filter((position) => !inPhrase.has(position)).length;
      return score > 0 ? [{ topic, score, whole: inPhrase.size > 0 }] : [];
    });
  }
}
