/**
 * Synthetic feeds for the finder's scale figures and property tests: the demo feed's services
 * varied by neighbourhood, facets and schedule, with descriptions that draw on a large made-up
 * Dutch-looking vocabulary, so typo search meets a realistic number of distinct words.
 * Seeded, so every run sees the same data.
 */
const NEIGHBOURHOODS = ['Selwerd', 'Paddepoel', 'Vinkhuizen', 'Beijum', 'Lewenborg', 'Oosterpark', 'De Wijert', 'Ruwaard', 'Beverwaard', 'Feijenoord', 'Bloemhof', 'Ommoord', 'Overvecht', 'Lombok', 'Transvaal', 'Moerwijk'];
const THEMES = ['eenzaamheid', 'ontmoeten', 'bewegen', 'gezond-leven', 'geldzaken', 'eten', 'opvoeden', 'jongeren', 'taal', 'werk-en-meedoen', 'mantelzorg', 'wonen'];
const TARGET_GROUPS = ['iedereen', 'ouderen', 'jongeren', 'kinderen', 'ouders', 'nieuwkomers', 'mantelzorgers'];
const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'ti'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ONSETS = ['b', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kl', 'kr', 'pl', 'sch', 'sl', 'sp', 'st', 'str', 'tr', 'vl', 'zw'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'ou', 'eu', 'é'];
const CODAS = ['', '', 'k', 'l', 'm', 'n', 'r', 's', 't', 'ng', 'rt', 'lk', 'nd', 'ft', 'cht'];
const ENDINGS = ['', '', '', 'en', 'ing', 'je', 'tje', 'e', 's', 'heid', 'lijk'];

/** mulberry32: small, fast, good enough to vary test data reproducibly. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `size` distinct Dutch-looking words of one to four syllables. */
export function dutchLookingWords(size: number, random: () => number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 1 + Math.floor(random() * 4);
    let word = '';
    for (let s = 0; s < syllables; s += 1) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    words.add(word + pick(ENDINGS));
  }
  return [...words];
}

interface SeedFeed {
  organizations: unknown[];
  services: Record<string, unknown>[];
}

/** A feed of `count` services (plus one location each), as plain JSON like a partner would send. */
export function syntheticFeedWithVocabulary(seedFeed: SeedFeed, count: number, options: { seed?: number; vocabularySize?: number } = {}) {
  const random = randomGenerator(options.seed ?? 2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];
  const vocabulary = dutchLookingWords(options.vocabularySize ?? 20_000, random);
  // Zipf-like: a few words are common, most are rare, as in real text.
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
  const services: Record<string, unknown>[] = [];
  const locations: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = seedFeed.services[index % seedFeed.services.length]!;
    const neighbourhood = pick(NEIGHBOURHOODS);
    const locationId = `synthetic-location-${index}`;
    locations.push({
      id: locationId,
      location_type: 'physical',
      name: `Buurthuis ${neighbourhood}`,
      latitude: 51 + random() * 2.5,
      longitude: 4 + random() * 2.8,
      addresses: [{ address_1: `Dorpsstraat ${1 + (index % 200)}`, postal_code: `${1000 + (index % 8999)} AB`, city: neighbourhood }],
    });
    const schedule =
      random() < 0.15
        ? { description: 'Op afspraak.' }
        : random() < 0.7
          ? { freq: 'WEEKLY', byday: some(DAYS, 2).join(','), opens_at: '10:00', closes_at: '12:00' }
          : { freq: 'MONTHLY', byday: `${1 + Math.floor(random() * 4)}${pick(DAYS)}`, opens_at: '19:00', closes_at: '21:00' };
    const extraWords = Array.from({ length: 5 + Math.floor(random() * 20) }, word).join(' ');
    services.push({
      ...base,
      id: `${String(base.id)}-${index}`,
      name: `${String(base.name)} ${word()} ${neighbourhood}`,
      description: `${String(base.description ?? '')} ${extraWords}.`,
      status: random() < 0.03 ? 'inactive' : 'active',
      schedules: [schedule],
      service_at_locations: [{ location_id: locationId }],
      wijkwijzer: {
        ...(base.wijkwijzer as object),
        themes: some(THEMES, 3),
        target_groups: some(TARGET_GROUPS, 2),
        neighbourhoods: [neighbourhood],
        languages: ['nl', ...some(LANGUAGES, 2).filter((language) => language !== 'nl')],
        cost: { free: random() < 0.7 },
        wheelchair_accessible: random() < 0.8,
      },
    });
  }
  return { demo: true, publisher: `Synthetic feed (${count} records)`, organizations: seedFeed.organizations, services, locations };
}
