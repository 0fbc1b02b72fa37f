import { dutchCatalogue, englishCatalogue, isTargetGroupSlug, isThemeSlug, type Catalogue } from '@wijkwijzer/model';
/** The learning house's words, Dutch first. Pages ask `ui(lang)` for their strings; nothing is hard-coded. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const nl = {
  siteName: 'Wijkwijzer',
  tagline: 'leerhuis voor wonen, welzijn en zorg',
  skipLink: 'Naar de inhoud',
  nav: { label: 'Hoofdmenu', home: 'Home', practices: 'Goede voorbeelden', principles: 'De 7 principes', learning: 'Leerhuis', partners: 'Voor partners', activities: 'Activiteiten', trusted: 'Betrouwbare informatie' },
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  footer: 'Wijkwijzer zet geen cookies en volgt u niet.',
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
    partners: 'Partners',
    year: 'Jaar',
    takeaways: 'Wat kunt u ervan leren?',
    sources: 'Bronnen',
    recognition: 'Erkenning',
    back: 'Terug naar alle goede voorbeelden',
  },
  filters: { principle: 'principe', theme: 'onderwerp', domain: 'domein', targetGroup: 'doelgroep', place: 'plaats' },
  search: { title: 'Zoeken in goede voorbeelden' },
  principles: { title: 'De 7 principes', intro: 'Zeven principes voor samenwerken rond bewoners. Bij elk principe staan voorbeelden uit de praktijk.', inPractice: 'Zo doe je dat', questions: 'Om samen over te praten', examples: 'Voorbeelden bij dit principe' },
  learning: { title: 'Leerhuis', intro: 'Nieuwe medewerkers leren hier hoe we samenwerken in de wijk. Begin met de 7 principes, daarna wijkgericht werken.', path: 'Leerroute', read: 'Lezen', interactive: 'Doen, met vragen', lessons: 'lessen', minutes: 'minuten', step: 'Stap' },
  domain: { wonen: 'Wonen', welzijn: 'Welzijn', zorg: 'Zorg' },
};

type Dictionary = typeof nl;

const en: Dictionary = {
  siteName: 'Wijkwijzer',
  tagline: 'learning house for housing, welfare and care',
  skipLink: 'Skip to content',
  nav: { label: 'Main menu', home: 'Home', practices: 'Good practices', principles: 'The 7 principles', learning: 'Learning house', partners: 'For partners', activities: 'Activities', trusted: 'Trusted information' },
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Lees deze pagina in het Nederlands',
  footer: 'Wijkwijzer sets no cookies and does not track you.',
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
    partners: 'Partners',
    year: 'Year',
    takeaways: 'What can you take from it?',
    sources: 'Sources',
    recognition: 'Recognition',
    back: 'Back to all good practices',
  },
  filters: { principle: 'principle', theme: 'topic', domain: 'domain', targetGroup: 'audience', place: 'place' },
  search: { title: 'Search good practices' },
  principles: { title: 'The 7 principles', intro: 'Seven principles for working together around residents. Each comes with examples from practice.', inPractice: 'How to do it', questions: 'To discuss together', examples: 'Examples of this principle' },
  learning: { title: 'Learning house', intro: 'New staff learn here how we work together in the neighbourhood. Start with the 7 principles, then working in the neighbourhood.', path: 'Learning path', read: 'Read', interactive: 'Do it, with questions', lessons: 'lessons', minutes: 'minutes', step: 'Step' },
  domain: { wonen: 'Housing', welzijn: 'Welfare', zorg: 'Care' },
};

const dictionaries: Record<Language, Dictionary> = { nl, en };

export function ui(language: Language): Dictionary {
  return dictionaries[language];
}

/** `/goede-voorbeelden/` in Dutch, `/en/goede-voorbeelden/` in English. */
export function localized(language: Language, path: string): string {
  return language === 'nl' ? path : `/en${path}`;
}

/** getStaticPaths for a page that exists in every language: `lang` is undefined for Dutch. */
export function languagePaths() {
  return LANGUAGES.map((language) => ({ params: { lang: language === 'nl' ? undefined : language }, props: { language } }));
}

export function languageOf(param: string | undefined): Language {
  return param === 'en' ? 'en' : 'nl';
}

/** Theme and target-group words come from the model's catalogue, the same the widgets use. */
const CATALOGUES: Record<Language, Catalogue> = { nl: dutchCatalogue, en: englishCatalogue };

export const themeLabel = (slug: string, language: Language) => (isThemeSlug(slug) ? CATALOGUES[language].theme[slug] : slug);
export const targetGroupLabel = (slug: string, language: Language) => (isTargetGroupSlug(slug) ? CATALOGUES[language].targetGroup[slug] : slug);
