/**
 * Plain-language explanations of validation problems, in Dutch (B1) and English.
 * Schemas name a message key (e.g. 'time'); generic problems are explained from the issue type.
 */
import type { BaseIssue } from 'valibot';

export interface LocalisedMessage {
  nl: string;
  en: string;
}

type Issue = BaseIssue<unknown>;

/** Messages for the keys the schemas pass to their checks. */
const MESSAGES_BY_KEY: Record<string, LocalisedMessage> = {
  empty_text: { nl: 'Dit veld mag niet leeg zijn.', en: 'This field must not be empty.' },
  id_format: {
    nl: 'Gebruik alleen kleine letters, cijfers, - en _ (bijvoorbeeld "buurtkamer-selwerd").',
    en: 'Use only lower-case letters, digits, - and _ (for example "buurtkamer-selwerd").',
  },
  web_url: {
    nl: 'Dit moet een volledig webadres zijn dat begint met https:// of http://.',
    en: 'This must be a full web address starting with https:// or http://.',
  },
  resource_address: {
    nl: 'Gebruik een webadres met https:// of een pad naast dit bestand (geen javascript: of data:).',
    en: 'Use a web address with https:// or a path next to this file (no javascript: or data:).',
  },
  email: { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid email address.' },
  phone: {
    nl: 'Dit is geen telefoonnummer: gebruik cijfers, spaties, +, - of haakjes.',
    en: 'This is not a phone number: use digits, spaces, +, - or brackets.',
  },
  iso_date: {
    nl: 'Schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
    en: 'Write an existing date as YYYY-MM-DD, for example 2026-03-01.',
  },
  iso_date_time: {
    nl: 'Schrijf een datum (en eventueel tijd) volgens ISO 8601, bijvoorbeeld 2026-03-01 of 2026-03-01T09:30:00Z.',
    en: 'Write a date (and optionally a time) in ISO 8601, for example 2026-03-01 or 2026-03-01T09:30:00Z.',
  },
  language_tag: {
    nl: 'Schrijf een taalcode zoals nl, en, ar of tr.',
    en: 'Write a language code such as nl, en, ar or tr.',
  },
  duplicates: { nl: 'Deze lijst bevat dubbele waarden.', en: 'This list contains duplicate values.' },
  duplicate_ids: {
    nl: 'Twee of meer items hebben dezelfde id; elke id moet uniek zijn.',
    en: 'Two or more items share the same id; every id must be unique.',
  },
  at_least_one: { nl: 'Geef er minstens één.', en: 'Give at least one.' },
  at_least_two: { nl: 'Geef er minstens twee.', en: 'Give at least two.' },
  byday: {
    nl: 'Schrijf dagen als MO,TU,WE,TH,FR,SA,SU; met een getal ervoor voor "de zoveelste" (1MO = eerste maandag, -1FR = laatste vrijdag).',
    en: 'Write days as MO,TU,WE,TH,FR,SA,SU; put a number in front for "the nth" (1MO = first Monday, -1FR = last Friday).',
  },
  bymonthday: {
    nl: 'Schrijf dagen van de maand als getallen van 1 tot 31, gescheiden door komma\'s (-1 = laatste dag).',
    en: 'Write days of the month as numbers from 1 to 31, separated by commas (-1 = last day).',
  },
  time: { nl: 'Schrijf een tijd als UU:MM, bijvoorbeeld 09:30.', en: 'Write a time as HH:MM, for example 09:30.' },
  closes_before_opens: {
    nl: 'De sluitingstijd ligt niet na de openingstijd.',
    en: 'The closing time is not after the opening time.',
  },
  ends_before_starts: {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
  schedule_needs_rule_or_text: {
    nl: 'Geef een herhaling (freq) of een beschrijving van wanneer het is.',
    en: 'Give a recurrence (freq) or a description of when it takes place.',
  },
  postal_code: {
    nl: 'Schrijf een Nederlandse postcode, bijvoorbeeld 9722 AB.',
    en: 'Write a Dutch postcode, for example 9722 AB.',
  },
  postal_code_or_country: {
    nl: 'Schrijf een Nederlandse postcode, bijvoorbeeld 9722 AB, of geef het land (country, bijvoorbeeld GB) als het adres niet in Nederland is.',
    en: 'Write a Dutch postcode, for example 9722 AB, or give the country (country, for example GB) if the address is not in the Netherlands.',
  },
  country: { nl: 'Schrijf een landcode van twee hoofdletters, zoals NL.', en: 'Write a two-letter country code, such as NL.' },
  icpc_code: { nl: 'Schrijf een ICPC-2-code als ICPC:P76.', en: 'Write an ICPC-2 code as ICPC:P76.' },
  semver: { nl: 'Schrijf een versie als 1.0.0.', en: 'Write a version as 1.0.0.' },
  exactly_one_correct: {
    nl: 'Bij een vraag met één antwoord moet precies één optie goed zijn.',
    en: 'A single-choice question needs exactly one correct option.',
  },
  at_least_one_correct: {
    nl: 'Minstens één optie moet goed zijn.',
    en: 'At least one option must be correct.',
  },
  checked_before_added: {
    nl: 'De datum van de laatste controle ligt vóór de datum van toevoegen.',
    en: 'The last check date is before the date the pointer was added.',
  },
  unknown_organization: {
    nl: 'Er is geen organisatie met deze id in de feed.',
    en: 'There is no organization with this id in the feed.',
  },
  unknown_location: {
    nl: 'Er is geen locatie met deze id in de feed.',
    en: 'There is no location with this id in the feed.',
  },
  seven_in_order: {
    nl: 'Geef de 7 principes, elk één keer, in de volgorde 1 tot en met 7.',
    en: 'Give the 7 principles, each once, in the order 1 to 7.',
  },
  unknown_topic: {
    nl: 'Dit onderwerp staat niet in de lijst met onderwerpen (topics).',
    en: 'This topic is not in the list of topics.',
  },
  localized_text: {
    nl: 'Geef tekst, of tekst per taal: { "nl": "…", "en": "…", "ar": "…" } (Nederlands is verplicht).',
    en: 'Give text, or text per language: { "nl": "…", "en": "…", "ar": "…" } (Dutch is required).',
  },
  missing_language: {
    nl: 'De tekst in deze taal ontbreekt. Volgens text_languages staat elke tekst in deze lijst ook in deze taal.',
    en: 'The text in this language is missing. According to text_languages, every text in this list is also in this language.',
  },
  keywords: {
    nl: 'Geef woorden als lijst, of per taal: { "nl": [...], "en": [...], "ar": [...] }.',
    en: 'Give words as a list, or per language: { "nl": [...], "en": [...], "ar": [...] }.',
  },
  unknown_kind: {
    nl: 'Onbekend soort inhoud: verwacht een initiatievenfeed, goed voorbeeld, leermodule of lijst met betrouwbare bronnen.',
    en: 'Unknown kind of content: expected an initiative feed, good practice, learning module or list of trusted pointers.',
  },
  too_complex: {
    nl: 'Deze gegevens zijn te diep genest om te controleren.',
    en: 'This data is nested too deeply to check.',
  },
  warning: { nl: 'let op', en: 'warning' },
  warning_elsewhere: {
    nl: 'ook op {count} andere plaatsen: {pattern}',
    en: 'also at {count} other places: {pattern}',
  },
};

const TYPE_NAMES: Record<string, LocalisedMessage> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een object { … }', en: 'an object { … }' },
  strict_object: { nl: 'een object { … }', en: 'an object { … }' },
  array: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
  null: { nl: 'null', en: 'null' },
};

/** Describes a JSON value briefly, without echoing long or hostile strings in full. */
export function describeValue(value: unknown): LocalisedMessage {
  if (value === undefined) return { nl: 'niets', en: 'nothing' };
  if (value === null) return { nl: 'null', en: 'null' };
  if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
  switch (typeof value) {
    case 'string': {
      // Bidirectional controls are shown as escapes, so they cannot reorder a terminal line.
      const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(
        /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      return { nl: `tekst ${shown}`, en: `text ${shown}` };
    }
    case 'number':
      return { nl: `het getal ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { nl: String(value), en: String(value) };
    case 'object':
      return { nl: 'een object', en: 'an object' };
    default:
      return { nl: typeof value, en: typeof value };
  }
}

function optionsOf(expected: string | null): string {
  return (expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ');
}

/** Turns one valibot issue into a message a content author can act on. */
export function explainIssue(issue: Issue): LocalisedMessage {
  const byKey = MESSAGES_BY_KEY[issue.message];
  if (byKey) return byKey;
  const received = describeValue(issue.input);
  const requirement = String((issue as { requirement?: unknown }).requirement ?? '');
  switch (issue.type) {
    case 'strict_object':
      // valibot uses this type for unknown keys (expected "never"), missing keys and wrong types alike.
      if (issue.expected === 'never') {
        return { nl: 'Onbekend veld: dit veld hoort hier niet.', en: 'Unknown field: this field does not belong here.' };
      }
      break;
    case 'picklist':
    case 'literal':
    case 'variant':
      return {
        nl: `Kies een van: ${optionsOf(issue.expected)} (nu: ${received.nl}).`,
        en: `Choose one of: ${optionsOf(issue.expected)} (now: ${received.en}).`,
      };
    case 'min_length':
      return { nl: `Te kort: minstens ${requirement} nodig.`, en: `Too short: at least ${requirement} needed.` };
    case 'max_length':
      return { nl: `Te lang: hoogstens ${requirement} toegestaan.`, en: `Too long: at most ${requirement} allowed.` };
    case 'integer':
      return { nl: 'Dit moet een heel getal zijn.', en: 'This must be a whole number.' };
    case 'min_value':
      return { nl: `Dit moet minstens ${requirement} zijn.`, en: `This must be at least ${requirement}.` };
    case 'max_value':
      return { nl: `Dit mag hoogstens ${requirement} zijn.`, en: `This must be at most ${requirement}.` };
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return { nl: 'Dit veld ontbreekt.', en: 'This field is missing.' };
    const expected = TYPE_NAMES[issue.type] ?? { nl: issue.expected ?? issue.type, en: issue.expected ?? issue.type };
    return {
      nl: `Verwacht ${expected.nl}, maar kreeg ${received.nl}.`,
      en: `Expected ${expected.en}, but got ${received.en}.`,
    };
  }
  return { nl: `Ongeldige waarde (${issue.type}).`, en: `Invalid value (${issue.type}).` };
}

/** Message for a key that is not tied to a valibot issue (reference checks, unknown kind). */
export function messageFor(key: keyof typeof MESSAGES_BY_KEY | string): LocalisedMessage {
  return MESSAGES_BY_KEY[key] ?? { nl: key, en: key };
}
