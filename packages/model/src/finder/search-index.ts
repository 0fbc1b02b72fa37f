/**
 * A small full-text index for initiatives: exact, prefix and typo-tolerant matches on normalised
 * Dutch terms, with field weights so a match in the name ranks first. It exists because it is
 * about a quarter of MiniSearch's size in the widget bundle and faster on this data; the
 * benchmark (`pnpm run bench`) runs it against MiniSearch and Fuse.js on the same queries.
 */
import { foldDiacritics, normaliseTerm } from './text.ts';

export type FieldWeights<TField extends string> = Record<TField, number>;

const TOKEN = /[\p{L}\p{N}]+/gu;
/** A prefix match counts for less than a whole word; a typo match for less again. */
const PREFIX_FACTOR = 0.6;
const TYPO_FACTOR = 0.4;

export function termsOf(text: string): string[] {
  return wordsOf(text).map((word) => word.term);
}

/** Each searchable word as typed (folded) and as indexed (folded and stemmed). */
function wordsOf(text: string): { folded: string; term: string }[] {
  const words: { folded: string; term: string }[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    const term = normaliseTerm(token);
    if (term) words.push({ folded: foldDiacritics(token), term });
  }
  return words;
}

/** Optimal-string-alignment distance (a swap of two letters counts as one), or Infinity above `max`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return Infinity;
    previousPrevious = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : Infinity;
}

/** How many typos a query term may have: none for short words, then one per five letters, at most two. */
export function allowedTypos(term: string): number {
  return Math.min(2, Math.floor(term.length / 5));
}

export interface SearchHit {
  index: number;
  score: number;
}

export class SearchIndex<TField extends string> {
  /** term → (document index → weight of the term in that document) */
  private readonly postings = new Map<string, Map<number, number>>();
  /** Every term, sorted, for prefix lookups by binary search. */
  private readonly sortedTerms: string[];
  /**
   * Words as written (folded, not stemmed) → their indexed term. Typos are measured against these:
   * "kofie" is one letter from "koffie", but two from its stem "koffi".
   */
  private readonly termOfWord = new Map<string, string>();
  private readonly documentCount: number;

  constructor(documents: readonly Record<TField, string>[], weights: FieldWeights<TField>) {
    documents.forEach((document, index) => {
      for (const field of Object.keys(weights) as TField[]) {
        const words = wordsOf(document[field]);
        for (const word of words) this.termOfWord.set(word.folded, word.term);
        const terms = words.map((word) => word.term);
        // A word in a short field (a name) says more than the same word in a long description.
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

  /** Documents that match every word of the query, best first. */
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

  /** Best score per document for one query term: the word itself, words it starts, then near misses. */
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
    for (let i = this.lowerBound(term); i < this.sortedTerms.length; i += 1) {
      const indexTerm = this.sortedTerms[i]!;
      if (!indexTerm.startsWith(term)) break;
      add(indexTerm, indexTerm === term ? 1 : PREFIX_FACTOR);
    }
    // Typos are looked for only when the word as typed finds nothing: cheaper, and no noise.
    const maxTypos = allowedTypos(typed);
    if (scores.size === 0 && maxTypos > 0) {
      // Compare what was typed with words as written, and the start of longer ones ("wandelgreop").
      for (const [word, indexTerm] of this.termOfWord) {
        const distance = editDistanceWithin(typed, word.slice(0, typed.length + maxTypos), maxTypos);
        if (distance !== Infinity) add(indexTerm, TYPO_FACTOR / distance);
      }
    }
    return scores;
  }

  private lowerBound(term: string): number {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sortedTerms[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
