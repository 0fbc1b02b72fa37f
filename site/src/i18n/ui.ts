import { dutchCatalogue, englishCatalogue, isTargetGroupSlug, isThemeSlug, type Catalogue } from '@wijkwijzer/model';
/** The learning house's words, Dutch first. Pages ask `ui(lang)` for their strings; nothing is hard-coded. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const nl = {
  siteName: 'Wijkwijzer',
  /** The header's line under the name: what the site is. */
  purpose: 'Leerhuis voor samenwerken in de wijk: wonen, welzijn en zorg rond bewoners',
  skipLink: 'Naar de inhoud',
  nav: { label: 'Hoofdmenu', home: 'Home', practices: 'Goede voorbeelden', principles: 'De 7 principes', learning: 'Leerhuis', partners: 'Voor partners', activities: 'Activiteiten', trusted: 'Betrouwbare informatie' },
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  footer: {
    aboutTitle: 'Over Wijkwijzer',
    about: 'Wijkwijzer is een leerhuis. U vindt hier goede voorbeelden uit de wijk, korte leermodules en de 7 principes voor samenwerken rond bewoners.',
    audienceTitle: 'Voor wie',
    audience: 'Voor medewerkers van woningcorporaties, welzijn, zorg en gemeenten. En voor bewoners die meedoen in hun wijk.',
    partnersTitle: 'Voor partners',
    partners: 'Zet de zoeker, een leermodule of betrouwbare informatie op uw eigen website.',
    partnersLink: 'Naar de pagina voor partners',
    privacy: 'Wijkwijzer zet geen cookies en volgt u niet.',
    licence: 'Vrij te gebruiken:',
    codeLicence: 'de code onder EUPL-1.2',
    codeLicenceUrl: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
    contentLicence: 'de teksten onder CC BY 4.0',
    contentLicenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  },
  practices: {
    title: 'Goede voorbeelden',
    intro: 'Voorbeelden van samenwerking tussen wonen, welzijn en zorg, rond bewoners. Zoek op onderwerp, principe, plaats of doelgroep.',
    all: 'Alle goede voorbeelden',
    place: 'Plaats',
    region: 'Regio',
    principles: 'Principes',
    themes: 'Onderwerpen',
    domains: 'Domeinen',
    targetGroups: 'Voor wie',
    partners: 'Wie werken samen',
    year: 'Jaar',
    what: 'Wat is het?',
    facts: 'In het kort',
    takeaways: 'Wat kunt u ervan leren?',
    sources: 'Bronnen',
    recognition: 'Erkenning',
    back: 'Terug naar alle goede voorbeelden',
  },
  filters: { principle: 'principe', theme: 'onderwerp', domain: 'domein', targetGroup: 'doelgroep', place: 'plaats' },
  search: { title: 'Zoeken in goede voorbeelden' },
  principles: { title: 'De 7 principes', intro: 'Zeven principes voor samenwerken rond bewoners. Bij elk principe staan voorbeelden uit de praktijk.', inPractice: 'Zo doe je dat', questions: 'Om samen over te praten', examples: 'Voorbeelden bij dit principe', officialName: 'Officiële naam:' },
  learning: { title: 'Leerhuis', intro: 'Nieuwe medewerkers leren hier hoe we samenwerken in de wijk. Begin met de 7 principes, daarna wijkgericht werken.', path: 'Leerroute', read: 'Lezen', interactive: 'Doen, met vragen', lessons: 'lessen', minutes: 'minuten', step: 'Stap' },
  domain: { wonen: 'Wonen', welzijn: 'Welzijn', zorg: 'Zorg' },
  partners: {
    title: 'Voor partners: zet een onderdeel op uw website',
    intro: 'Kies een onderdeel en stel het in. U ziet meteen hoe het eruitziet. Kopieer daarna de code en plak die in uw website (in WordPress: een blok "Aangepaste HTML").',
    language: 'Taal',
    colour: 'Hoofdkleur',
    preview: 'Zo ziet het eruit',
    code: 'Code om te plakken',
    copy: 'Kopieer de code',
    copied: 'De code staat op het klembord.',
    manual: 'Kopiëren lukte niet; de code is geselecteerd, kopieer hem zelf.',
    theming: 'Kleuren en lettertype',
    themingLink: 'Alle CSS-variabelen en onderdelen om de widgets op uw huisstijl af te stemmen',
    feed: 'Uw eigen gegevens',
    feedText:
      'De zoeker leest een bestand met activiteiten in het formaat van Open Referral (HSDS 3), met een paar velden erbij. Download het schema, of maak het bestand van een spreadsheet met het importcommando.',
    security: 'Veiligheid en privacy',
    securityText:
      "De onderdelen zetten geen cookies, volgen niemand en halen alleen op wat u instelt. Ze werken met een strikte Content-Security-Policy: default-src 'self' plus de herkomst van uw gegevens. Het zoeken in goede voorbeelden gebruikt WebAssembly: voeg 'wasm-unsafe-eval' toe aan script-src. Zet u dat zoeken op een andere website, dan moet de website van het leerhuis voor /pagefind/ de header Access-Control-Allow-Origin sturen.",
    /** Per widget: its title in the configurator and a label per attribute it offers. */
    widgets: {
      finder: { title: 'Activiteiten zoeken', src: 'Adres van uw gegevens (feed)', neighbourhood: 'Alleen deze wijk', theme: 'Alleen dit onderwerp', freeOnly: 'Alleen gratis' },
      module: { title: 'Leermodule', src: 'Module' },
      trusted: { title: 'Betrouwbare informatie', topic: 'Onderwerp (leeg: de bezoeker kiest)', hideOverdue: 'Verberg bronnen die te lang niet nagekeken zijn' },
      practices: { title: 'Goede voorbeelden zoeken', index: 'Adres van de zoekindex' },
    },
    /** The styling page; the parts' names come from custom-elements.json. */
    styling: {
      title: 'Vormgeving: de widgets in uw huisstijl',
      back: 'Terug naar Voor partners',
      theming: 'CSS-variabelen',
      themingIntro:
        'De onderdelen nemen het lettertype en de tekstgrootte van uw website over. Met deze CSS-variabelen past u ze verder aan, bijvoorbeeld: wijk-initiative-finder { --wijk-color-accent: #7a1f5c; }',
      parts: 'Onderdelen die u met ::part() kunt stylen',
      flash: 'Voordat de widgets geladen zijn',
      flashText:
        'Wat u tussen de tags van een widget zet (bijvoorbeeld de crisislijnen uit de code van de configurator), ziet de bezoeker zolang de widget nog niet geladen is, en altijd als JavaScript uit staat of het script niet laadt. Met deze CSS ziet u die inhoud niet even opflitsen voordat de widget hem vervangt; laadt het script na 3 seconden nog niet, dan verschijnt hij toch. Zet de inhoud niet weg met alleen visibility: hidden: dan ziet een bezoeker zonder JavaScript niets.',
    },
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    intro: 'Misschien is de pagina verhuisd, of staat er een typefout in het adres. Kies een onderdeel in het menu, of zoek in de goede voorbeelden.',
    search: 'Zoeken',
  },
  /** /voor-partners/gegevens/: the feed studio; {placeholders} are filled in by its script. */
  studio: {
    title: 'Van spreadsheet naar activiteitenbestand',
    description: 'Zet uw lijst met activiteiten om naar het bestand dat de zoeker leest. Controleer en verbeter, in uw eigen browser.',
    intro: 'Heeft u uw activiteiten in Excel of een ander spreadsheetprogramma? Hier maakt u er het bestand van dat de zoeker op uw website leest. U hoeft niets te installeren.',
    privacy: 'Uw bestand blijft op uw computer. Alles gebeurt in deze browser: er wordt niets verstuurd of bewaard.',
    howTitle: 'Zo werkt het',
    steps: {
      template: 'Download het voorbeeldbestand. Vul uw activiteiten in: één activiteit per rij. Een eigen lijst kan ook, met dezelfde kolomnamen.',
      drop: 'Kies het bestand hieronder, of sleep het naar het vak.',
      fix: 'Ziet u problemen? Verbeter ze in uw spreadsheet, sla op en kies het bestand opnieuw.',
      publish: 'Klopt alles? Download het activiteitenbestand en zet het op uw website.',
    },
    templateTitle: 'Voorbeeldbestand',
    templateCsv: 'Voorbeeld als CSV (opent in Excel, LibreOffice en Numbers)',
    templateXlsx: 'Voorbeeld als Excel-werkmap (.xlsx)',
    templateFile: 'activiteiten-voorbeeld',
    templateSheet: 'Activiteiten',
    templateColumnsText: 'Naam en organisatie zijn verplicht; de andere kolommen mag u leeg laten of weglaten. Engelse kolomnamen werken ook.',
    fileTitle: 'Uw bestand',
    fileLabel: 'Kies een bestand: CSV, Excel (.xlsx) of JSON',
    dropHint: 'U kunt het bestand ook naar dit vak slepen.',
    reading: 'Bezig met lezen van {file}…',
    activitiesOne: '1 activiteit gelezen',
    activitiesOther: '{count} activiteiten gelezen',
    problemsNone: 'geen problemen',
    problemsOne: '1 probleem',
    problemsOther: '{count} problemen',
    warningsOne: '1 punt om na te kijken',
    warningsOther: '{count} punten om na te kijken',
    readAs: 'Gelezen als: {format}',
    failed: 'Het bestand kon niet gelezen worden. Probeer het opnieuw, of sla het op als CSV en kies het dan.',
    problemsTitle: 'Dit moet anders',
    problemsText: 'Verbeter dit in uw bestand. Sla het op en kies het hier opnieuw. Rij 1 is de rij met kolomnamen, zoals in uw spreadsheet.',
    warningsTitle: 'Om na te kijken',
    warningsText: 'Dit is overgenomen, maar kijk even of het klopt.',
    row: 'Rij',
    column: 'Kolom',
    place: 'Plaats in het bestand',
    message: 'Wat is er aan de hand',
    wholeFile: 'hele bestand',
    previewTitle: 'Zo ziet de zoeker eruit met uw activiteiten',
    downloadTitle: 'Uw activiteitenbestand',
    download: 'Download het activiteitenbestand',
    fileName: 'activiteiten.json',
    publishText: 'Zet dit bestand op uw website, bijvoorbeeld als https://www.uw-organisatie.nl/activiteiten.json. Vul dat adres in bij "Adres van uw gegevens" op de pagina',
    withoutJavaScript: 'Deze pagina werkt alleen met JavaScript. Zonder JavaScript kunt u het importcommando gebruiken (zie Voor partners).',
    fromPartners: 'Maak het bestand van uw spreadsheet, in uw browser',
  },
};

