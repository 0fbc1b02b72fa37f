/**
 * Names that are probably meant to be the same: "Café Oost" and "Cafe Oost", "Buurtwerk oost"
 * and "Buurtwerk Oost", "جمعية الأمل" with and without hamza, a one-letter typo. They are not
 * merged (two organisations can have nearly the same name) but reported, so the partner decides.
 */

/** Arabic letters that people write one way or the other for the same word. */
const ARABIC_VARIANTS: Record<string, string> = { 'ة': 'ه', 'ى': 'ي', 'ـ': '' };

/** What is left of a name when case, accents, spaces, punctuation and spelling variants go. */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ةىـ]/g, (letter) => ARABIC_VARIANTS[letter]!)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether two strings are at most one edit (insert, delete, change) apart. */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [[...a], [...b]] : [[...b], [...a]];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = (from: string[], start: number) => from.slice(start).join('');
  return short.length === long.length ? rest(short, i + 1) === rest(long, i + 1) : rest(short, i) === rest(long, i + 1);
}

/** Short names one letter apart ("Wijk 1", "Wijk 2") are different things, not typos. */
const MIN_LENGTH_FOR_TYPOS = 8;

export function areNearDuplicates(a: string, b: string): boolean {
  const keyA = comparisonKey(a);
  const keyB = comparisonKey(b);
  if (keyA === keyB) return keyA !== '';
  // "Buurthuis 1" and "Buurthuis 2" are two places, not a typo.
  const withoutDigits = (key: string) => key.replace(/\p{N}/gu, '');
  if (withoutDigits(keyA) === withoutDigits(keyB)) return false;
  return Math.min(keyA.length, keyB.length) >= MIN_LENGTH_FOR_TYPOS && withinOneEdit(keyA, keyB);
}

/** Each pair of different names that look alike, in the order the names came. */
export function nearDuplicatePairs(names: readonly string[]): [earlier: string, later: string][] {
  const pairs: [string, string][] = [];
  names.forEach((later, index) => {
    for (const earlier of names.slice(0, index)) if (earlier !== later && areNearDuplicates(earlier, later)) pairs.push([earlier, later]);
  });
  return pairs;
}
