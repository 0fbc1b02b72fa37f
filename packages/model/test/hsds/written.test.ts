/**
 * HSDS written for these tests from the specification's schema, because partners' systems fill
 * HSDS differently from the examples: a Dutch 3.1 service with contacts, cost options and
 * schedules with until and count; a place in the United Kingdom; and the edges around them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { normaliseHsds, readInitiativeFeed, validateContent } from '../../src/index.ts';
import { loadFixture, VALID_DIR } from '../helpers.ts';
import { assertNothingDroppedSilently, loadHsds, normalised } from './hsds-test-helpers.ts';

describe('written-3.1-service.json: a Dutch service as a partner system might publish it', () => {
  const input = loadHsds('written-3.1-service.json');
  const result = normalised(input);
  const service = result.feed.services[0]!;
  const paths = result.warnings.map((warning) => warning.path);

  test('is valid, with warnings only', () => {
    assert.equal(result.detected, 'hsds-service');
    assert.deepEqual(result.rejected, []);
    const validated = validateContent(input);
    assert.equal(validated.valid, true);
  });

  test('contacts, the application process and accessibility are how to join', () => {
    assert.equal(
      service.wijkwijzer?.how_to_join,
      [
        'Aanmelden hoeft niet: kom gewoon binnen.',
        'Buurtkamer Selwerd: Ingang zonder drempel. Er is een invalidentoilet.',
        'Fatima El Amrani, Opbouwwerker: fatima@buurtwerk.example.nl, 050 123 4567',
      ].join('\n\n'),
    );
  });

  test('a cost option of 0 makes it free; the fees text and the option are the description', () => {
    assert.deepEqual(service.wijkwijzer?.cost, { free: true, description: 'Koffie en thee zijn gratis.\nDeelname: EUR 0' });
  });

  test('languages with a code are kept; one without a code is reported', () => {
    assert.deepEqual(service.wijkwijzer?.languages, ['nl', 'ar']);
    assert.ok(paths.includes('$.languages[2]'));
  });

  test('a fax number is not offered to call, and that is reported', () => {
    assert.deepEqual(service.phones?.map((phone) => phone.number), ['050 765 4321']);
    assert.ok(paths.includes('$.phones[1]'));
  });

  test('schedules: until and count become the last date, attending_type goes with the times, the ended one is reported', () => {
    assert.deepEqual(
      service.schedules?.map((schedule) => [schedule.id, schedule.valid_to, schedule.description]),
      [
        ['sched-weekly', '2026-12-22', 'Kom naar de buurtkamer'],
        ['sched-monthly-count', '2026-12-07', 'Avondtaalcafé'],
      ],
    );
    assert.ok(paths.includes('$.schedules[2]'));
  });

  test('the alert opens the description', () => {
    assert.equal(service.description, 'In de meivakantie is er geen taalcafé.\n\nSamen Nederlands oefenen bij een kop koffie.');
  });

  test('HSDS 3.1: the vocabulary comes from taxonomy_detail; new 3.1 fields are reported', () => {
    assert.deepEqual(service.taxonomy_terms, [{ id: 'term-taal', code: 'taal', name: 'Taal en lezen', vocabulary: 'Sociale kaart Groningen' }]);
    for (const path of ['$.additional_urls', '$.capacities', '$.organization.additional_websites', '$.schedules[0].notes', '$.service_at_locations[0].location.transportation']) {
      assert.ok(paths.includes(path), path);
    }
  });

  test('the finder reads it whole: what residents need is on the initiative', () => {
    const read = readInitiativeFeed(result.feed);
    assert.ok(read.ok);
    assert.deepEqual(read.skipped, []);
    const [initiative] = read.initiatives;
    assert.equal(initiative?.organization?.name, 'Buurtwerk Selwerd');
    assert.equal(initiative?.free, true);
    assert.deepEqual(initiative?.languages, ['nl', 'ar']);
    assert.deepEqual(initiative?.weekdays, ['TU', 'MO']);
    assert.equal(initiative?.places[0]?.location.addresses?.[0]?.postal_code, '9742 AA');
    assert.match(initiative?.howToJoin ?? '', /Fatima El Amrani/);
  });

  test('nothing is dropped silently', () => assertNothingDroppedSilently(input, result));

  test('the check itself notices a warning that is missing', () => {
    const withoutOne = { ...result, warnings: result.warnings.filter((warning) => warning.path !== '$.capacities') };
    assert.throws(() => assertNothingDroppedSilently(input, withoutOne), /neither in the feed nor reported/);
  });
});

describe('postcodes: Dutch by default, any format when the address says its country', () => {
  const place = (address: object) => ({
    id: 'svc',
    name: 'Gespreksgroep',
    status: 'active',
    organization: { id: 'org', name: 'Buurtwerk' },
    service_at_locations: [{ id: 'sal', location: { id: 'loc', location_type: 'physical', addresses: [{ address_1: 'Straat 1', city: 'Plaats', ...address }] } }],
  });

  test('a UK postcode is accepted when the country says GB (written in any case)', () => {
    const result = normalised(loadHsds('written-uk-postcode.json'));
    assert.equal(result.detected, 'hsds-service-array');
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.feed.locations[0]?.addresses?.[0], {
      id: 'addr-london',
      address_1: '1 Example Street',
      city: 'London',
      postal_code: 'SW1A 1AA',
      country: 'GB',
    });
    assert.equal(validateContent(loadHsds('written-uk-postcode.json')).valid, true);
  });

  test('without a country, or with NL, the postcode must be Dutch', () => {
    for (const address of [{ postal_code: 'SW1A 1AA' }, { postal_code: 'SW1A 1AA', country: 'NL' }]) {
      const result = normalised(place(address));
      assert.deepEqual(result.rejected.map((problem) => problem.path), ['$.service_at_locations[0].location.addresses[0].postal_code']);
      assert.match(result.rejected[0]!.message.en, /Dutch postcode.*or give the country/);
      // The service is still shown, without the place that could not be read.
      assert.equal(result.feed.services[0]?.service_at_locations, undefined);
    }
  });

  test('a Dutch postcode without a country is fine', () => {
    assert.deepEqual(normalised(place({ postal_code: '9742 AA' })).rejected, []);
  });
});

describe('shapes and edges', () => {
  const minimal = (extra: object = {}) => ({ id: 'svc', name: 'Koffieochtend', status: 'active', ...extra });

  test("a service pointing at one of its organization's locations by id", () => {
    const result = normalised(
      minimal({
        organization: { id: 'org', name: 'Buurtwerk', locations: [{ id: 'loc-1', location_type: 'physical', name: 'Buurthuis' }, { id: 'loc-2', location_type: 'physical', name: 'Elders' }] },
        service_at_locations: [{ id: 'sal', location_id: 'loc-1' }],
      }),
    );
    assert.deepEqual(result.feed.services[0]?.service_at_locations, [{ id: 'sal', location_id: 'loc-1' }]);
    assert.deepEqual(result.feed.locations.map((location) => location.id), ['loc-1']);
    assert.match(result.warnings.find((warning) => warning.path === '$.organization.locations[1]')?.message.en ?? '', /belongs to no service/);
  });

  test('a location id that is nowhere in the document is rejected', () => {
    const result = normalised(minimal({ organization_id: 'org', service_at_locations: [{ id: 'sal', location_id: 'elsewhere' }] }));
    assert.deepEqual(result.rejected.map((problem) => problem.path), ['$.service_at_locations[0].location_id']);
  });

  test('a service that names no organization is shown without one, with a warning', () => {
    const result = normalised(minimal());
    assert.equal(result.feed.services.length, 1);
    assert.deepEqual(result.feed.organizations, []);
    assert.match(result.warnings[0]?.message.en ?? '', /names no organization/);
  });

  test('a second service with the same id is rejected', () => {
    const result = normalised([minimal({ organization_id: 'org' }), minimal({ organization_id: 'org', name: 'Kopie' })]);
    assert.deepEqual(result.feed.services.map((service) => service.name), ['Koffieochtend']);
    assert.deepEqual(result.rejected.map((problem) => problem.path), ['$[1].id']);
  });

  test('a service without a name is rejected at the place the name should be, the others stay', () => {
    const result = normaliseHsds([minimal({ organization_id: 'org' }), { id: 'no-name', status: 'active', organization_id: 'org' }], { today: '2026-03-01' });
    assert.ok(result.ok);
    assert.deepEqual(result.feed.services.map((service) => service.id), ['svc']);
    assert.deepEqual(result.rejected.map((problem) => problem.path), ['$[1].name']);
  });

  test('null and empty fields, as HSDS APIs often write them, say nothing and are not reported', () => {
    const result = normalised(minimal({ organization_id: 'org', alert: null, fees_description: '', languages: [], schedules: null, url: null }));
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.rejected, []);
  });

  test('costs: a price makes it not free; a price that applies later is reported', () => {
    const result = normalised(
      minimal({
        organization_id: 'org',
        cost_options: [
          { id: 'c1', option: 'Per keer', amount: 2.5, currency: 'eur' },
          { id: 'c2', option: 'Vanaf volgend jaar', amount: 3, currency: 'eur', valid_from: '2027-01-01' },
        ],
      }),
    );
    assert.deepEqual(result.feed.services[0]?.wijkwijzer?.cost, { free: false, description: 'Per keer: EUR 2.5' });
    assert.deepEqual(result.warnings.map((warning) => warning.path), ['$.cost_options[1]']);
  });

  test('the finder\'s own feed is returned unchanged', () => {
    const feed = loadFixture(join(VALID_DIR, 'initiative-feed.json'));
    const result = normaliseHsds(feed);
    assert.ok(result.ok);
    assert.equal(result.detected, 'wijkwijzer-feed');
    assert.equal(result.feed, feed);
    assert.deepEqual([result.warnings, result.rejected], [[], []]);
  });

  test('what is none of the shapes is refused with one problem at $', () => {
    for (const input of [{ title: 'Welzijn op Recept' }, [], [{ services: [] }], 'service', null, 42]) {
      const result = normaliseHsds(input);
      assert.equal(result.ok, false, JSON.stringify(input));
      if (!result.ok) assert.deepEqual(result.problems.map((problem) => problem.path), ['$']);
    }
  });
});
