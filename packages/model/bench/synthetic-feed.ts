/**
 * Large synthetic feeds for benchmarks: realistic records made by varying a seed feed (the
 * demo feed) — names, neighbourhoods, places, themes and schedules — with a seeded random
 * generator, so every run measures the same data.
 */
import type { InitiativeFeed, Schedule, Service } from '../src/initiative-feed.ts';

const NEIGHBOURHOODS = [
  'Selwerd', 'Paddepoel', 'Vinkhuizen', 'Beijum', 'Lewenborg', 'Oosterpark', 'De Wijert', 'Corpus den Hoorn',
  'Ruwaard', 'Schadewijk', 'Oss-Zuid', 'Krinkelhoek', 'Beverwaard', 'Feijenoord', 'Afrikaanderwijk', 'Bloemhof',
  'Hillesluis', 'Carnisse', 'Ommoord', 'Kanaleneiland', 'Overvecht', 'Lombok', 'Transvaal', 'Moerwijk',
  'Schilderswijk', 'Tarwewijk', 'Hoogvliet', 'Presikhaaf', 'Malburgen', 'Woensel-West', 'Doornakkers', 'Kruidenbuurt',
];
const THEMES = ['eenzaamheid', 'ontmoeten', 'bewegen', 'gezond-leven', 'geldzaken', 'eten', 'opvoeden', 'jongeren', 'taal', 'werk-en-meedoen', 'psychische-gezondheid', 'mantelzorg', 'wonen', 'zingeving'];
const TARGET_GROUPS = ['iedereen', 'ouderen', 'jongeren', 'kinderen', 'ouders', 'nieuwkomers', 'mantelzorgers', 'mensen-met-psychische-kwetsbaarheid', 'mensen-met-weinig-geld'];
const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'ti'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** mulberry32: small, fast, good enough to vary test data reproducibly. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function syntheticFeed(seedFeed: InitiativeFeed, count: number, seed = 2026): InitiativeFeed {
  const random = randomGenerator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];
  const services: Service[] = [];
  const locations: InitiativeFeed['locations'] = [];
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
    const schedule: Schedule =
      random() < 0.15
        ? { description: 'Op afspraak.' }
        : random() < 0.7
          ? { freq: 'WEEKLY', byday: some(DAYS, 2).join(','), opens_at: '10:00', closes_at: '12:00' }
          : { freq: 'MONTHLY', byday: `${1 + Math.floor(random() * 4)}${pick(DAYS)}`, opens_at: '19:00', closes_at: '21:00' };
    services.push({
      ...base,
      id: `${base.id}-${index}`,
      name: `${base.name} ${neighbourhood}`,
      schedules: [schedule],
      service_at_locations: [{ location_id: locationId }],
      wijkwijzer: {
        ...base.wijkwijzer,
        themes: some(THEMES, 3),
        target_groups: some(TARGET_GROUPS, 2),
        neighbourhoods: [neighbourhood],
        languages: ['nl', ...some(LANGUAGES, 2).filter((language) => language !== 'nl')],
        cost: { free: random() < 0.7 },
        wheelchair_accessible: random() < 0.8,
      },
    });
  }
  return { ...seedFeed, demo: true, publisher: `Synthetic feed (${count} records)`, services, locations };
}
