/**
 * What the HSDS import tells a partner, in Dutch (B1) and English. Kept apart from the schema
 * messages in `../messages.ts` so the finder widget, which may run this import, carries only these.
 */
import type { LocalisedMessage } from '../messages.ts';

const HSDS_MESSAGES = {
  not_a_feed: {
    nl: 'Dit is geen initiatievenfeed en geen HSDS. Verwacht: één dienst (service), een lijst diensten, een pagina met diensten (contents) of een feed met services.',
    en: 'This is neither an initiative feed nor HSDS. Expected: one service, a list of services, a page of services (contents) or a feed with services.',
  },
  not_a_service: {
    nl: 'Dit is geen dienst: verwacht een object met minstens id, name en status.',
    en: 'This is not a service: expected an object with at least id, name and status.',
  },
  unused: {
    nl: 'Dit veld wordt niet gebruikt: bewoners zien het niet.',
    en: 'This field is not used: residents will not see it.',
  },
  more_pages: {
    nl: 'Dit is één pagina van een langere lijst. Alleen de diensten op deze pagina zijn gelezen; publiceer alle diensten in één bestand.',
    en: 'This is one page of a longer list. Only the services on this page were read; publish all services in one file.',
  },
  duplicate_service: {
    nl: 'Deze id komt al eerder voor; deze dienst is overgeslagen.',
    en: 'This id occurs earlier; this service was skipped.',
  },
  no_organization: {
    nl: 'Deze dienst noemt geen organisatie (organization of organization_id); hij wordt zonder organisatie getoond.',
    en: 'This service names no organization (organization or organization_id); it is shown without one.',
  },
  unknown_location: {
    nl: 'Er is geen locatie met deze id: geef de locatie mee in location, of in de locations van de organisatie.',
    en: 'There is no location with this id: include the location in location, or in the organization\'s locations.',
  },
  unlinked_location: {
    nl: 'Deze locatie hoort bij geen enkele dienst (via service_at_locations) en wordt niet getoond.',
    en: 'This location belongs to no service (through service_at_locations) and is not shown.',
  },
  location_schedules: {
    nl: 'Openingstijden van een locatie worden niet getoond. Geef de tijden van de activiteit in schedules van de dienst of van service_at_locations.',
    en: 'Opening hours of a location are not shown. Give the times of the activity in the schedules of the service or of service_at_locations.',
  },
  coordinates_out_of_range: {
    nl: 'Deze coördinaten bestaan niet (breedte -90 tot 90, lengte -180 tot 180); ze zijn weggelaten.',
    en: 'These coordinates do not exist (latitude -90 to 90, longitude -180 to 180); they were left out.',
  },
  phone_not_callable: {
    nl: 'Alleen nummers om te bellen worden getoond (type voice, cell of textphone); dit nummer niet.',
    en: 'Only numbers to call are shown (type voice, cell or textphone); this number is not.',
  },
  phone_extension: {
    nl: 'Een toestelnummer kan niet worden getoond; zet het in de beschrijving van de dienst als bellers het nodig hebben.',
    en: 'An extension cannot be shown; put it in the service description if callers need it.',
  },
  language_without_code: {
    nl: 'Deze taal heeft geen taalcode (code, bijvoorbeeld ar of tr) en kan dus niet worden getoond.',
    en: 'This language has no language code (code, for example ar or tr) and so cannot be shown.',
  },
  free_unknown: {
    nl: 'Uit de gegevens blijkt niet of dit gratis is, dus staat het als niet gratis. Geef cost_options met amount 0 als het gratis is.',
    en: 'The data does not say whether this is free, so it is marked as not free. Give cost_options with amount 0 if it is free.',
  },
  cost_ended: {
    nl: 'Deze prijs geldt niet meer (valid_to ligt in het verleden) en wordt niet getoond.',
    en: 'This price no longer applies (valid_to is in the past) and is not shown.',
  },
  cost_not_yet: {
    nl: 'Deze prijs geldt nog niet (valid_from ligt in de toekomst) en wordt nog niet getoond.',
    en: 'This price does not apply yet (valid_from is in the future) and is not shown yet.',
  },
  cost_until: {
    nl: 'Tot wanneer deze prijs geldt (valid_to) kan niet worden getoond. Werk de gegevens bij als de prijs verandert.',
    en: 'Until when this price applies (valid_to) cannot be shown. Update the data when the price changes.',
  },
  schedule_ended: {
    nl: 'Dit rooster is afgelopen (until, valid_to of count ligt in het verleden) en wordt niet meer getoond.',
    en: 'This schedule has ended (until, valid_to or count lies in the past) and is no longer shown.',
  },
  schedule_timezone: {
    nl: 'De tijdzone wordt niet gebruikt: tijden worden getoond zoals ze zijn geschreven, als Nederlandse tijd.',
    en: 'The time zone is not used: times are shown as written, as Dutch time.',
  },
  schedule_wkst: {
    nl: 'De eerste dag van de week (wkst) wordt niet gebruikt: weken tellen vanaf maandag.',
    en: 'The first day of the week (wkst) is not used: weeks count from Monday.',
  },
  schedule_weekly_bymonthday: {
    nl: 'Dit rooster kan niet in woorden: een wekelijks rooster (WEEKLY) kan geen dagen van de maand hebben (bymonthday). Gebruik MONTHLY of laat bymonthday weg.',
    en: 'This schedule cannot be put into words: a weekly schedule (WEEKLY) cannot have days of the month (bymonthday). Use MONTHLY or leave bymonthday out.',
  },
  schedule_weekly_ordinal: {
    nl: 'Dit rooster kan niet in woorden: een getal voor de dag (zoals 1MO, de eerste maandag) kan alleen bij MONTHLY.',
    en: 'This schedule cannot be put into words: a number before the day (such as 1MO, the first Monday) only works with MONTHLY.',
  },
  schedule_byweekno: {
    nl: 'Dit rooster kan niet in woorden: weeknummers (byweekno) worden niet ondersteund. Gebruik valid_from en valid_to, of beschrijf het in description zonder freq.',
    en: 'This schedule cannot be put into words: week numbers (byweekno) are not supported. Use valid_from and valid_to, or describe it in description without freq.',
  },
  schedule_byyearday: {
    nl: 'Dit rooster kan niet in woorden: dagen van het jaar (byyearday) worden niet ondersteund. Gebruik valid_from en valid_to, of beschrijf het in description zonder freq.',
    en: 'This schedule cannot be put into words: days of the year (byyearday) are not supported. Use valid_from and valid_to, or describe it in description without freq.',
  },
  schedule_freq: {
    nl: 'Dit rooster kan niet in woorden: alleen WEEKLY, MONTHLY en DAILY (elke dag) worden ondersteund.',
    en: 'This schedule cannot be put into words: only WEEKLY, MONTHLY and DAILY (every day) are supported.',
  },
  schedule_needs_freq: {
    nl: 'Dit rooster kan niet in woorden: byday of bymonthday zonder freq. Geef freq (WEEKLY of MONTHLY).',
    en: 'This schedule cannot be put into words: byday or bymonthday without freq. Give freq (WEEKLY or MONTHLY).',
  },
  schedule_weekly_needs_day: {
    nl: 'Dit rooster kan niet in woorden: een wekelijks rooster heeft een dag nodig. Geef byday (bijvoorbeeld TU) of dtstart.',
    en: 'This schedule cannot be put into words: a weekly schedule needs a day. Give byday (for example TU) or dtstart.',
  },
  schedule_monthly_needs_day: {
    nl: 'Dit rooster kan niet in woorden: een maandelijks rooster heeft byday (bijvoorbeeld 1MO) of bymonthday (bijvoorbeeld 15) nodig, of dtstart.',
    en: 'This schedule cannot be put into words: a monthly schedule needs byday (for example 1MO) or bymonthday (for example 15), or dtstart.',
  },
  schedule_monthly_both: {
    nl: 'Dit rooster kan niet in woorden: byday en bymonthday samen (bijvoorbeeld vrijdag de 13e) worden niet ondersteund. Kies één van beide.',
    en: 'This schedule cannot be put into words: byday and bymonthday together (for example Friday the 13th) are not supported. Choose one.',
  },
  schedule_count_needs_dtstart: {
    nl: 'Het aantal keren (count) zegt pas wanneer het rooster eindigt met een eerste datum (dtstart). Geef dtstart, of until in plaats van count.',
    en: 'The number of times (count) only tells when the schedule ends with a first date (dtstart). Give dtstart, or until instead of count.',
  },
  time_zone_in_time: {
    nl: 'De tijdzone achter deze tijd is weggelaten: de tijd wordt getoond zoals hij is geschreven, als Nederlandse tijd.',
    en: 'The time zone after this time was left out: the time is shown as written, as Dutch time.',
  },
  postal_code_or_country: {
    nl: 'Schrijf een Nederlandse postcode, bijvoorbeeld 9722 AB, of geef het land (country, bijvoorbeeld GB) als het adres niet in Nederland is.',
    en: 'Write a Dutch postcode, for example 9722 AB, or give the country (country, for example GB) if the address is not in the Netherlands.',
  },
  too_complex: {
    nl: 'Deze gegevens zijn te complex om te lezen.',
    en: 'This data is too complex to read.',
  },
} as const satisfies Record<string, LocalisedMessage>;

export type HsdsMessageKey = keyof typeof HSDS_MESSAGES;

export function hsdsMessage(key: HsdsMessageKey): LocalisedMessage {
  return HSDS_MESSAGES[key];
}

/** The message for a schema check's key when it is one of these (e.g. `postal_code_or_country`). */
export function hsdsMessageForIssue(message: string): LocalisedMessage | undefined {
  return Object.hasOwn(HSDS_MESSAGES, message) ? HSDS_MESSAGES[message as HsdsMessageKey] : undefined;
}
