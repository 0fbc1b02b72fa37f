/**
 * How a resident's words are compared with a topic's words, in Dutch, English and Arabic alike:
 * case, accents and Arabic vowel marks folded (suïcide = suicide, أريد = اريد), the smallest
 * words dropped, Arabic's attached article and endings cut (الوحدة → وحد), and a word taken to
 * match a longer one it starts (depressief → depressie, schuld → schulden).
 */

/**
 * Words that carry no topic in any of the three languages; "niet", "geen", "لا" do, so they stay,
 * and so does a word that is small in one language but not in another (Dutch "die", English "die").
 */
const STOP_WORDS = new Set([
  // Dutch
  'ik', 'je', 'jij', 'jou', 'u', 'uw', 'mijn', 'me', 'mij', 'we', 'wij', 'ze', 'zij', 'hij', 'hem', 'haar', 'het', 'de', 'een', 'en',
  'of', 'is', 'ben', 'bent', 'zijn', 'was', 'heb', 'hebt', 'heeft', 'met', 'van', 'in', 'op', 'aan', 'om', 'te', 'tot', 'wat', 'hoe',
  'waar', 'wie', 'er', 'dat', 'dit', 'deze', 'als', 'bij', 'naar', 'ook', 'zo', 'al', 'nog', 'wel', 'maar', 'dan', 'over',
  'heel', 'erg', 'echt', 'soms', 'vaak', 'toch', 'word', 'wordt',
  // English
  'i', 'a', 'an', 'the', 'to', 'am', 'is', 'are', 'me', 'of', 'and', 'or', 'on', 'at', 'for', 'with', 'about', 'it', 'im',
  'do', 'does', 'have', 'has', 'be', 'been', 'what', 'how', 'where', 'who', 'so', 'very', 'really', 'just',
  // Arabic, as folded below
  'انا', 'انت', 'هو', 'هي', 'نحن', 'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'هل', 'ما', 'ماذا', 'كيف', 'اين', 'متي', 'لي',
  'لدي', 'عندي', 'هذا', 'هذه', 'ذلك', 'جدا', 'قد', 'كان', 'يا', 'او', 'و',
]);

/** Arabic article and conjunctions fused to the front of a word, longest first. */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** Arabic endings (plural, feminine, "my", "me", "her"), longest first; ة is folded to ه already. */
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ني', 'ه', 'ي'];
/** An Arabic stem keeps at least three letters, the usual root. */
const ARABIC_MIN_STEM = 3;
const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** A topic's word inside a longer word asked: at its start with this many letters ("depressie" in depressief)… */
const MIN_PREFIX = 4;
/** …or at its end with this many ("geweld" in partnergeweld). */
const MIN_SUFFIX = 5;
/** A shorter word asked matches a topic's word it starts when only an ending is missing ("schuld" → schulden, not "kind" → kindermishandeling). */
const MAX_MISSING_ENDING = 3;

/** Arabic folded to one spelling: no vowel marks or hamza seats (NFKD does those), ى → ي, ة → ه, no tatweel, Western digits. */
function foldArabic(text: string): string {
  return text
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** Lower case, no accents or vowel marks, apostrophes gone ("can't" → "cant"), in any of the three languages. */
export function foldText(text: string): string {
  return foldArabic(text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()).replace(/['’‘`]/g, '');
}

function stemArabic(word: string): string {
  let stem = word;
  const prefix = ARABIC_PREFIXES.find((candidate) => stem.startsWith(candidate) && stem.length - candidate.length >= ARABIC_MIN_STEM);
  if (prefix) stem = stem.slice(prefix.length);
  const suffix = ARABIC_SUFFIXES.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= ARABIC_MIN_STEM);
  if (suffix) stem = stem.slice(0, -suffix.length);
  return stem;
}

/** The words of a text that can say what it is about, folded and (for Arabic) stemmed, in order. */
export function termsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) => (ARABIC_LETTER.test(word) ? stemArabic(word) : word));
}

/**
 * Whether a resident's word is a topic's word: the same; a longer form of it or a compound that
 * starts or ends with it (paniekaanvallen, partnergeweld); or the word without a short ending.
 */
export function termsMatch(asked: string, known: string): boolean {
  if (asked === known) return true;
  if (asked.length > known.length) {
    return (known.length >= MIN_PREFIX && asked.startsWith(known)) || (known.length >= MIN_SUFFIX && asked.endsWith(known));
  }
  return asked.length >= MIN_PREFIX && known.length - asked.length <= MAX_MISSING_ENDING && known.startsWith(asked);
}

/** Words that mean something inside a phrase ("wil dood", "want to die") but say nothing about a topic alone. */
const WEAK_WORDS = new Set(['wil', 'willen', 'wilt', 'niet', 'meer', 'geen', 'kan', 'kun', 'nodig', 'hulp', 'want', 'wanna', 'need', 'dont', 'cant', 'cannot', 'help', 'more', 'اريد', 'احتاج', 'مساعد']);

/** Whether a word says enough on its own to count a little towards a topic (not "my", "ik", "man" or "want"). */
export const isTellingWord = (word: string): boolean =>
  !WEAK_WORDS.has(word) && word.length >= (ARABIC_LETTER.test(word) ? ARABIC_MIN_STEM : MIN_PREFIX);

/**
 * Where a phrase's words stand together in what was asked, in any order ("slaat mijn man" has
 * "man slaat"), with no other word between: the positions covered, or undefined.
 */
export function phraseAt(asked: readonly string[], phrase: readonly string[]): number[] | undefined {
  const size = phrase.length;
  if (size === 0 || size > asked.length) return undefined;
  for (let start = 0; start + size <= asked.length; start += 1) {
    const window = asked.slice(start, start + size);
    const unused = [...phrase];
    const fits = window.every((word) => {
      const index = unused.findIndex((known) => termsMatch(word, known));
      if (index < 0) return false;
      unused.splice(index, 1);
      return true;
    });
    if (fits) return window.map((_word, offset) => start + offset);
  }
  return undefined;
}
