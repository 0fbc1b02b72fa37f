/**
 * What each fixture in fixtures/invalid/ must produce: its kind, the exact JSON paths of its
 * problems and, for some, the exact message. `bug` marks expectations the current code does
 * not meet yet (the test runs as a TODO and says why), so the known gap stays visible.
 */
import type { ContentKind, LocalisedMessage } from '../src/index.ts';

export interface InvalidExpectation {
  kind: ContentKind;
  paths: string[];
  /** Exact message of the first problem, where the wording matters. */
  message?: LocalisedMessage;
  bug?: { paths?: string; message?: string };
}

const MISSING = { nl: 'Dit veld ontbreekt.', en: 'This field is missing.' };
const WEB_URL = {
  nl: 'Dit moet een volledig webadres zijn dat begint met https:// of http://.',
  en: 'This must be a full web address starting with https:// or http://.',
};
const DUPLICATE_IDS = {
  nl: 'Twee of meer items hebben dezelfde id; elke id moet uniek zijn.',
  en: 'Two or more items share the same id; every id must be unique.',
};
const SCHEDULE = '$.services[0].service_at_locations[0].schedules[0]';

export const INVALID_EXPECTATIONS: Record<string, InvalidExpectation> = {
  'feed-bad-byday.json': { kind: 'initiative-feed', paths: ['$.services[0].schedules[0].byday'] },
  'feed-bad-postal-code.json': { kind: 'initiative-feed', paths: ['$.locations[0].addresses[0].postal_code'] },
  'feed-closes-before-opens.json': {
    kind: 'initiative-feed',
    paths: [`${SCHEDULE}.closes_at`],
    message: { nl: 'De sluitingstijd ligt niet na de openingstijd.', en: 'The closing time is not after the opening time.' },
  },
  'feed-cost-without-free.json': { kind: 'initiative-feed', paths: ['$.services[0].wijkwijzer.cost.free'], message: MISSING },
  'feed-duplicate-languages.json': { kind: 'initiative-feed', paths: ['$.services[0].wijkwijzer.languages'] },
  'feed-duplicate-service-ids.json': { kind: 'initiative-feed', paths: ['$.services'], message: DUPLICATE_IDS },
  'feed-javascript-url.json': { kind: 'initiative-feed', paths: ['$.services[0].url'], message: WEB_URL },
  'feed-latitude-out-of-range.json': {
    kind: 'initiative-feed',
    paths: ['$.locations[0].latitude'],
    message: { nl: 'Dit mag hoogstens 90 zijn.', en: 'This must be at most 90.' },
  },
  'feed-missing-name.json': { kind: 'initiative-feed', paths: ['$.services[0].name'], message: MISSING },
  'feed-schedule-without-rule.json': { kind: 'initiative-feed', paths: ['$.services[0].schedules[0].freq'] },
  'feed-time-without-leading-zero.json': {
    kind: 'initiative-feed',
    paths: [`${SCHEDULE}.opens_at`],
  },
  'feed-unknown-location.json': {
    kind: 'initiative-feed',
    paths: ['$.services[0].service_at_locations[0].location_id'],
    message: { nl: 'Er is geen locatie met deze id in de feed.', en: 'There is no location with this id in the feed.' },
  },
  'feed-unknown-organization.json': {
    kind: 'initiative-feed',
    paths: ['$.services[0].organization_id'],
    message: { nl: 'Er is geen organisatie met deze id in de feed.', en: 'There is no organization with this id in the feed.' },
  },
  'feed-unknown-status.json': {
    kind: 'initiative-feed',
    paths: ['$.services[0].status'],
    message: {
      nl: 'Kies een van: "active", "inactive", "defunct", "temporarily closed" (nu: tekst "open").',
      en: 'Choose one of: "active", "inactive", "defunct", "temporarily closed" (now: text "open").',
    },
  },
  'hostile-strings.json': {
    kind: 'initiative-feed',
    paths: ['$.organizations[0].website', '$.services[0].url', '$.services[1].status'],
    message: WEB_URL,
  },
  'module-bad-version.json': { kind: 'learning-module', paths: ['$.version'] },
  'module-duplicate-step-ids.json': { kind: 'learning-module', paths: ['$.lessons'], message: DUPLICATE_IDS },
  'module-javascript-image-src.json': {
    kind: 'learning-module',
    paths: ['$.lessons[0].steps[0].image.src'],
    message: {
      nl: 'Gebruik een webadres met https:// of een pad naast dit bestand (geen javascript: of data:).',
      en: 'Use a web address with https:// or a path next to this file (no javascript: or data:).',
    },
  },
  'module-lesson-without-steps.json': { kind: 'learning-module', paths: ['$.lessons[0].steps'] },
  'module-multiple-choice-none-correct.json': { kind: 'learning-module', paths: ['$.lessons[0].steps[2].options'] },
  'module-single-choice-two-correct.json': {
    kind: 'learning-module',
    paths: ['$.lessons[0].steps[1].options'],
    message: {
      nl: 'Bij een vraag met één antwoord moet precies één optie goed zijn.',
      en: 'A single-choice question needs exactly one correct option.',
    },
  },
  'module-single-option.json': { kind: 'learning-module', paths: ['$.lessons[0].steps[1].options'] },
  'module-unknown-step-kind.json': { kind: 'learning-module', paths: ['$.lessons[0].steps[0].kind'] },
  'pointers-bad-icpc-code.json': { kind: 'trusted-pointers', paths: ['$.topics[0].codes[1]'] },
  'pointers-checked-before-added.json': { kind: 'trusted-pointers', paths: ['$.pointers[0].last_checked_ok'] },
  'pointers-duplicate-ids.json': { kind: 'trusted-pointers', paths: ['$.pointers'], message: DUPLICATE_IDS },
  'pointers-ftp-url.json': { kind: 'trusted-pointers', paths: ['$.pointers[0].url'], message: WEB_URL },
  'pointers-impossible-date.json': {
    kind: 'trusted-pointers',
    paths: ['$.pointers[0].date_added'],
  },
  'pointers-no-languages.json': { kind: 'trusted-pointers', paths: ['$.pointers[0].languages'] },
  'practice-bad-id.json': { kind: 'good-practice', paths: ['$.id'] },
  'practice-missing-summary.json': {
    kind: 'good-practice',
    paths: ['$.summary'],
    message: MISSING,
  },
  'practice-no-sources.json': { kind: 'good-practice', paths: ['$.sources'] },
  'practice-principle-8.json': {
    kind: 'good-practice',
    paths: ['$.principles[1]'],
    message: { nl: 'Kies een van: 1, 2, 3, 4, 5, 6, 7 (nu: het getal 8).', en: 'Choose one of: 1, 2, 3, 4, 5, 6, 7 (now: the number 8).' },
  },
  'practice-relative-source-url.json': { kind: 'good-practice', paths: ['$.sources[0].url'], message: WEB_URL },
  'practice-unknown-domain.json': { kind: 'good-practice', paths: ['$.domains[1]'] },
  'practice-unknown-field.json': {
    kind: 'good-practice',
    paths: ['$.contact'],
    message: { nl: 'Onbekend veld: dit veld hoort hier niet.', en: 'Unknown field: this field does not belong here.' },
  },
  'practice-year-as-text.json': {
    kind: 'good-practice',
    paths: ['$.year'],
    message: { nl: 'Verwacht een getal, maar kreeg tekst "2020".', en: 'Expected a number, but got text "2020".' },
  },
};
