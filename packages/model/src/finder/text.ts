/**
 * How Dutch search text is normalised, the same way for the index and for what residents type:
 * case and accents folded (café = cafe), common endings cut (wandelen → wandel, so "wandel"
 * finds wandelen and wandelgroep), and the smallest words dropped. Compounds are split by the
 * text's own words (`compoundParts`), so "cafe" finds Taalcafé.
 */
import { runNow, type Steps } from './steps.ts';

const STOP_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'op', 'in', 'met', 'aan', 'te', 'the', 'and', 'of', 'for']);
/** Longest first; a stem keeps at least four letters. */
const DUTCH_ENDINGS = ['tjes', 'jes', 'tje', 'ing', 'en', 'je', 's', 'e'];
/** Most words end in none of them: one look at the last letter says so. */
const ENDING_LAST_LETTERS = new Set(DUTCH_ENDINGS.map((ending) => ending.charCodeAt(ending.length - 1)));

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function stemDutch(word: string): string {
  if (word.length <= 5 || !ENDING_LAST_LETTERS.has(word.charCodeAt(word.length - 1))) return word;
  for (const ending of DUTCH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return undoubled(word.slice(0, -ending.length));
  }
  return word;
}

/** A plural doubles the last consonant of a short vowel: pakketten → pakket, like the singular. */
function undoubled(stem: string): string {
  const last = stem.charCodeAt(stem.length - 1);
  return stem.length > 4 && last === stem.charCodeAt(stem.length - 2) && !VOWELS.has(stem[stem.length - 1]!) ? stem.slice(0, -1) : stem;
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** The search term of a word that is already folded, or null for a word too small to search on. */
export function termOfFolded(folded: string): string | null {
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stemDutch(folded);
}

/** One search term as index and query see it, or null for a word too small to search on. */
export function normaliseTerm(term: string): string | null {
  return termOfFolded(foldDiacritics(term));
}

/**
 * The shortest part of a compound: shorter starts are mostly prefixes (ont-, ver-, be-), and
 * shorter ends mostly endings, not words.
 */
export const MIN_PART_LENGTH = 4;
/** Dutch joins the parts of a compound with -s-, -e- or -en- (zwangerschapscafé, boekenkast). */
const LINKING_LETTERS = ['en', 's', 'e'];
/** Size of the table of word starts (2^18 entries): few false hits at 100,000 distinct words. */
const START_BITS = 18;
/** A hash of the four letters at `at`, in [0, 2^START_BITS). */
function startAt(word: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + MIN_PART_LENGTH; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> (32 - START_BITS);
}
/** About a millisecond of work between yields. */
const WORDS_PER_STEP = 500;
/**
 * Dutch suffixes. An end that is one of them with at most one letter before it is that suffix,
 * not the head of a compound, even where it is a word too: vereni-ging, vergade-ring, kwets-baar.
 */
const SUFFIXES = ['ing', 'end', 'ende', 'eren', 'heid', 'lijk', 'lijke', 'baar', 'schap'];
const isSuffix = (end: string) => end.length <= 6 && SUFFIXES.some((suffix) => end.length - suffix.length <= 1 && end.endsWith(suffix));

/**
 * The parts of the compounds among `words` (folded, each once), found with the text's own
 * vocabulary rather than a dictionary, so it works for any feed and any made-up name.
 * `isKnown` says whether a folded string is a word of the text (or stems to one); it must accept
 * only strings that begin with the first four letters of one of `words`.
 *
 * A head is a known word that follows a chain of known words (with linking -s-/-e(n)-) in some
 * word: taalcafé shows that "café" is one, and then digicafé has it too, while "ontmoeten" does
 * not give "eten" unless some word ends in "eten" after a known word. A word ending in a head has
 * it as a part, and the known words chained between its start and the head (huiswerkklas: klas,
 * werk). The first word of a chain is not given: searching for a word's start finds it already.
 *
 * Returns, for each word that splits, its parts (folded, linking letters dropped), each once.
 */
export function compoundParts(words: readonly string[], isKnown: (folded: string) => boolean): Map<string, string[]> {
  return runNow(compoundPartsInSteps(words, isKnown));
}

/** `compoundParts` in small steps, for an index built in slices. */
export function* compoundPartsInSteps(words: readonly string[], isKnown: (folded: string) => boolean): Steps<Map<string, string[]>> {
  const knownStart = (segment: string): string | undefined => {
    if (isKnown(segment)) return segment;
    for (const link of LINKING_LETTERS) {
      if (segment.length - link.length >= MIN_PART_LENGTH && segment.endsWith(link)) {
        const bare = segment.slice(0, -link.length);
        if (isKnown(bare)) return bare;
      }
    }
    return undefined;
  };
  // A known word begins like some word (stems keep the first four letters): where no word begins
  // with the four letters at a position, no known word starts there. A hashed table of those
  // starts skips most positions without making a string.
  const starts = new Uint8Array(1 << START_BITS);
  for (const word of words) if (word.length >= MIN_PART_LENGTH) starts[startAt(word, 0)] = 1;
  const mayStartAt = (word: string, at: number) => starts[startAt(word, at)] === 1;
  yield;
  // Words that end in a known word, where (`ends`), and the words in the middle of chains of known
  // words from their start, by where the chain reaches (most chains have none: nothing is made).
  const candidates: { word: string; ends: number[]; middles: Map<number, string[]> | undefined }[] = [];
  const heads = new Set<string>();
  let reached = new Uint8Array(64);
  for (let w = 0; w < words.length; w += 1) {
    if (w % WORDS_PER_STEP === 0) yield;
    const word = words[w]!;
    if (word.length < 2 * MIN_PART_LENGTH) continue;
    let ends: number[] | undefined;
    for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at += 1) {
      if (!mayStartAt(word, at)) continue;
      const end = word.slice(at);
      if (!isSuffix(end) && isKnown(end)) (ends ??= []).push(at);
    }
    if (!ends) continue;
    const lastEnd = ends[ends.length - 1]!;
    if (reached.length <= lastEnd) reached = new Uint8Array(2 * lastEnd);
    reached.fill(0, 0, lastEnd + 1);
    reached[0] = 1;
    let middles: Map<number, string[]> | undefined;
    for (let from = 0; from <= lastEnd - MIN_PART_LENGTH; from += 1) {
      if (reached[from] === 0) continue;
      for (let to = from + MIN_PART_LENGTH; to <= lastEnd; to += 1) {
        // Only worth knowing when a head or another known word can follow.
        if (!ends.includes(to) && (to > lastEnd - MIN_PART_LENGTH || !mayStartAt(word, to))) continue;
        const start = knownStart(word.slice(from, to));
        if (start === undefined) continue;
        reached[to] = 1;
        const before = middles?.get(from);
        if (from === 0 && !before) continue;
        middles ??= new Map();
        middles.set(to, [...(middles.get(to) ?? []), ...(before ?? []), ...(from > 0 ? [start] : [])]);
      }
    }
    for (const at of ends) if (reached[at] === 1) heads.add(word.slice(at));
    candidates.push({ word, ends, middles });
  }
  const parts = new Map<string, string[]>();
  for (const [c, { word, ends, middles }] of candidates.entries()) {
    if (c % WORDS_PER_STEP === 0) yield;
    const found: string[] = [];
    for (const at of ends) {
      const head = word.slice(at);
      if (!heads.has(head)) continue;
      for (const part of [head, ...(middles?.get(at) ?? [])]) if (!found.includes(part)) found.push(part);
    }
    if (found.length > 0) parts.set(word, found);
  }
  return parts;
}
