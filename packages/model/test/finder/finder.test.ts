import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_FILTERS, InitiativeFinder, type FinderFilters } from '../../src/finder/finder.ts';
import { readInitiativeFeed, type Initiative } from '../../src/finder/initiatives.ts';
import { parsePlainDate } from '../../src/finder/schedule.ts';
import { foldDiacritics, normaliseTerm, stemDutch } from '../../src/finder/text.ts';

const WEDNESDAY = parsePlainDate('2026-11-25');

function service(id: string, name: string, extra: Record<string, unknown> = {}, extension: Record<string, unknown> = {}) {
  return { id, organization_id: 'org', name, status: 'active', ...extra, wijkwijzer: extension };
}

const feed = {
  organizations: [{ id: 'org', name: 'Welzijn Noord' }],
  locations: [
    { id: 'near', location_type: 'physical', latitude: 53.233, longitude: 6.553 },
    { id: 'far', location_type: 'physical', latitude: 51.885, longitude: 4.56 },
  ],
  services: [
    service('walk', 'Wandelgroep Selwerd', { description: 'Samen wandelen door de wijk.', schedules: [{ freq: 'WEEKLY', byday: 'WE' }], service_at_locations: [{ location_id: 'far' }] }, { themes: ['bewegen', 'ontmoeten'], neighbourhoods: ['Selwerd'], cost: { free: true }, wheelchair_accessible: false }),
    service('cafe', 'Taalcafé De Brug', { description: 'Nederlands oefenen bij een kop koffie.', schedules: [{ freq: 'WEEKLY', byday: 'TU' }], service_at_locations: [{ location_id: 'near' }] }, { themes: ['taal', 'ontmoeten'], neighbourhoods: ['Selwerd'], languages: ['nl', 'ar'], cost: { free: true }, wheelchair_accessible: true }),
    service('money', 'Hulp bij geldzaken', { description: 'Een vrijwilliger helpt met uw post en rekeningen; ook bij het wandelen naar de bank.' }, { themes: ['geldzaken'], neighbourhoods: ['Beverwaard'], cost: { free: false } }),
    service('ended', 'Oude soos', { status: 'defunct' }, { themes: ['ontmoeten'] }),
  ],
};

function finder(): InitiativeFinder {
  const read = readInitiativeFeed(feed);
  assert.ok(read.ok);
  return new InitiativeFinder(read.initiatives);
}

const ids = (initiatives: Initiative[]) => initiatives.map((initiative) => initiative.id);
const find = (filters: Partial<FinderFilters>) => finder().find({ ...EMPTY_FILTERS, ...filters }, WEDNESDAY);

describe('text normalisation', () => {
  it('folds accents and case, and cuts Dutch endings', () => {
    assert.equal(foldDiacritics('Café Ëën'), 'cafe een');
    assert.equal(stemDutch('wandelen'), 'wandel');
    assert.equal(stemDutch('huisje'), 'huis', 'diminutive');
    assert.equal(stemDutch('thee'), 'thee', 'short words stay');
    assert.equal(normaliseTerm('de'), null);
  });
});

describe('readInitiativeFeed', () => {
  it('keeps good records, skips bad ones with a reason, and leaves out ended services', () => {
    const read = readInitiativeFeed({
      ...feed,
      services: [...feed.services, { id: 'bad', name: 42 }, service('walk', 'Dubbel')],
    });
    assert.ok(read.ok);
    assert.deepEqual(read.initiatives.map((i) => i.id).sort(), ['cafe', 'money', 'walk']);
    assert.deepEqual(read.skipped.map((s) => [s.id, s.path]), [
      ['bad', '$.services[4].organization_id'],
      ['walk', '$.services[5].id'],
    ]);
  });

  it('rejects what is not a feed, without throwing', () => {
    for (const input of [null, 'x', 42, [], { services: 'no' }, {}]) {
      const read = readInitiativeFeed(input);
      assert.equal(read.ok, false);
      if (!read.ok) assert.ok(read.problems.length > 0);
    }
  });
});

describe('InitiativeFinder search', () => {
  it('finds word forms, prefixes and accents', () => {
    assert.deepEqual(ids(find({ query: 'wandel' }).initiatives).sort(), ['money', 'walk']);
    assert.deepEqual(ids(find({ query: 'taalcafe' }).initiatives), ['cafe']);
    assert.deepEqual(ids(find({ query: 'Taalcafé' }).initiatives), ['cafe']);
  });

  it('puts a name match before a description match', () => {
    assert.deepEqual(ids(find({ query: 'wandelen' }).initiatives), ['walk', 'money']);
  });

  it('tolerates a small typo, also in a word the Dutch endings shorten', () => {
    assert.deepEqual(ids(find({ query: 'wandelgreop' }).initiatives), ['walk']);
    assert.deepEqual(ids(find({ query: 'kofie' }).initiatives), ['cafe'], 'kofie → koffie, indexed as koffi');
    assert.deepEqual(ids(find({ query: 'xyzzy' }).initiatives), []);
  });

  it('without a query lists everything by name', () => {
    assert.deepEqual(ids(find({}).initiatives), ['money', 'cafe', 'walk']);
  });
});

describe('InitiativeFinder filters', () => {
  it('ORs within a facet and ANDs across facets', () => {
    assert.deepEqual(ids(find({ themes: ['taal', 'geldzaken'] }).initiatives), ['money', 'cafe']);
    assert.deepEqual(ids(find({ themes: ['ontmoeten'], neighbourhoods: ['Beverwaard'] }).initiatives), []);
    assert.deepEqual(ids(find({ freeOnly: true, wheelchair: true }).initiatives), ['cafe']);
  });

  it('filters on weekday and on open today', () => {
    assert.deepEqual(ids(find({ days: ['TU'] }).initiatives), ['cafe']);
    assert.deepEqual(ids(find({ openToday: true }).initiatives), ['walk']);
  });

  it('counts each value as if it were chosen, keeping the other facets', () => {
    const { counts } = find({ themes: ['taal'], neighbourhoods: ['Selwerd'] });
    assert.equal(counts.themes.get('bewegen'), 1);
    assert.equal(counts.themes.get('geldzaken'), undefined, 'geldzaken is not in Selwerd');
    assert.equal(counts.neighbourhoods.get('Selwerd'), 1);
    assert.equal(counts.neighbourhoods.get('Beverwaard'), undefined, 'nothing about taal in Beverwaard');
    assert.equal(counts.freeOnly, 1);
  });

  it('sorts by distance only when asked', () => {
    const near = { latitude: 53.2, longitude: 6.56 };
    const result = finder().find({ ...EMPTY_FILTERS, themes: ['ontmoeten'] }, WEDNESDAY, near);
    assert.deepEqual(ids(result.initiatives), ['cafe', 'walk']);
    assert.ok((result.distances.get('cafe') ?? 0) < 5);
    assert.ok((result.distances.get('walk') ?? 0) > 150);
  });
});

describe('InitiativeFinder.withoutEachFilter', () => {
  it('says, for each active filter, how many results there would be without it', () => {
    const options = finder().withoutEachFilter({ ...EMPTY_FILTERS, themes: ['geldzaken'], freeOnly: true, query: 'hulp' }, WEDNESDAY);
    assert.deepEqual(
      options.map((option) => [option.kind, 'facet' in option ? option.facet : '', option.count]),
      [['toggle', 'freeOnly', 1]],
      'dropping the theme or the query still finds nothing free',
    );
    assert.equal(finder().hasCoordinates, true);
  });
});
