/**
 * Large synthetic feeds for benchmarks, with a vocabulary that keeps growing with the feed as real
 * text does (Heaps' law: distinct words ≈ K·tokensᵝ, β ≈ 0.5–0.7), so prefix and typo search
 * meet as many distinct words at 100,000 records as they would in a real feed that size.
 *
 * - Descriptions are drawn from a Pitman–Yor word process (discount 0.6): each next word is a new
 *   one with a probability that shrinks as the text grows, otherwise an earlier word in proportion
 *   to how often it was used. That gives Zipf-like frequencies and Heaps-like growth. New words
 *   are first the demo feed's own words, most frequent first ("de", "u", "koffie", "buurt", …),
 *   then mixed with made-up Dutch-looking words built from syllables (onset, vowel, coda).
 * - Names combine real activity words from the demo feed ("Taalcafé", "Wandelgroep") or made-up
 *   compounds ("Brakelclub") with a neighbourhood. Neighbourhoods, streets and organisations are
 *   new made-up names at a steady rate, so they grow with the feed too (about 1 neighbourhood per
 *   25 records, 1 organisation per 3).
 * - The seed feed's own records (the 67 demo initiatives, with their organisations and places)
 *   are planted unchanged, with their own ids, spread evenly through the feed. The held-out
 *   queries (held-out-queries.ts) name those ids, so recall can be measured at any size: see
 *   search.bench.ts for how ranks are counted among planted records.
 *
 * A seeded generator (mulberry32) makes every run measure the same data.
 */
import type { InitiativeFeed, Location, Organization, Schedule, Service } from '../src/initiative-feed.ts';
import { TARGET_GROUP_SLUGS, THEME_SLUGS } from '../src/catalogue/index.ts';
import { randomGenerator } from '../test/finder/synthetic-vocabulary.ts';

