/**
 * The pages the learning house builds, from the route table and the content: each section page
 * in Dutch and English (demo pages also in Arabic), each practice, principle and module in every
 * language it is written in. The route file, the language switch and the sitemap read this list.
 */
import { DEMO_ROUTES, ITEM_ROUTES, ROUTES, href, pathIn, type ItemRoute, type PageRef, type SectionRoute } from '../i18n/routes.ts';
import { LANGUAGES, type DemoLanguage, type Language } from '../i18n/ui.ts';
import { modules, practices, principles } from './content.ts';

const ITEM_IDS: Record<ItemRoute, (language: Language) => string[]> = {
  practice: (language) => practices(language).map((practice) => practice.id),
  principle: (language) => principles(language).map((principle) => principle.slug),
  module: (language) => modules(language).map((module) => module.id),
};

export interface SitePage extends PageRef {
  language: DemoLanguage;
  href: string;
}

function pagesIn(language: Language): PageRef[] {
  const sections = (Object.keys(ROUTES) as SectionRoute[]).map((route) => ({ route }));
  const items = (Object.keys(ITEM_IDS) as ItemRoute[]).flatMap((route) => ITEM_IDS[route](language).map((id) => ({ route, id })));
  return [...sections, ...items];
}

let cached: SitePage[] | undefined;

export function sitePages(): SitePage[] {
  cached ??= [
    ...LANGUAGES.flatMap((language) => pagesIn(language).map((page) => ({ ...page, language, href: href(language, page) }))),
    ...DEMO_ROUTES.map((route) => ({ route, language: 'ar' as const, href: href('ar', route) })),
  ];
  return cached;
}

export function pageExists(language: DemoLanguage, { route, id }: PageRef): boolean {
  return sitePages().some((page) => page.language === language && page.route === route && page.id === id);
}

/** A page in another language, or, when that item is not written in it, the section it would be in. */
export function counterpart(language: Language, page: PageRef): PageRef {
  if (pageExists(language, page)) return page;
  return { route: page.route in ITEM_ROUTES ? ITEM_ROUTES[page.route as ItemRoute] : 'home' };
}

/**
 * English pages had Dutch slugs (`/en/principes/`) until they got their own: the old addresses
 * stay as redirect pages, so bookmarks and links from elsewhere still arrive.
 */
export function legacyRedirects(): { from: string; to: string }[] {
  return sitePages()
    .filter((page) => page.language === 'en')
    .map((page) => ({ from: `/en${pathIn('nl', page)}`, to: page.href }))
    .filter(({ from, to }) => from !== to);
}
