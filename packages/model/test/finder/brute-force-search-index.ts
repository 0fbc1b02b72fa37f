/**
 * The search index as it was before typo search got a trie (issue #10): every query word that
 * finds nothing is compared with every word of the vocabulary. Slow, obviously right, and the
 * reference the fast index must agree with, score for score.
 */
import { allowedTypos, editDistanceWithin, type FieldWeights, type SearchHit } from '../../src/finder/search-index.ts';
import { foldDiacritics, normaliseTerm } from '../../src/finder/text.ts';

const TOKEN = /[\p{L}\p{N}]+/gu;
const PREFIX_FACTOR = 0.6;
const TYPO_FACTOR = 0.4;

function wordsOf(text: string): { folded: string; term: string }[] {
  const words: { folded: string; term: string }[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    const term = normaliseTerm(token);
    if (term) words.push({ folded: foldDiacritics(token), term });
  }
  return words;
}

/** Words within `maxTypos` of `typed`, measured against their first `typed.length + maxTypos` letters. */
export function bruteForceTypoMatches(words: Iterable<string>, typed: string, maxTypos: number): Map<string, number> {
  const matches = new Map<string, number>();
  for (const word of words) {
    const distance = editDistanceWithin(typed, word.slice(0, typed.length + maxTypos), maxTypos);
    if (distance !== Infinity) matches.set(word, distance);
  }
  return matches;
}

export class BruteForceSearchIndex<TField extends string> {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly sortedTerms: string[];
  private readonly termOfWord = new Map<string, string>();
  private readonly documentCount: number;

  constructor(documents: readonly Record<TField, string>[], weights: FieldWeights<TField>) {
    documents.forEach((document, index) => {
      for (const field of Object.keys(weights) as TField[]) {
        const words = wordsOf(document[field]);
        for (const word of words) this.termOfWord.set(word.folded, word.term);
        const terms = words.map((word) => word.term);
        const lengthFactor = 1 / Math.sqrt(Math.max(terms.length, 1));
        for (const term of new Set(terms)) {
          let posting = this.postings.get(term);
          if (!posting) this.postings.set(term, (posting = new Map()));
          posting.set(index, (posting.get(index) ?? 0) + weights[field] * (0.5 + lengthFactor));
        }
      }
    });
    this.sortedTerms = [...this.postings.keys()].sort();
    this.documentCount = documents.length;
  }

  search(query: string): SearchHit[] {
    const queryWords = wordsOf(query).filter((word, index, all) => all.findIndex((other) => other.term === word.term) === index);
    if (queryWords.length === 0) return [];
    let scores: Map<number, number> | undefined;
    for (const word of queryWords) {
      const termScores = this.scoresFor(word.term, word.folded);
      if (termScores.size === 0) return [];
      if (!scores) {
        scores = termScores;
        continue;
      }
      const combined = new Map<number, number>();
      for (const [index, score] of scores) {
        const other = termScores.get(index);
        if (other !== undefined) combined.set(index, score + other);
      }
      if (combined.size === 0) return [];
      scores = combined;
    }
    return [...scores!].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score || a.index - b.index);
  }

  private scoresFor(term: string, typed: string): Map<number, number> {
    const scores = new Map<number, number>();
    const add = (indexTerm: string, factor: number) => {
      const posting = this.postings.get(indexTerm)!;
      const idf = Math.log(1 + this.documentCount / posting.size);
      for (const [index, weight] of posting) {
        const score = weight * idf * factor;
        if (score > (scores.get(index) ?? 0)) scores.set(index, score);
      }
    };
    for (const indexTerm of this.sortedTerms) if (indexTerm.startsWith(term)) add(indexTerm, indexTerm === term ? 1 : PREFIX_FACTOR);
    const maxTypos = allowedTypos(typed);
    if (scores.size === 0 && maxTypos > 0) {
      for (const [word, distance] of bruteForceTypoMatches(this.termOfWord.keys(), typed, maxTypos)) add(this.termOfWord.get(word)!, TYPO_FACTOR / distance);
    }
    return scores;
  }
}
