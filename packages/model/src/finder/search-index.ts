/**
 * A small full-text index for initiatives: exact, prefix and typo-tolerant matches on normalised
 * Dutch terms, with field weights so a match in the name ranks first. It exists because it is
 * about a quarter of MiniSearch's size in the widget bundle and faster on this data; the
 * benchmark (`pnpm run bench`) runs it against MiniSearch and Fuse.js on the same queries.
 * Besides the words themselves it indexes the parts of compounds ("cafe" finds Taalcafé) and the
 * words residents use for the data's words (`searchWords`: "schulden" finds geldzaken).
 */
import { searchWords as defaultSearchWords, type SearchWords } from '../catalogue/search-words.ts';
import { runNow, sortInSteps, type Steps } from './steps.ts';
import { compoundPartsInSteps, foldDiacritics, normaliseTerm, stemDutch } from './text.ts';

export type FieldWeights<TField extends string> = Record<TField, number>;

export interface SearchIndexOptions {
  /** Words residents use for words of the data, per language; the model's own list when not given. */
  searchWords?: SearchWords | undefined;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** A prefix match counts for less than a whole word; a typo match for less again. */
const PREFIX_FACTOR = 0.6;
const TYPO_FACTOR = 0.4;
/**
 * A part of a compound ("cafe" in Taalcafé) and a resident's word for a word of the data
 * ("schulden" for geldzaken) are terms of their own, so prefix, typo and keystroke search treat
 * them as any word. They rank below every document that has the word as written: their weight is
 * the compound's or key's times `belowWrittenScale`, and among themselves a part counts twice as
 * much as a resident's word.
 */
const PART_FACTOR = 1;
const SEARCH_WORD_FACTOR = 0.5;
/**
 * Parts and residents' words match from the third letter typed: before that they would add tens
 * of thousands of documents to lists nobody reads ("be": benefits, bejaarden) and slow the first
 * keystroke.
 */
export const BORROWED_FROM_LENGTH = 3;

/**
 * A written word weighs more than half its field's weight (see `fill`); a document weighs at most
 * 1.5 times the sum of the field weights. This scale keeps any part or resident's word below the
 * first, whatever fields it comes from.
 */
export function belowWrittenScale(weights: Readonly<Record<string, number>>): number {
  const positive = Object.values(weights).filter((weight) => weight > 0);
  if (positive.length === 0) return 0;
  return (Math.min(...positive) * 0.5) / (1.5 * positive.reduce((sum, weight) => sum + weight, 0));
}

export function termsOf(text: string): string[] {
  return wordsOf(text).map((word) => word.term);
}

/** A searchable word as typed (folded) and as indexed (folded and stemmed). */
interface Word {
  folded: string;
  term: string;
}

function wordOf(token: string): Word | undefined {
  const term = normaliseTerm(token);
  return term ? { folded: foldDiacritics(token), term } : undefined;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const word = wordOf(token);
    if (word) words.push(word);
  }
  return words;
}