export const REAL_NEIGHBOURHOODS: readonly string[] = [
  'Selwerd', 'Paddepoel', 'Vinkhuizen', 'Beijum', 'Lewenborg', 'Oosterpark', 'De Wijert', 'Corpus den Hoorn',
  'Ruwaard', 'Schadewijk', 'Oss-Zuid', 'Krinkelhoek', 'Beverwaard', 'Feijenoord', 'Afrikaanderwijk', 'Bloemhof',
  'Hillesluis', 'Carnisse', 'Ommoord', 'Kanaleneiland', 'Overvecht', 'Lombok', 'Transvaal', 'Moerwijk',
  'Schilderswijk', 'Tarwewijk', 'Hoogvliet', 'Presikhaaf', 'Malburgen', 'Woensel-West', 'Doornakkers', 'Kruidenbuurt',
];
/** What partners call their activities, from the demo feed's names. */
const ACTIVITIES = [
  'Inloop', 'Buurtkamer', 'Buurtmaaltijd', 'Zondagmiddag', 'Klussendienst', 'Repair Café', 'Taalcafé', 'Huiswerkklas',
  'Wandelgroep', 'Gym voor 65-plussers', 'Welzijn op Recept', 'Kansrijke Start', 'Voedselpakket ophalen', 'Mantelzorgcafé',
  'Spreekuur', 'Buurttuin', 'Jongerenhonk', 'Ouderkamer', 'Gesprekskring', 'Huiskamer', 'Eetclub', 'Naaicafé',
  'Inloopspreekuur', 'Geldcafé', 'Beweegclub 55+', 'Mantelzorglunch', 'Herstelcafé', 'Taalmaatje', 'Ouder-en-kindochtend',
  'Digicafé', 'Moestuin', 'Werkcafé', 'Energiecoach', 'Stoelyoga', 'Meidenclub', 'Huiswerkclub', 'Kookclub', 'Sportmiddag',
  'Buurtcursus', 'Gespreksgroep', 'Koffieochtend', 'Buitenfit', 'Papierenhulp', 'Zwangerschapscafé', 'Open avond',
];
const COMPOUND_TAILS = ['café', 'club', 'groep', 'kamer', 'tuin', 'kring', 'ochtend', 'middag', 'avond', 'maatje', 'spreekuur', 'werkplaats', 'hulp', 'lunch'];
const ORGANISATION_FORMS = ['Stichting', 'Vereniging', 'Buurtvereniging', 'Bewonersvereniging', 'Welzijn', 'Wijkteam', 'Sportvereniging', 'Steunpunt', 'Wijkcentrum', 'Buurthuis'];
const PLACE_TAILS = ['wijk', 'hof', 'dorp', 'veen', 'horst', 'kamp', 'erf', 'hoven', 'broek', 'laar', 'zijl', 'dijk', 'meer', 'burg', 'rade', 'buurt', 'polder', 'weide'];
const STREET_TAILS = ['straat', 'laan', 'weg', 'plein', 'singel', 'kade', 'pad', 'hof', 'dreef', 'steeg'];
const ONSETS = ['b', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kl', 'kr', 'pl', 'sch', 'sl', 'sp', 'st', 'str', 'tr', 'vl', 'zw', 'bl', 'fr', 'gl', 'sn', 'j'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'ou', 'eu', 'ei', 'au'];
const CODAS = ['', '', '', '', '', 'k', 'l', 'm', 'n', 'r', 's', 't', 'ng', 'rt', 'lk', 'nd', 'ft', 'cht', 'rm', 'ls', 'mp'];
const WORD_ENDINGS = ['', '', '', '', 'en', 'ing', 'je', 'tje', 'e', 's', 'heid', 'lijk', 'er', 'ig'];

/** The resident-facing themes and target groups from the catalogue (not those only practices use). */
const THEMES = THEME_SLUGS.filter((slug) => slug !== 'samenwerking' && slug !== 'preventie');
const TARGET_GROUPS = TARGET_GROUP_SLUGS.filter((slug) => slug !== 'professionals');
const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'ti'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Pitman–Yor discount (≈ Heaps' β) and concentration of the description word process. */
const DISCOUNT = 0.6;
const CONCENTRATION = 20;
/** Share of new words taken from the demo feed's vocabulary while it lasts (after the first 60). */
const REAL_WORD_SHARE = 0.35;


const fold = (word: string) => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The seed feed's description and name words, most frequent first (ties: first seen first). */
function seedVocabulary(seedFeed: InitiativeFeed): string[] {
  const places = new Set(seedFeed.services.flatMap((service) => service.wijkwijzer?.neighbourhoods ?? []).map(fold));
  const counts = new Map<string, number>();
  for (const service of seedFeed.services) {
    for (const [token] of `${service.name} ${service.description ?? ''}`.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = token.toLowerCase();
      if (!places.has(fold(word)) && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** Makes words, names and text from one seeded generator. */
class Vocabulary {
  private readonly used = new Set<string>();
  private readonly real: string[];
  private realNext = 0;
  /** The word process: the type of every token so far, each type's word and count. */
  private readonly tokens: number[] = [];
  private readonly words: string[] = [];
  private readonly counts: number[] = [];

  readonly random: () => number;

  constructor(random: () => number, realWords: string[]) {
    this.random = random;
    this.real = realWords;
    for (const word of realWords) this.used.add(fold(word));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** A made-up Dutch-looking word, never one made before nor a real word of the seed feed. */
  madeUpWord(minSyllables = 1, maxSyllables = 3, ending = true): string {
    for (;;) {
      // Mostly short words: one syllable more than the least 55% of the time, two more 15%.
      const extra = this.random() < 0.45 ? 0 : this.random() < 0.7 ? 1 : 2;
      const syllables = Math.min(maxSyllables, minSyllables + extra);
      let word = '';
      for (let s = 0; s < syllables; s += 1) word += this.pick(ONSETS) + this.pick(NUCLEI) + this.pick(CODAS);
      if (ending) word += this.pick(WORD_ENDINGS);
      if (word.length >= 3 && !this.used.has(word)) {
        this.used.add(word);
        return word;
      }
    }
  }

  /** The next word of running text (Pitman–Yor process). */
  nextWord(): string {
    const tokenCount = this.tokens.length;
    const typeCount = this.words.length;
    let type: number;
    if (this.random() * (CONCENTRATION + tokenCount) < CONCENTRATION + DISCOUNT * typeCount) {
      type = typeCount;
      const fromSeed = this.realNext < this.real.length && (typeCount < 60 || this.random() < REAL_WORD_SHARE);
      this.words.push(fromSeed ? this.real[this.realNext++]! : this.madeUpWord());
      this.counts.push(0);
    } else {
      // An earlier token, then kept with probability (count − discount) / count.
      do type = this.tokens[Math.floor(this.random() * tokenCount)]!;
      while (this.random() >= (this.counts[type]! - DISCOUNT) / this.counts[type]!);
    }
    this.tokens.push(type);
    this.counts[type]! += 1;
    return this.words[type]!;
  }

  /** A few sentences of 7–13 words each, `min`–`max` words in all. */
  text(min: number, max: number): string {
    const length = min + Math.floor(this.random() * (max - min + 1));
    const sentences: string[] = [];
    let left = length;
    while (left > 0) {
      const size = Math.min(left, 7 + Math.floor(this.random() * 7));
      const words = Array.from({ length: size }, () => this.nextWord());
      sentences.push(`${capitalise(words.join(' '))}.`);
      left -= size;
    }
    return sentences.join(' ');
  }

  /** A word of running text long enough to start a compound. */
  root(): string {
    for (;;) {
      const word = this.nextWord();
      if (word.length >= 4 && /^\p{L}+$/u.test(word)) return word;
    }
  }
}

export function syntheticFeed(seedFeed: InitiativeFeed, count: number, seed = 2026): InitiativeFeed {
  const random = randomGenerator(seed);
  const vocabulary = new Vocabulary(random, seedVocabulary(seedFeed));
  const pick = <T>(items: readonly T[]): T => vocabulary.pick(items);
  const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];

  // The seed records, planted at evenly spread positions.
  const planted = new Map<number, Service>();
  const plantCount = Math.min(count, seedFeed.services.length);
  for (let j = 0; j < plantCount; j += 1) planted.set(Math.floor(((j + 0.5) * count) / plantCount), seedFeed.services[j]!);

  const places: string[] = [...REAL_NEIGHBOURHOODS];
  const newPlace = () => {
    const root = capitalise(vocabulary.madeUpWord(1, 2, false));
    const name = random() < 0.15 ? `${pick(['Oud', 'Nieuw', 'Groot', 'Klein'])}-${root}${pick(PLACE_TAILS)}` : `${root}${pick(PLACE_TAILS)}`;
    places.push(name);
    return name;
  };
  const organisationNames = new Set(seedFeed.organizations.map((organisation) => organisation.name));
  const organizations: Organization[] = [];
  const organisationPlace: string[] = [];
  const newOrganisation = (): number => {
    // About one new neighbourhood per 25 records: organisations are one per three, 12% of them somewhere new.
    const place = random() < 0.12 ? newPlace() : organisationPlace.length > 0 && random() < 0.7 ? pick(organisationPlace) : pick(places);
    let name = `${pick(ORGANISATION_FORMS)} ${random() < 0.5 ? place : capitalise(vocabulary.madeUpWord(1, 3))}`;
    while (organisationNames.has(name)) name = `${name} ${capitalise(vocabulary.madeUpWord(1, 2, false))}`;
    organisationNames.add(name);
    organizations.push({ id: `synthetic-organisation-${organizations.length}`, name });
    organisationPlace.push(place);
    return organizations.length - 1;
  };
  const streets: string[] = [];
  const street = () => {
    if (streets.length === 0 || random() < 0.4) streets.push(`${capitalise(vocabulary.madeUpWord(1, 2, false))}${pick(STREET_TAILS)}`);
    return `${pick(streets)} ${1 + Math.floor(random() * 200)}`;
  };

  const services: Service[] = [];
  const locations: Location[] = [];
  for (let index = 0; index < count; index += 1) {
    const seedService = planted.get(index);
    if (seedService) {
      services.push(seedService);
      continue;
    }
    const organisation =
      organizations.length === 0 || random() < 0.35 ? newOrganisation() : organizations.length - 1 - Math.floor(random() * Math.min(organizations.length, 40));
    const place = random() < 0.85 ? organisationPlace[organisation]! : pick(places);
    const shape = random();
    const name =
      shape < 0.4
        ? `${pick(ACTIVITIES)} ${place}`
        : shape < 0.55
          ? `${pick(ACTIVITIES)} bij ${organizations[organisation]!.name}`
          : shape < 0.85
            ? `${capitalise(vocabulary.root())}${pick(COMPOUND_TAILS)} ${place}`
            : `${pick(ACTIVITIES)}: ${vocabulary.text(2, 4).replace(/\.$/, '')}`;
    const locationId = `synthetic-location-${index}`;
    locations.push({
      id: locationId,
      location_type: 'physical',
      name: `${pick(['Buurthuis', 'Wijkcentrum', 'Buurtkamer', 'Bibliotheek', 'Sporthal'])} ${place}`,
      latitude: 51 + random() * 2.5,
      longitude: 4 + random() * 2.8,
      addresses: [{ address_1: street(), postal_code: `${1000 + Math.floor(random() * 8999)} ${pick(['AB', 'CD', 'EF', 'GH', 'KL'])}`, city: place }],
    });
    const schedule: Schedule =
      random() < 0.15
        ? { description: 'Op afspraak.' }
        : random() < 0.7
          ? { freq: 'WEEKLY', byday: some(DAYS, 2).join(','), opens_at: '10:00', closes_at: '12:00' }
          : { freq: 'MONTHLY', byday: `${1 + Math.floor(random() * 4)}${pick(DAYS)}`, opens_at: '19:00', closes_at: '21:00' };
    services.push({
      id: `synthetic-${index}`,
      organization_id: organizations[organisation]!.id,
      name,
      status: 'active',
      description: vocabulary.text(18, 45),
      schedules: [schedule],
      service_at_locations: [{ location_id: locationId }],
      wijkwijzer: {
        themes: some(THEMES, 3),
        target_groups: some(TARGET_GROUPS, 2),
        neighbourhoods: [place],
        languages: ['nl', ...some(LANGUAGES, 2).filter((language) => language !== 'nl')],
        cost: { free: random() < 0.7 },
        wheelchair_accessible: random() < 0.8,
      },
    });
  }
  return {
    ...seedFeed,
    demo: true,
    publisher: `Synthetic feed (${count} records)`,
    organizations: [...seedFeed.organizations, ...organizations],
    services,
    locations: [...(seedFeed.locations ?? []), ...locations],
  };
}

/** The distinct words (folded) a finder would index in a feed: names, organisations, descriptions, neighbourhoods. */
export function distinctWordCount(feed: InitiativeFeed): { tokens: number; distinct: number } {
  const organisations = new Map(feed.organizations.map((organisation) => [organisation.id, organisation.name]));
  const distinct = new Set<string>();
  let tokens = 0;
  for (const service of feed.services) {
    const text = `${service.name} ${organisations.get(service.organization_id) ?? ''} ${service.description ?? ''} ${(service.wijkwijzer?.neighbourhoods ?? []).join(' ')}`;
    for (const [token] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      tokens += 1;
      distinct.add(fold(token));
    }
  }
  return { tokens, distinct: distinct.size };
}
