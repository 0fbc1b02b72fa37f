/**
 * The Open Referral specification's own examples (HSDS 3.0), which nobody here wrote: one service
 * with everything nested, the paginated list an HSDS API returns, an organization with its services.
 * Before the HSDS import, validate refused the first two with "Unknown kind of content".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectContentKind, readInitiativeFeed, validateContent } from '../../src/index.ts';
import { assertNothingDroppedSilently, loadHsds, normalised } from './hsds-test-helpers.ts';

const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const ALERT = 'Following COVID-19 we have moved most of our counselling sessions online.';

const warningsAt = (result: ReturnType<typeof normalised>) => result.warnings.map((warning) => warning.path);

describe('service_full.json: one service with everything nested', () => {
  const input = loadHsds('service_full.json');
  const result = normalised(input);
  const service = result.feed.services[0]!;

  test('is read as one HSDS service, without rejections', () => {
    assert.equal(result.detected, 'hsds-service');
    assert.equal(result.feed.services.length, 1);
    assert.deepEqual(result.rejected, []);
  });

  test('keeps the service, its organization and its place', () => {
    assert.equal(service.id, SERVICE_ID);
    assert.equal(service.name, 'Community Counselling');
    assert.equal(service.organization_id, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    assert.deepEqual(result.feed.organizations.map((organization) => organization.name), ['Example Organization Inc.']);
    assert.deepEqual(service.service_at_locations?.map((link) => link.location_id), ['3a19ff88-4620-4d17-9830-ac1d859eb5d5']);
    const [location] = result.feed.locations;
    assert.equal(location?.name, 'MyCity Civic Center');
    assert.deepEqual(location?.addresses?.[0], {
      id: '74706e55-df26-4b84-80fe-ecc30b5befb4',
      address_1: '1-30 Main Street, MyVillage',
      city: 'MyCity',
      region: 'MyRegion',
      // Not a Dutch postcode, and accepted: the address says it is in the United States.
      postal_code: 'ABC 1234',
      country: 'US',
      address_type: 'postal',
    });
  });

  test('the alert opens the description, so residents see it first', () => {
    assert.ok(service.description?.startsWith(ALERT), service.description);
    assert.match(service.description ?? '', /Counselling Services provided by trained professionals/);
  });

  test('fees are the cost; not known to be free, so not marked free, with a warning', () => {
    assert.equal(service.wijkwijzer?.cost?.free, false);
    assert.match(service.wijkwijzer?.cost?.description ?? '', /The current rate is £50 per hour/);
    assert.ok(warningsAt(result).includes('$.fees_description'));
    // The only cost option ended in 2022.
    assert.ok(warningsAt(result).includes('$.cost_options[0]'));
  });

  test('application process, accessibility and contacts are how to join', () => {
    const howToJoin = service.wijkwijzer?.how_to_join ?? '';
    assert.match(howToJoin, /^If you are an NHS patient please ask your GP for a referral letter/);
    assert.match(howToJoin, /MyCity Civic Center: The building is equipped with induction loops for hearing aids\./);
    assert.match(howToJoin, /Ann Persona, Reception Manager, Reception: email@example\.com, \+44 1234 234567/);
  });

  test('languages and phones are kept; quotes around the number are removed', () => {
    assert.deepEqual(service.wijkwijzer?.languages, ['ur']);
    assert.deepEqual(service.phones?.map((phone) => phone.number), ['+44 1234 234567']);
  });

  test('the schedules ended in 2005: not shown as current, each reported as ended', () => {
    assert.equal(service.schedules, undefined);
    assert.equal(service.service_at_locations?.[0]?.schedules, undefined);
    for (const path of ['$.schedules[0]', '$.service_at_locations[0].schedules[0]']) {
      const warning = result.warnings.find((item) => item.path === path);
      assert.match(warning?.message.en ?? '', /has ended/, path);
      assert.match(warning?.message.nl ?? '', /afgelopen/, path);
    }
  });

  test('coordinates outside the earth are left out with a warning, the place stays', () => {
    assert.equal(result.feed.locations[0]?.latitude, undefined);
    assert.ok(warningsAt(result).includes('$.service_at_locations[0].location.latitude'));
  });

  test('every field that is not used is reported, and nothing residents need is among them', () => {
    const paths = warningsAt(result);
    for (const unused of ['$.funding', '$.program', '$.required_documents', '$.metadata', '$.service_areas', '$.organization.funding', '$.interpretation_services', '$.minimum_age', '$.licenses']) {
      assert.ok(paths.includes(unused), `${unused} not reported`);
    }
    const unusedPaths = result.warnings.filter((warning) => warning.message.en.startsWith('This field is not used')).map((warning) => warning.path);
    const residentFields = ['$.alert', '$.application_process', '$.fees_description', '$.languages[0].code', '$.contacts[0].name', '$.contacts[0].email', '$.service_at_locations[0].location.accessibility[0].description'];
    for (const used of residentFields) assert.ok(!unusedPaths.some((path) => used === path || used.startsWith(`${path}.`) || used.startsWith(`${path}[`)), `${used} reported as unused`);
    assertNothingDroppedSilently(input, result);
  });

  test('every warning has a Dutch and an English message', () => {
    for (const warning of result.warnings) {
      assert.ok(warning.message.nl.length > 10 && warning.message.en.length > 10, warning.path);
      assert.notEqual(warning.message.nl, warning.message.en);
    }
  });

  test('the finder reads the normalised feed', () => {
    const read = readInitiativeFeed(result.feed);
    assert.ok(read.ok);
    assert.equal(read.initiatives[0]?.howToJoin, service.wijkwijzer?.how_to_join);
  });

  test(
    'the finder keeps the place in the United States',
    () => {
      const read = readInitiativeFeed(result.feed);
      assert.ok(read.ok);
      assert.deepEqual(read.skipped, []);
    },
  );
});

describe('service_list.json: a page of an HSDS API list', () => {
  const input = loadHsds('service_list.json');
  const result = normalised(input);

  test('is read as a page; the page says there are more, which is reported', () => {
    assert.equal(result.detected, 'hsds-page');
    assert.deepEqual(result.feed.services.map((service) => service.id), [SERVICE_ID]);
    const more = result.warnings.find((warning) => warning.path === '$.total_items');
    assert.match(more?.message.en ?? '', /one page of a longer list/);
  });

  test('the listed service keeps alert, fees, application process and organization', () => {
    const [service] = result.feed.services;
    assert.ok(service?.description?.startsWith(ALERT));
    assert.match(service?.wijkwijzer?.cost?.description ?? '', /£50 per hour/);
    assert.match(service?.wijkwijzer?.how_to_join ?? '', /referral letter/);
    assert.equal(result.feed.organizations[0]?.website, 'http://example.com');
  });

  test('unused fields are reported at their path in the page', () => {
    const paths = warningsAt(result);
    for (const unused of ['$.contents[0].program', '$.contents[0].organization.tax_status', '$.contents[0].wait_time']) assert.ok(paths.includes(unused), unused);
    assertNothingDroppedSilently(input, result);
  });
});

describe('organization_full.json: an organization with its services', () => {
  const input = loadHsds('organization_full.json');
  const result = normalised(input);

  test('its services are offered by it', () => {
    assert.equal(result.detected, 'hsds-organization');
    assert.deepEqual(result.feed.services.map((service) => [service.id, service.organization_id]), [[SERVICE_ID, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610']]);
    assertNothingDroppedSilently(input, result);
  });
});

describe('an array of services', () => {
  const input = [loadHsds('service_full.json'), { ...(loadHsds('service_full.json') as object), id: 'second-service' }];
  const result = normalised(input);

  test('each is read, paths say which one', () => {
    assert.equal(result.detected, 'hsds-service-array');
    assert.deepEqual(result.feed.services.map((service) => service.id), [SERVICE_ID, 'second-service']);
    assert.ok(result.warnings.some((warning) => warning.path === '$[1].funding'));
    // The same organization and location nested twice are in the feed once.
    assert.equal(result.feed.organizations.length, 1);
    assert.equal(result.feed.locations.length, 1);
    assertNothingDroppedSilently(input, result);
  });
});

describe('validateContent routes HSDS (it said "Unknown kind of content" before)', () => {
  for (const name of ['service_full.json', 'service_list.json', 'organization_full.json']) {
    test(`${name} is a valid initiative feed with warnings`, () => {
      const input = loadHsds(name);
      assert.equal(detectContentKind(input), 'initiative-feed');
      const result = validateContent(input);
      assert.equal(result.kind, 'initiative-feed');
      assert.deepEqual(result.problems, []);
      assert.equal(result.valid, true);
      assert.ok((result.warnings?.length ?? 0) > 10);
    });
  }

});