type Dictionary = typeof nl;

const en: Dictionary = {
  siteName: 'Wijkwijzer',
  purpose: 'Learning house for working together in the neighbourhood: housing, welfare and care around residents',
  skipLink: 'Skip to content',
  nav: { label: 'Main menu', home: 'Home', practices: 'Good practices', principles: 'The 7 principles', learning: 'Learning house', partners: 'For partners', activities: 'Activities', trusted: 'Trusted information' },
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Lees deze pagina in het Nederlands',
  footer: {
    aboutTitle: 'About Wijkwijzer',
    about: 'Wijkwijzer is a learning house. Here you find good practices from neighbourhoods, short learning modules and the 7 principles for working together around residents.',
    audienceTitle: 'For whom',
    audience: 'For staff of housing corporations, welfare, care and municipalities. And for residents who take part in their neighbourhood.',
    partnersTitle: 'For partners',
    partners: 'Put the finder, a learning module or trusted information on your own website.',
    partnersLink: 'Go to the page for partners',
    privacy: 'Wijkwijzer sets no cookies and does not track you.',
    licence: 'Free to use:',
    codeLicence: 'the code under EUPL-1.2',
    codeLicenceUrl: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
    contentLicence: 'the texts under CC BY 4.0',
    contentLicenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.en',
  },
  practices: {
    title: 'Good practices',
    intro: 'Examples of housing, welfare and care working together around residents. Search by topic, principle, place or target group.',
    all: 'All good practices',
    place: 'Place',
    region: 'Region',
    principles: 'Principles',
    themes: 'Topics',
    domains: 'Domains',
    targetGroups: 'For whom',
    partners: 'Who works together',
    year: 'Year',
    what: 'What is it?',
    facts: 'At a glance',
    takeaways: 'What can you take from it?',
    sources: 'Sources',
    recognition: 'Recognition',
    back: 'Back to all good practices',
  },
  filters: { principle: 'principle', theme: 'topic', domain: 'domain', targetGroup: 'audience', place: 'place' },
  search: { title: 'Search good practices' },
  principles: { title: 'The 7 principles', intro: 'Seven principles for working together around residents. Each comes with examples from practice.', inPractice: 'How to do it', questions: 'To discuss together', examples: 'Examples of this principle', officialName: 'Official name, in Dutch:' },
  learning: { title: 'Learning house', intro: 'New staff learn here how we work together in the neighbourhood. Start with the 7 principles, then working in the neighbourhood.', path: 'Learning path', read: 'Read', interactive: 'Do it, with questions', lessons: 'lessons', minutes: 'minutes', step: 'Step' },
  domain: { wonen: 'Housing', welzijn: 'Welfare', zorg: 'Care' },
  partners: {
    title: 'For partners: put a part on your website',
    intro: 'Choose a part and set it up. You see straight away how it looks. Then copy the code and paste it into your website (in WordPress: a "Custom HTML" block).',
    language: 'Language',
    colour: 'Main colour',
    preview: 'This is how it looks',
    code: 'Code to paste',
    copy: 'Copy the code',
    copied: 'The code is on the clipboard.',
    manual: 'Copying did not work; the code is selected, copy it yourself.',
    theming: 'Colours and font',
    themingLink: 'All CSS variables and parts to match the widgets to your house style',
    feed: 'Your own data',
    feedText:
      'The finder reads a file of activities in the Open Referral (HSDS 3) format, with a few extra fields. Download the schema, or make the file from a spreadsheet with the import command.',
    security: 'Security and privacy',
    securityText:
      "The parts set no cookies, track nobody and fetch only what you configure. They work under a strict Content-Security-Policy: default-src 'self' plus the origin of your data. Searching good practices uses WebAssembly: add 'wasm-unsafe-eval' to script-src. If you put that search on another website, the learning house's site must send the Access-Control-Allow-Origin header for /pagefind/.",
    widgets: {
      finder: { title: 'Find activities', src: 'Address of your data (feed)', neighbourhood: 'Only this neighbourhood', theme: 'Only this topic', freeOnly: 'Free only' },
      module: { title: 'Learning module', src: 'Module' },
      trusted: { title: 'Trusted information', topic: 'Topic (empty: the visitor chooses)', hideOverdue: 'Hide sources overdue for review' },
      practices: { title: 'Search good practices', index: 'Address of the search index' },
    },
    styling: {
      title: 'Styling: the widgets in your house style',
      back: 'Back to For partners',
      theming: 'CSS variables',
      themingIntro:
        'The parts take the font and text size of your website. With these CSS variables you adjust them further, for example: wijk-initiative-finder { --wijk-color-accent: #7a1f5c; }',
      parts: 'Pieces you can style with ::part()',
      flash: 'Before the widgets have loaded',
      flashText:
        "What you put between a widget's tags (for example the crisis lines from the configurator's code) is what visitors see until the widget has loaded, and always when JavaScript is off or the script does not load. This CSS keeps that content from flashing up before the widget replaces it; if the script has not loaded after 3 seconds, it shows after all. Do not hide it with visibility: hidden alone: a visitor without JavaScript would then see nothing.",
    },
  },
  notFound: {
    title: 'This page does not exist',
    intro: 'The page may have moved, or the address has a typo. Choose a part of the site below, or search the good practices.',
    search: 'Search',
  },
  studio: {
    title: 'From spreadsheet to activities file',
    description: 'Turn your list of activities into the file the finder reads. Check and correct it, in your own browser.',
    intro: 'Do you keep your activities in Excel or another spreadsheet program? Here you turn them into the file the finder on your website reads. There is nothing to install.',
    privacy: 'Your file stays on your computer. Everything happens in this browser: nothing is sent or stored.',
    howTitle: 'How it works',
    steps: {
      template: 'Download the template. Fill in your activities: one activity per row. Your own list works too, with the same column names.',
      drop: 'Choose the file below, or drag it onto the box.',
      fix: 'Do you see problems? Correct them in your spreadsheet, save and choose the file again.',
      publish: 'All correct? Download the activities file and put it on your website.',
    },
    templateTitle: 'Template',
    templateCsv: 'Template as CSV (opens in Excel, LibreOffice and Numbers)',
    templateXlsx: 'Template as Excel workbook (.xlsx)',
    templateFile: 'activities-template',
    templateSheet: 'Activities',
    templateColumnsText: 'Name and organisation are required; you may leave the other columns empty or leave them out. Dutch column names work too.',
    fileTitle: 'Your file',
    fileLabel: 'Choose a file: CSV, Excel (.xlsx) or JSON',
    dropHint: 'You can also drag the file onto this box.',
    reading: 'Reading {file}…',
    activitiesOne: '1 activity read',
    activitiesOther: '{count} activities read',
    problemsNone: 'no problems',
    problemsOne: '1 problem',
    problemsOther: '{count} problems',
    warningsOne: '1 point to check',
    warningsOther: '{count} points to check',
    readAs: 'Read as: {format}',
    failed: 'The file could not be read. Try again, or save it as CSV and choose that.',
    problemsTitle: 'What to change',
    problemsText: 'Correct this in your file. Save it and choose it here again. Row 1 is the row with column names, as in your spreadsheet.',
    warningsTitle: 'To check',
    warningsText: 'This was taken over, but check whether it is right.',
    row: 'Row',
    column: 'Column',
    place: 'Place in the file',
    message: 'What is the matter',
    wholeFile: 'whole file',
    previewTitle: 'This is how the finder looks with your activities',
    downloadTitle: 'Your activities file',
    download: 'Download the activities file',
    fileName: 'activities.json',
    publishText: 'Put this file on your website, for example as https://www.your-organisation.nl/activities.json. Enter that address under "Address of your data" on the page',
    withoutJavaScript: 'This page only works with JavaScript. Without JavaScript you can use the import command (see For partners).',
    fromPartners: 'Make the file from your spreadsheet, in your browser',
  },
};