/** The words of a query, one per term: a second word with the same term adds nothing. */
function queryWordsOf(query: string): Word[] {
  return wordsOf(query).filter((word, index, all) => all.findIndex((other) => other.term === word.term) === index);
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

/**
 * Calls `visit` for each word (by position in `sortedWords`) whose first `typed.length + maxTypos`
 * letters are within `maxTypos` edits of `typed`, with that distance: the same words and distances
 * as `editDistanceWithin(typed, word.slice(0, typed.length + maxTypos), maxTypos)` over every word.
 * The sorted list is walked as a trie: words that share a start share its rows of the distance
 * table, and a start that is already too far off skips every word that begins with it.
 */
export function visitWordsWithinTypos(
  sortedWords: readonly string[],
  typed: string,
  maxTypos: number,
  visit: (position: number, distance: number) => void,
): void {
  const width = typed.length;
  const maxDepth = width + maxTypos;
  // rows[d][j]: distance between the word's first d letters and the first j letters typed.
  const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(width + 1));
  for (let j = 0; j <= width; j += 1) rows[0]![j] = j;
  let rowsWord = '';
  let rowsDepth = 0;
  let position = 0;
  while (position < sortedWords.length) {
    const word = sortedWords[position]!;
    const cut = Math.min(word.length, maxDepth);
    let depth = 0;
    const shared = Math.min(rowsDepth, cut);
    while (depth < shared && word.charCodeAt(depth) === rowsWord.charCodeAt(depth)) depth += 1;
    let tooFar = false;
    while (depth < cut) {
      const row = rows[depth + 1]!;
      const above = rows[depth]!;
      const twoAbove = rows[depth > 0 ? depth - 1 : 0]!;
      const letter = word.charCodeAt(depth);
      const previousLetter = depth > 0 ? word.charCodeAt(depth - 1) : -1;
      let rowMinimum = (row[0] = depth + 1);
      for (let j = 1; j <= width; j += 1) {
        const typedLetter = typed.charCodeAt(j - 1);
        let value = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (letter === typedLetter ? 0 : 1));
        if (depth > 0 && j > 1 && letter === typed.charCodeAt(j - 2) && previousLetter === typedLetter) value = Math.min(value, twoAbove[j - 2]! + 1);
        row[j] = value;
        if (value < rowMinimum) rowMinimum = value;
      }
      depth += 1;
      // No later row can come back under the limit (a swap too needs a cell under it in this row).
      if (rowMinimum > maxTypos) {
        tooFar = true;
        break;
      }
    }
    rowsWord = word;
    rowsDepth = depth;
    const distance = rows[depth]![width]!;
    if (tooFar || depth === maxDepth) {
      // Every word with this start is as far off, or is cut to this same start.
      const end = endOfStart(sortedWords, position, depth);
      if (!tooFar && distance <= maxTypos) for (let match = position; match < end; match += 1) visit(match, distance);
      position = end;
    } else {
      if (distance <= maxTypos) visit(position, distance);
      position += 1;
    }
  }
}

