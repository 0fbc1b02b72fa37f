import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeInitiatives } from '../../src/finder/merge.ts';
import { prepareFinderFromFeeds } from '../../src/finder/several-feeds.ts';
import { readInitiativeFeed, type Initiative } from '../../src/finder/initiatives.ts';

function feed(publisher: string | undefined, services: { id: string; name: string; address?: string }[]) {
  return {
    ...(publisher ? { publisher } : {}),
    organizations: [{ id: 'org', name: publisher ?? 'Partner' }],
    locations: services.flatMap((service) =>
      service.address
        ? [{ id: `loc-${service.id}`, name: 'Buurthuis', location_type: 'physical', addresses: [{ address_1: service.address, city: 'Groningen', postal_code: '9741 AB', country: 'NL' }] }]
        : [],
    ),
    services: services.map((service) => ({
      id: service.id,
      organization_id: 'org',
      name: service.name,
      status: 'active',
      ...(service.address ? { service_at_locations: [{ location_id: `loc-${service.id}` }] } : {}),
    })),
  };
}

function initiatives(data: unknown): Initiative[] {
  const read = readInitiativeFeed(data);
  assert.ok(read.ok, JSON.stringify(read));
  assert.deepEqual(read.skipped, []);
  return read.initiatives;
}

describe('mergeInitiatives: several partners in one finder', () => {
  const municipality = { name: 'Gemeente Groningen' };
  const welfare = { name: 'WIJ Groningen' };

  it('keeps each partner’s activities, in feed order, each saying where it comes from', () => {
    const merged = mergeInitiatives([
      { source: municipality, initiatives: initiatives(feed(undefined, [{ id: 'a', name: 'Taalcafé' }])) },
      { source: welfare, initiatives: initiatives(feed(undefined, [{ id: 'b', name: 'Wandelgroep' }])) },
    ]);
    assert.deepEqual(
      merged.map((initiative) => [initiative.id, initiative.name, initiative.sources?.map((source) => source.name)]),
      [
        ['a', 'Taalcafé', ['Gemeente Groningen']],
        ['b', 'Wandelgroep', ['WIJ Groningen']],
      ],
    );
  });

  it('shows an activity two partners publish once, with both as sources: by id, or by name at the same address', () => {
    const merged = mergeInitiatives([
      { source: municipality, initiatives: initiatives(feed(undefined, [{ id: 'uuid-1', name: 'Taalcafé' }, { id: 'm-2', name: 'Repair Café', address: 'Hoofdweg 1' }])) },
      { source: welfare, initiatives: initiatives(feed(undefined, [{ id: 'uuid-1', name: 'Taalcafé' }, { id: 'w-9', name: 'Repair cafe', address: 'hoofdweg 1' }])) },
    ]);
    assert.deepEqual(
      merged.map((initiative) => [initiative.name, initiative.sources?.map((source) => source.name)]),
      [
        ['Taalcafé', ['Gemeente Groningen', 'WIJ Groningen']],
        ['Repair Café', ['Gemeente Groningen', 'WIJ Groningen']],
      ],
    );
  });

  it('never merges on a guess: the same name elsewhere, or one id for two different activities, stay apart', () => {
    const merged = mergeInitiatives([
      { source: municipality, initiatives: initiatives(feed(undefined, [{ id: '1', name: 'Koffieochtend', address: 'Hoofdweg 1' }])) },
      { source: welfare, initiatives: initiatives(feed(undefined, [{ id: '1', name: 'Wandelgroep' }, { id: '7', name: 'Koffieochtend', address: 'Zijweg 3' }])) },
    ]);
    assert.deepEqual(
      merged.map((initiative) => initiative.id),
      ['1', '1~2', '7'],
    );
    assert.equal(new Set(merged.map((initiative) => initiative.id)).size, merged.length, 'ids stay unique');
  });
});

describe('prepareFinderFromFeeds', () => {
  it('reads each feed on its own, names each by its publisher, and searches them as one', async () => {
    const { finder, reads } = await prepareFinderFromFeeds([
      { source: { name: 'https://gemeente.example/feed.json' }, data: feed('Gemeente Groningen', [{ id: 'a', name: 'Taalcafé' }]) },
      { source: { name: 'welzijn.example' }, data: { services: 'not a list' } },
      { source: { name: 'corporatie.example' }, data: feed(undefined, [{ id: 'b', name: 'Buurttuin' }]) },
    ]);
    assert.deepEqual(reads.map((read) => read.ok), [true, false, true]);
    assert.deepEqual(
      finder.initiatives.map((initiative) => [initiative.name, initiative.sources?.[0]?.name]),
      [
        ['Buurttuin', 'corporatie.example'],
        ['Taalcafé', 'Gemeente Groningen'],
      ],
    );
  });
});