const dictionaries: Record<Language, Dictionary> = { nl, en };

export function ui(language: Language): Dictionary {
  return dictionaries[language];
}

/**
 * The widget demo pages (the finder, trusted information, the residents' course) come in Arabic
 * too: residents who read Arabic meet the widgets on partners' sites, with Arabic content, not
 * Dutch data with Arabic buttons. The rest of the learning house is for staff, in Dutch and English.
 */
export const DEMO_LANGUAGES = [...LANGUAGES, 'ar'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** The language of the site's own header, navigation and footer on a demo page. */
const CHROME_LANGUAGE: Record<DemoLanguage, Language> = { nl: 'nl', en: 'en', ar: 'nl' };

export function chromeLanguageOf(language: DemoLanguage): Language {
  return CHROME_LANGUAGE[language];
}

const OTHER_LANGUAGE: Record<Language, Language> = { nl: 'en', en: 'nl' };

/** The language the language switch offers. */
export function otherLanguageOf(language: Language): Language {
  return OTHER_LANGUAGE[language];
}

/** Theme and target-group words come from the model's catalogue, the same the widgets use. */
const CATALOGUES: Record<Language, Catalogue> = { nl: dutchCatalogue, en: englishCatalogue };

export const themeLabel = (slug: string, language: Language) => (isThemeSlug(slug) ? CATALOGUES[language].theme[slug] : slug);
export const targetGroupLabel = (slug: string, language: Language) => (isTargetGroupSlug(slug) ? CATALOGUES[language].targetGroup[slug] : slug);

/**
 * Each CSS variable of custom-elements.json in Dutch, for the Dutch styling page. The widgets'
 * own descriptions (in the manifest) are the English; a variable without a Dutch one stops the build.
 */
export const DUTCH_TOKEN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '--wijk-color-accent': 'Kleur van knoppen, links en wat opvalt.',
  '--wijk-color-accent-contrast': 'Kleur van tekst op de hoofdkleur.',
  '--wijk-color-text': 'Tekstkleur; standaard die van uw website.',
  '--wijk-color-surface': 'Achtergrond van vakken, zoals kaarten en meldingen.',
  '--wijk-color-border': 'Kleur van randen.',
  '--wijk-color-danger': 'Kleur die een fout aangeeft.',
  '--wijk-color-focus': 'Kleur van de rand om wat u met het toetsenbord kiest.',
  '--wijk-color-input': 'Achtergrond van invulvakken.',
  '--wijk-color-input-text': 'Tekstkleur in invulvakken.',
  '--wijk-font-family': 'Lettertype; standaard dat van uw website.',
  '--wijk-font-size': 'Tekstgrootte, ten opzichte van de kolom waarin de widget staat.',
  '--wijk-radius': 'Hoe rond de hoeken zijn.',
  '--wijk-space': 'Ruimte tussen en in onderdelen.',
};