/** The first position after `from` whose word does not begin with the first `length` letters of the word at `from`. */
function endOfStart(sortedWords: readonly string[], from: number, length: number): number {
  const start = sortedWords[from]!.slice(0, length);
  // Gallop, then bisect: most starts are shared by a few words only.
  let step = 1;
  while (from + step < sortedWords.length && sortedWords[from + step]!.startsWith(start)) step *= 2;
  let low = from + (step >> 1) + 1;
  let high = Math.min(from + step, sortedWords.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sortedWords[middle]!.startsWith(start)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Documents in ascending order, with a term's weight in each. */
interface Posting {
  documents: number[];
  weights: number[];
}

/** What a term that is a part or a resident's word borrows: the compounds (term ids) and keys it is found by. */
interface Borrowed {
  compounds: number[];
  keys: Posting[];
}

export interface SearchHit {
  index: number;
  score: number;
}

export class SearchIndex<TField extends string> {
  private readonly weights: FieldWeights<TField>;
  private documentCount = 0;
  private readonly termIds = new Map<string, number>();
  private terms: string[] = [];
  /** Per term id: the documents it occurs in (ascending) and its weight in each. */
  private postingDocuments: number[][] = [];
  private postingWeights: number[][] = [];
  /**
   * Per term id, for parts of compounds and residents' words: the compounds and keys it is found
   * by, whose postings are read (shared, not copied) at `partScale` and `searchWordScale`. A
   * document's weight for the term is the best of its own and these; `scoreWord` takes the best.
   */
  private borrowed: (Borrowed | undefined)[] = [];
  private partScale = 0;
  private searchWordScale = 0;
  /** Per term id; NaN until first needed for some parts and residents' words (see `inverseFrequencyOf`). */
  private inverseFrequency = new Float64Array(0);
  /** Scratch space for counting a term's documents: the term id + 1 marks a document counted. */
  private counted?: Int32Array;
  /** Every term, sorted, with its id, for prefix lookups by binary search. */
  private sortedTerms: string[] = [];
  private sortedTermIds: number[] = [];
  /**
   * Words as written (folded, not stemmed), sorted, with the id of their term. Typos are measured
   * against these: "kofie" is one letter from "koffie", but two from its stem "koffi".
   */
  private typoWords: string[] = [];
  private typoWordTermIds: number[] = [];
  /** Scratch space for scoring, one slot per document, kept at zero between searches. */
  private wordScores = new Float64Array(0);
  private totalScores = new Float64Array(0);

  private readonly searchWords: SearchWords;

  constructor(documents: readonly Record<TField, string>[], weights: FieldWeights<TField>, options: SearchIndexOptions = {}) {
    this.weights = weights;
    this.searchWords = options.searchWords ?? defaultSearchWords;
    runNow(this.fill(documents));
  }

  /** Builds an index in small steps, for `runInSlices`. */
  static *build<TField extends string>(
    documents: readonly Record<TField, string>[],
    weights: FieldWeights<TField>,
    options: SearchIndexOptions = {},
  ): Steps<SearchIndex<TField>> {
    const index = new SearchIndex<TField>([], weights, options);
    yield* index.fill(documents);
    return index;
  }

  private termIdFor(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.terms.push(term) - 1;
      this.termIds.set(term, termId);
      this.postingDocuments.push([]);
      this.postingWeights.push([]);
    }
    return termId;
  }

  private *fill(documents: readonly Record<TField, string>[]): Steps<void> {
    const fields = Object.keys(this.weights) as TField[];
    // Texts repeat their words a lot: each distinct token is folded and stemmed once, to a term id (-1: not searchable).
    const termIdOfToken = new Map<string, number>();
    const termIdOfWord = new Map<string, number>();
    const termIdOf = (token: string): number => {
      const word = wordOf(token);
      if (!word) return -1;
      const termId = this.termIdFor(word.term);
      termIdOfWord.set(word.folded, termId);
      return termId;
    };
    const fieldTermIds: number[] = [];
    const seenInField: number[] = [];
    let fieldStamp = 0;
    for (let index = 0; index < documents.length; index += 1) {
      const document = documents[index]!;
      for (const field of fields) {
        fieldTermIds.length = 0;
        for (const token of document[field].match(TOKEN) ?? []) {
          let termId = termIdOfToken.get(token);
          if (termId === undefined) termIdOfToken.set(token, (termId = termIdOf(token)));
          if (termId >= 0) fieldTermIds.push(termId);
        }
        // A word in a short field (a name) says more than the same word in a long description.
        const lengthFactor = 1 / Math.sqrt(Math.max(fieldTermIds.length, 1));
        const weight = this.weights[field] * (0.5 + lengthFactor);
        fieldStamp += 1;
        for (const termId of fieldTermIds) {
          if (seenInField[termId] === fieldStamp) continue;
          seenInField[termId] = fieldStamp;
          const postingDocuments = this.postingDocuments[termId]!;
          const postingWeights = this.postingWeights[termId]!;
          const last = postingDocuments.length - 1;
          if (postingDocuments[last] === index) postingWeights[last]! += weight;
          else {
            postingDocuments.push(index);
            postingWeights.push(weight);
          }
        }
      }
      yield;
    }
    this.documentCount = documents.length;
    yield* this.addPartsAndSearchWords(termIdOfWord);
    this.inverseFrequency = Float64Array.from(this.postingDocuments, (documents, termId) => {
      const borrowed = this.borrowed[termId];
      if (!borrowed) return this.inverseFrequencyFor(documents.length);
      const lent = [...borrowed.compounds.map((compoundId) => this.postingDocuments[compoundId]!), ...borrowed.keys.map((key) => key.documents)];
      // Documents from several postings are counted when the term is first searched for (`inverseFrequencyOf`).
      return documents.length === 0 && lent.length === 1 ? this.inverseFrequencyFor(lent[0]!.length) : NaN;
    });
    this.sortedTermIds = yield* sortInSteps(
      this.terms.map((_, id) => id),
      (a, b) => compareStrings(this.terms[a]!, this.terms[b]!),
    );
    this.sortedTerms = this.sortedTermIds.map((id) => this.terms[id]!);
    this.typoWords = yield* sortInSteps([...termIdOfWord.keys()], compareStrings);
    this.typoWordTermIds = this.typoWords.map((word) => termIdOfWord.get(word)!);
    this.wordScores = new Float64Array(this.documentCount);
    this.totalScores = new Float64Array(this.documentCount);
  }

  /**
   * Makes each part of a compound, and each resident's word of a `searchWords` entry whose data
   * words the text has, a term that borrows the postings of the compounds or the data words (for
   * one of several words, such as the slug "gezond-leven", the documents with all of them, at the
   * least of their weights). Only words as written lend, so the order does not matter. The parts
   * and residents' words join `termIdOfWord`, so a typo in them is found too.
   */
  private *addPartsAndSearchWords(termIdOfWord: Map<string, number>): Steps<void> {
    const writtenTermCount = this.terms.length;
    const scale = belowWrittenScale(this.weights);
    this.partScale = scale * PART_FACTOR;
    this.searchWordScale = scale * SEARCH_WORD_FACTOR;
    const borrowedBy = (folded: string, term: string): Borrowed => {
      const termId = this.termIdFor(term);
      if (!termIdOfWord.has(folded)) termIdOfWord.set(folded, termId);
      return (this.borrowed[termId] ??= { compounds: [], keys: [] });
    };
    // Stop words are never terms, so a known word is one whose stem is a term.
    const parts = yield* compoundPartsInSteps([...termIdOfWord.keys()], (folded) => this.termIds.has(stemDutch(folded)));
    // The same parts come back in many compounds ("kring", "cafe"): each is looked up once.
    const borrowedByPart = new Map<string, Borrowed>();
    let step = 0;
    for (const [word, wordParts] of parts) {
      if ((step += 1) % 500 === 0) yield;
      const compoundId = termIdOfWord.get(word)!;
      for (const part of wordParts) {
        let borrowed = borrowedByPart.get(part);
        // A part is a known word, so never a stop word: its term is its stem.
        if (!borrowed) borrowedByPart.set(part, (borrowed = borrowedBy(part, stemDutch(part))));
        borrowed.compounds.push(compoundId);
      }
    }
    for (const { data, ...languages } of this.searchWords) {
      const residentsWords = Object.values(languages).flat().flatMap(wordsOf);
      for (const key of data) {
        const source = this.keyPosting(key, writtenTermCount);
        if (!source) continue;
        for (const word of residentsWords) if (!source.terms.has(word.term)) borrowedBy(word.folded, word.term).keys.push(source);
      }
    }
    yield;
    // Words that share a term (wandelgroep, wandelgroepen) give the same compound once.
    for (const borrowed of this.borrowed) if (borrowed && borrowed.compounds.length > 1) borrowed.compounds = [...new Set(borrowed.compounds)];
  }

  private inverseFrequencyFor(documentFrequency: number): number {
    return Math.log(1 + this.documentCount / documentFrequency);
  }

  /** A term's inverse document frequency; for a part or resident's word with several lenders, counted once, when first needed. */
  private inverseFrequencyOf(termId: number): number {
    const known = this.inverseFrequency[termId]!;
    if (!Number.isNaN(known)) return known;
    const { compounds, keys } = this.borrowed[termId]!;
    const counted = (this.counted ??= new Int32Array(this.documentCount));
    const stamp = termId + 1;
    let frequency = 0;
    for (const documents of [this.postingDocuments[termId]!, ...compounds.map((compoundId) => this.postingDocuments[compoundId]!), ...keys.map((key) => key.documents)]) {
      for (const index of documents) {
        if (counted[index] === stamp) continue;
        counted[index] = stamp;
        frequency += 1;
      }
    }
    return (this.inverseFrequency[termId] = this.inverseFrequencyFor(frequency));
  }

  private postingOf(termId: number): Posting {
    return { documents: this.postingDocuments[termId]!, weights: this.postingWeights[termId]! };
  }

  /**
   * The documents that have every written word of `key` (a slug has several), each with the least
   * of their weights, and its terms; undefined when some word of it is not written anywhere.
   */
  private keyPosting(key: string, writtenTermCount: number): (Posting & { terms: Set<string> }) | undefined {
    const termIds = [...new Set(wordsOf(key).map((word) => this.termIds.get(word.term) ?? writtenTermCount))];
    if (termIds.length === 0 || termIds.some((termId) => termId >= writtenTermCount)) return undefined;
    let { documents, weights } = this.postingOf(termIds[0]!);
    for (const termId of termIds.slice(1)) {
      const other = new Map(this.postingDocuments[termId]!.map((index, k) => [index, this.postingWeights[termId]![k]!]));
      const kept: Posting = { documents: [], weights: [] };
      documents.forEach((index, k) => {
        const weight = other.get(index);
        if (weight === undefined) return;
        kept.documents.push(index);
        kept.weights.push(Math.min(weights[k]!, weight));
      });
      ({ documents, weights } = kept);
    }
    return documents.length === 0 ? undefined : { documents, weights, terms: new Set(termIds.map((termId) => this.terms[termId]!)) };
  }

  /** Documents that match every word of the query, best first. */
  search(query: string): SearchHit[] {
    const scores: number[] = [];
    return this.rank(queryWordsOf(query), undefined, scores).map((index, i) => ({ index, score: scores[i]! }));
  }

  /** Positions of the documents that match every word of the query, best first. */
  searchPositions(query: string): number[] {
    return this.rank(queryWordsOf(query));
  }

  /**
   * The matches for `query` found among `previousMatches` (the matches for `previousQuery`, as
   * returned before), or undefined when `query` might match a document `previousQuery` did not.
   * Returns `previousMatches` itself when both queries come down to the same words.
   */
  searchWithin(query: string, previousQuery: string, previousMatches: readonly number[]): readonly number[] | undefined {
    const words = queryWordsOf(query);
    const previousWords = queryWordsOf(previousQuery);
    if (words.length === 0 || previousWords.length === 0) return undefined;
    if (words.length === previousWords.length && words.every((word, i) => word.folded === previousWords[i]!.folded)) return previousMatches;
    if (!previousWords.every((previous) => words.some((word) => this.matchesOnlyWithin(word, previous)))) return undefined;
    const within = new Uint8Array(this.documentCount);
    for (const index of previousMatches) within[index] = 1;
    return this.rank(words, within);
  }

  /** Whether every document `word` matches is one that `previous` matches. */
  private matchesOnlyWithin(word: Word, previous: Word): boolean {
    if (word.folded === previous.folded) return true;
    // From the third letter on, parts and residents' words match too.
    if (previous.term.length < BORROWED_FROM_LENGTH && word.term.length >= BORROWED_FROM_LENGTH && this.borrowsWithPrefix(word.term)) return false;
    // Prefix matches of a longer start are prefix matches of the shorter one; typo matches are not.
    if (this.hasPrefixMatch(word.term)) return word.term.startsWith(previous.term);
    // No prefix match and no typos allowed: it matches nothing at all.
    return allowedTypos(word.folded) === 0;
  }

  /** Documents matching every word (only those `within`, when given), best first; their scores go to `scores`. */
  private rank(words: Word[], within?: Uint8Array, scores?: number[]): number[] {
    if (words.length === 0) return [];
    const totals = this.totalScores;
    let matches: number[] = [];
    let firstMatches: number[] = [];
    for (let w = 0; w < words.length; w += 1) {
      const scored = this.scoreWord(words[w]!, within);
      if (w === 0) {
        firstMatches = matches = scored;
        for (const index of scored) totals[index] = this.wordScores[index]!;
      } else {
        const combined: number[] = [];
        for (const index of matches) {
          const score = this.wordScores[index]!;
          if (score === 0) continue;
          totals[index]! += score;
          combined.push(index);
        }
        matches = combined;
      }
      for (const index of scored) this.wordScores[index] = 0;
      if (matches.length === 0) break;
    }
    matches.sort((a, b) => totals[b]! - totals[a]! || a - b);
    if (scores) for (const index of matches) scores.push(totals[index]!);
    for (const index of firstMatches) totals[index] = 0;
    return matches;
  }

  /**
   * Best score per document for one query word, left in `wordScores`: the word itself, words it
   * starts, then near misses. Returns the documents scored (only those `within`, when given).
   */
  private scoreWord({ term, folded: typed }: Word, within: Uint8Array | undefined): number[] {
    const scores = this.wordScores;
    const scored: number[] = [];
    const withBorrowed = term.length >= BORROWED_FROM_LENGTH;
    const add = (termId: number, factor: number) => {
      const documents = this.postingDocuments[termId]!;
      const weights = this.postingWeights[termId]!;
      const inverseFrequency = this.inverseFrequencyOf(termId);
      for (let k = 0; k < documents.length; k += 1) {
        const index = documents[k]!;
        if (within && within[index] === 0) continue;
        const score = weights[k]! * inverseFrequency * factor;
        const before = scores[index]!;
        if (score > before) {
          if (before === 0) scored.push(index);
          scores[index] = score;
        }
      }
      const borrowed = withBorrowed ? this.borrowed[termId] : undefined;
      if (!borrowed) return;
      for (const compoundId of borrowed.compounds) {
        addBorrowed(this.postingDocuments[compoundId]!, this.postingWeights[compoundId]!, this.partScale, inverseFrequency, factor);
      }
      for (const key of borrowed.keys) addBorrowed(key.documents, key.weights, this.searchWordScale, inverseFrequency, factor);
    };
    // The same, for a posting borrowed from a compound or key: its weights count at its scale.
    const addBorrowed = (documents: readonly number[], weights: readonly number[], scale: number, inverseFrequency: number, factor: number) => {
      for (let k = 0; k < documents.length; k += 1) {
        const index = documents[k]!;
        if (within && within[index] === 0) continue;
        const score = weights[k]! * scale * inverseFrequency * factor;
        const before = scores[index]!;
        if (score > before) {
          if (before === 0) scored.push(index);
          scores[index] = score;
        }
      }
    };
    const first = this.lowerBound(term);
    for (let i = first; i < this.sortedTerms.length; i += 1) {
      const indexTerm = this.sortedTerms[i]!;
      if (!indexTerm.startsWith(term)) break;
      add(this.sortedTermIds[i]!, indexTerm === term ? 1 : PREFIX_FACTOR);
    }
    // Typos are looked for only when the word as typed finds nothing: cheaper, and no noise.
    const maxTypos = allowedTypos(typed);
    if (maxTypos > 0 && !this.hasPrefixMatch(term)) {
      // Compare what was typed with words as written, and the start of longer ones ("wandelgreop").
      visitWordsWithinTypos(this.typoWords, typed, maxTypos, (position, distance) => add(this.typoWordTermIds[position]!, TYPO_FACTOR / distance));
    }
    return scored;
  }

  /** Whether some term that `term` starts is a part or a resident's word. */
  private borrowsWithPrefix(term: string): boolean {
    for (let i = this.lowerBound(term); i < this.sortedTerms.length && this.sortedTerms[i]!.startsWith(term); i += 1) {
      if (this.borrowed[this.sortedTermIds[i]!]) return true;
    }
    return false;
  }

  private hasPrefixMatch(term: string): boolean {
    return this.sortedTerms[this.lowerBound(term)]?.startsWith(term) ?? false;
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

/** The order of `Array.prototype.sort()` without a comparator (by UTF-16 code units). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
