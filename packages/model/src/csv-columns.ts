import type { LocalisedMessage } from './messages.ts';

/**
 * The spreadsheet columns `wijkwijzer import-csv` understands, with the Dutch names partners'
 * exports use. Header names are matched without case, accents, spaces or apostrophes.
 */
export interface CsvColumn {
  /** Canonical (English) header. */
  name: string;
  /** Other headers accepted for it, Dutch first. */
  aliases: string[];
  /** Where the value lands in the feed, for explaining validation problems by column. */
  feedPath: string;
  description: string;
  /** The value in the template's example row; one per language where words differ. */
  example: string | LocalisedMessage;
}

export const CSV_COLUMNS: CsvColumn[] = [
  { name: 'id', aliases: [], feedPath: 'id', description: 'Stable id of the activity; made from the name when empty.', example: 'koffieochtend-selwerd' },
  { name: 'name', aliases: ['naam', 'activiteit'], feedPath: 'name', description: 'Name of the activity (required).', example: { nl: 'Koffieochtend', en: 'Coffee morning' } },
  { name: 'organization', aliases: ['organisatie', 'aanbieder'], feedPath: 'organization_id', description: 'Who offers it (required).', example: { nl: 'Welzijn Voorbeeld', en: 'Welfare Example' } },
  { name: 'description', aliases: ['omschrijving', 'beschrijving'], feedPath: 'description', description: 'Two or three plain sentences.', example: { nl: 'Elke week koffie en een praatje met buren.', en: 'Coffee and a chat with neighbours, every week.' } },
  { name: 'status', aliases: [], feedPath: 'status', description: 'actief (default), tijdelijk gesloten, gestopt; or active, temporarily closed, inactive.', example: { nl: 'actief', en: 'active' } },
  { name: 'url', aliases: ['website', 'webadres'], feedPath: 'url', description: 'Web page, https://…', example: 'https://welzijn-voorbeeld.example/koffie' },
  { name: 'email', aliases: ['e-mail', 'mail'], feedPath: 'email', description: 'Email address.', example: 'koffie@welzijn-voorbeeld.example' },
  { name: 'phone', aliases: ['telefoon', 'telefoonnummer'], feedPath: 'phones', description: 'Phone number.', example: '050 000 01 11' },
  { name: 'location_name', aliases: ['locatie', 'plek'], feedPath: 'locations.name', description: 'Name of the place, e.g. a community centre.', example: 'Buurthuis De Pinksterbloem' },
  { name: 'address', aliases: ['adres', 'straat'], feedPath: 'locations.addresses.address_1', description: 'Street and number.', example: 'Pinksterbloemstraat 1' },
  { name: 'postal_code', aliases: ['postcode'], feedPath: 'locations.addresses.postal_code', description: 'Postcode, e.g. 9741 AB.', example: '9741 AB' },
  { name: 'city', aliases: ['plaats', 'woonplaats', 'stad'], feedPath: 'locations.addresses.city', description: 'Town or city.', example: 'Groningen' },
  { name: 'latitude', aliases: ['breedtegraad', 'lat'], feedPath: 'locations.latitude', description: 'Latitude, e.g. 53.2331.', example: { nl: '53,2331', en: '53.2331' } },
  { name: 'longitude', aliases: ['lengtegraad', 'lon', 'lng'], feedPath: 'locations.longitude', description: 'Longitude, e.g. 6.5531.', example: { nl: '6,5531', en: '6.5531' } },
  { name: 'days', aliases: ['dagen', 'dag'], feedPath: 'schedules', description: 'ma, di, wo, do, vr, za, zo (or MO…SU); "1ma" = first Monday of the month, "-1vr" = last Friday.', example: { nl: 'di', en: 'TU' } },
  { name: 'every_weeks', aliases: ['om_de_weken', 'elke_weken'], feedPath: 'schedules', description: '2 = every other week (needs start_date).', example: '' },
  { name: 'start_date', aliases: ['startdatum', 'vanaf'], feedPath: 'schedules', description: 'First date, YYYY-MM-DD.', example: '' },
  { name: 'opens_at', aliases: ['van', 'begintijd', 'start'], feedPath: 'schedules', description: 'Start time, 10:00.', example: '10:00' },
  { name: 'closes_at', aliases: ['tot', 'eindtijd', 'eind'], feedPath: 'schedules', description: 'End time, 12:00.', example: '12:00' },
  { name: 'schedule_note', aliases: ['wanneer', 'tijden'], feedPath: 'schedules', description: 'When, in words ("Op afspraak", "Niet in de schoolvakanties").', example: { nl: 'Niet in de schoolvakanties', en: 'Not in the school holidays' } },
  { name: 'themes', aliases: ['themas', 'thema', 'onderwerpen'], feedPath: 'wijkwijzer.themes', description: 'Themes, separated by commas (eenzaamheid, bewegen).', example: 'ontmoeten, eenzaamheid' },
  { name: 'target_groups', aliases: ['doelgroepen', 'doelgroep', 'voor_wie_groep'], feedPath: 'wijkwijzer.target_groups', description: 'Target groups, separated by commas.', example: 'iedereen' },
  { name: 'neighbourhoods', aliases: ['wijken', 'wijk', 'buurt'], feedPath: 'wijkwijzer.neighbourhoods', description: 'Neighbourhoods, separated by commas.', example: 'Selwerd' },
  { name: 'languages', aliases: ['talen', 'taal'], feedPath: 'wijkwijzer.languages', description: 'Language codes spoken, separated by commas (nl, ar, tr).', example: 'nl, en' },
  { name: 'free', aliases: ['gratis'], feedPath: 'wijkwijzer.cost', description: 'ja / nee.', example: { nl: 'ja', en: 'yes' } },
  { name: 'cost', aliases: ['kosten', 'prijs'], feedPath: 'wijkwijzer.cost', description: 'What it costs, in words.', example: '' },
  { name: 'wheelchair', aliases: ['rolstoel', 'rolstoeltoegankelijk'], feedPath: 'wijkwijzer.wheelchair_accessible', description: 'ja / nee.', example: { nl: 'ja', en: 'yes' } },
  { name: 'how_to_join', aliases: ['aanmelden', 'meedoen'], feedPath: 'wijkwijzer.how_to_join', description: 'How to take part.', example: { nl: 'Kom gewoon binnen.', en: 'Just walk in.' } },
  { name: 'eligibility', aliases: ['voor_wie', 'voorwaarden'], feedPath: 'eligibility_description', description: 'Who it is for, conditions.', example: { nl: 'Voor iedereen uit de wijk.', en: 'For everyone in the neighbourhood.' } },
];

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

const BY_HEADER = new Map<string, string>(
  CSV_COLUMNS.flatMap((column) => [column.name, ...column.aliases].map((header) => [normaliseHeader(header), column.name] as const)),
);

/** The canonical column a header means, or undefined when it is not one of ours. */
export function columnFor(header: string): string | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}

/**
 * A spreadsheet to fill in: every column's name (Dutch names in the Dutch one) and one example
 * row that imports as a valid activity. Dutch headers have spaces where the import also takes
 * underscores; Dutch numbers have a decimal comma, as Dutch Excel writes them.
 */
export function spreadsheetTemplate(language: keyof LocalisedMessage): string[][] {
  const header = CSV_COLUMNS.map((column) => (language === 'nl' ? (column.aliases[0] ?? column.name).replaceAll('_', ' ') : column.name));
  const example = CSV_COLUMNS.map((column) => (typeof column.example === 'string' ? column.example : column.example[language]));
  return [header, example];
}
