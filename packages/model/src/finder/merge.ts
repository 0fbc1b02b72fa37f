/**
 * Several partners in one finder: a municipality, a welfare organisation and a housing
 * corporation each keep their own feed, and residents see one list. The same activity published
 * by two partners (the same id with the same name, or the same name at the same address) is one
 * initiative with both partners as its sources. Nothing else is merged: near-matches stay apart.
 */
import type { FeedSource, Initiative } from './initiatives.ts';
import { foldDiacritics } from './text.ts';

export interface FeedInitiatives {
  source: FeedSource;
  initiatives: readonly Initiative[];
}

const comparable = (text: string) => foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** What says "this is that activity": its id with its name, and its name with each address. */
function sameActivityKeys(initiative: Initiative): string[] {
  const name = comparable(initiative.name);
  const keys = [`id\u0000${initiative.id}\u0000${name}`];
  for (const { location } of initiative.places) {
    for (const address of location.addresses ?? []) keys.push(`at\u0000${name}\u0000${comparable(address.address_1)}\u0000${comparable(address.postal_code)}`);
  }
  return keys;
}

/**
 * One list from several feeds, in feed order; each initiative says which feeds it comes from.
 * Two different activities that happen to share an id keep both, the later one under
 * `<id>~<feed number>`, so a finder can still tell them apart.
 */
export function mergeInitiatives(feeds: readonly FeedInitiatives[]): Initiative[] {
  const merged: (Initiative & { sources: FeedSource[] })[] = [];
  const byKey = new Map<string, Initiative & { sources: FeedSource[] }>();
  const ids = new Set<string>();
  feeds.forEach(({ source, initiatives }, feedIndex) => {
    for (const initiative of initiatives) {
      const keys = sameActivityKeys(initiative);
      const existing = keys.map((key) => byKey.get(key)).find((found) => found !== undefined);
      if (existing) {
        if (!existing.sources.some((known) => known.name === source.name && known.url === source.url)) existing.sources.push(source);
        for (const key of keys) if (!byKey.has(key)) byKey.set(key, existing);
        continue;
      }
      const id = ids.has(initiative.id) ? `${initiative.id}~${feedIndex + 1}` : initiative.id;
      const copy = { ...initiative, id, sources: [source] };
      ids.add(id);
      merged.push(copy);
      for (const key of keys) byKey.set(key, copy);
    }
  });
  return merged;
}
