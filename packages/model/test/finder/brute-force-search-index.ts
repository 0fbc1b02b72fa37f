/**
 * The search index as it was before typo search got a trie (issue #10): every query word that
 * finds nothing is compared with every word of the vocabulary. Slow, obviously right, and the
 * reference the fast index must agree with, score for score. Compound parts and residents' words
 * (issue #14) are added as the definition says: per document and term the best of the written
 * weight and the scaled weights of the compounds and keys it comes from.
 */
import type { SearchWords } from '../../src/catalogue/search-words.ts';
import { allowedTypos, belowWrittenScale, BORROWED_FROM_LENGTH, editDistanceWithin, type FieldWeights, type SearchHit } from '../../src/finder/search-index.ts';
import { compoundParts, foldDiacritics, normaliseTerm } from '../../src/finder/text.ts';

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
  /** Without parts and residents' words, which a query term shorter than BORROWED_FROM_LENGTH does not match. */
  private writtenPostings = new Map<string, Map<number, number>>();
  private readonly sortedTerms: string[];
  private readonly termOfWord = new Map<string, string>();
  private readonly documentCount: number;

  constructor(documents: readonly Record<TField, string>[], weights: FieldWeights<TField>, searchWords: SearchWords) {
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
    this.addDerived(weights, searchWords);
    this.sortedTerms = [...this.postings.keys()].sort();
    this.documentCount = documents.length;
  }

  private addDerived(weights: FieldWeights<TField>, searchWords: SearchWords): void {
    const written = this.postings;
    const derived = new Map<string, Map<number, number>>();
    const scale = belowWrittenScale(weights);
    const offer = (term: string, folded: string, source: Map<number, number>, factor: number) => {
      if (!this.termOfWord.has(folded)) this.termOfWord.set(folded, term);
      let posting = derived.get(term);
      if (!posting) derived.set(term, (posting = new Map(written.get(term))));
      for (const [index, weight] of source) posting.set(index, Math.max(posting.get(index) ?? 0, weight * factor));
    };
    const wordsAsWritten = [...this.termOfWord.keys()];
    const parts = compoundParts(wordsAsWritten, (folded) => {
      const term = normaliseTerm(folded);
      return term !== null && written.has(term);
    });
    for (const [word, wordParts] of parts) {
      const compound = this.termOfWord.get(word)!;
      for (const part of wordParts) {
        const term = normaliseTerm(part);
        if (term !== null && term !== compound) offer(term, part, written.get(compound)!, scale);
      }
    }
    for (const { data, ...languages } of searchWords) {
      for (const key of data) {
        const keyTerms = [...new Set(wordsOf(key).map((word) => word.term))];
        if (keyTerms.length === 0 || !keyTerms.every((term) => written.has(term))) continue;
        const source = new Map<number, number>();
        for (const [index, weight] of written.get(keyTerms[0]!)!) {
          const all = keyTerms.map((term) => written.get(term)!.get(index));
          if (all.every((value) => value !== undefined)) source.set(index, Math.min(weight, ...(all as number[])));
        }
        if (source.size === 0) continue;
        for (const phrase of Object.values(languages).flat()) {
          for (const word of wordsOf(phrase)) if (!keyTerms.includes(word.term)) offer(word.term, word.folded, source, scale * 0.5);
        }
      }
    }
    this.writtenPostings = new Map(written);
    for (const [term, posting] of derived) this.postings.set(term, posting);
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
      const idf = Math.log(1 + this.documentCount / this.postings.get(indexTerm)!.size);
      const posting = term.length >= BORROWED_FROM_LENGTH ? this.postings.get(indexTerm)! : (this.writtenPostings.get(indexTerm) ?? new Map<number, number>());
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
