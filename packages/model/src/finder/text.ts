/**
 * How Dutch search text is normalised, the same way for the index and for what residents type:
 * case and accents folded (café = cafe), common endings cut (wandelen → wandel, so "wandel"
 * finds wandelen and wandelgroep), and the smallest words dropped.
 */
const STOP_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'op', 'in', 'met', 'aan', 'te', 'the', 'and', 'of', 'for']);
/** Longest first; a stem keeps at least four letters. */
const DUTCH_ENDINGS = ['tjes', 'jes', 'tje', 'ing', 'en', 'je', 's', 'e'];

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function stemDutch(word: string): string {
  if (word.length <= 5) return word;
  for (const ending of DUTCH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/** One search term as index and query see it, or null for a word too small to search on. */
export function normaliseTerm(term: string): string | null {
  const folded = foldDiacritics(term);
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stemDutch(folded);
}
