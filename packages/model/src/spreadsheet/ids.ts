/**
 * Ids for records made from a spreadsheet: the same name gives the same id on every import, in
 * any script, and two different names never share one.
 *
 * Latin letters with accents are transliterated (Café → cafe, Straße → strasse, Kadın → kadin).
 * Other scripts are not: a Latin spelling of Arabic without its vowels is ambiguous and means
 * little to either reader, so a name with letters outside Latin gets a short hash of the whole
 * name instead (`org-1k3x9za`, or `stichting-1k3x9za` for "Stichting الأمل").
 */

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

/** A name as its owner meant it: composed accents, single spaces, no space around it. */
export function normaliseName(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower case, accents taken off, compatibility forms (ﬁ, ĳ, full-width letters) spelled out. */
function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŧŋ]/g, (letter) => LATIN_LETTERS[letter]!);
}

const MAX_SLUG_LENGTH = 80;

/** The name in a–z, 0–9 and hyphens, at most 80 characters; empty when nothing Latin remains. */
export function latinSlug(text: string): string {
  return foldLatin(text).replace(/[^a-z0-9]+/g, '-').slice(0, MAX_SLUG_LENGTH).replace(/^-+|-+$/g, '');
}

/** Whether the name has letters or digits that a Latin slug cannot show. */
function hasNonLatinLettersOrDigits(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(foldLatin(text).replace(/[a-z0-9]/g, ''));
}

/**
 * A short stable hash (FNV-1a, 32 bits, base 36) of the normalised name: the same in every
 * browser and in Node, and no `crypto` needed, since it only tells names apart.
 */
export function nameHash(text: string, seed = 0x811c9dc5): string {
  let hash = seed;
  for (const byte of new TextEncoder().encode(normaliseName(text))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The id a record gets on its own: the slug of its label, with a hash of its key when letters
 * were left out. The key is what makes the record itself (for an activity: name, organisation
 * and place); it defaults to the label.
 */
export function stableId(label: string, prefix: string, key = label): string {
  const slug = latinSlug(label);
  if (!slug) return `${prefix}-${nameHash(key)}`;
  return hasNonLatinLettersOrDigits(label) ? `${slug}-${nameHash(key)}` : slug;
}

export interface IdRequest {
  /** What makes the record itself; equal keys are one record. */
  key: string;
  /** What the id is spelled from. */
  label: string;
}

/**
 * Ids for distinct records, by key. Records whose ids would be equal ("Café Oost" and "Cafe
 * Oost") all get a hash of their key, not just the later one, so an id does not depend on the
 * order of the rows.
 */
export function assignStableIds(requests: Iterable<IdRequest>, prefix: string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const { key, label } of requests) if (!byKey.has(key)) byKey.set(key, label);
  const byId = new Map<string, string[]>();
  for (const [key, label] of byKey) {
    const id = stableId(label, prefix, key);
    byId.set(id, [...(byId.get(id) ?? []), key]);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const [id, sharing] of byId) {
    for (const key of sharing) {
      let unique = sharing.length === 1 ? id : `${latinSlug(byKey.get(key)!) || prefix}-${nameHash(key)}`;
      // Two keys with the same 32-bit hash: astronomically rare, still never one id for both.
      for (let seed = 1; taken.has(unique); seed++) unique = `${unique}-${nameHash(key, seed)}`;
      taken.add(unique);
      ids.set(key, unique);
    }
  }
  return ids;
}
