/**
 * Every page of the learning house, named once, with its path in Dutch and in English (without
 * the `/en` prefix). Links, the language switch, hreflang, the navigation, the sitemap and the
 * redirects from old English addresses all come from this table. A new page: its paths here, its
 * content as a view in src/views/ (props `language`, and `id` on an item page), and the view named
 * in VIEWS in src/pages/[...path].astro.
 */
import type { DemoLanguage, Language } from './ui.ts';

export const ROUTES = {
  home: { nl: '/', en: '/' },
  practices: { nl: '/goede-voorbeelden/', en: '/good-practices/' },
  principles: { nl: '/principes/', en: '/principles/' },
  learning: { nl: '/leerhuis/', en: '/learning-house/' },
  partners: { nl: '/voor-partners/', en: '/for-partners/' },
  styling: { nl: '/voor-partners/vormgeving/', en: '/for-partners/styling/' },
  studio: { nl: '/voor-partners/gegevens/', en: '/for-partners/data/' },
  wordpress: { nl: '/voor-partners/wordpress/', en: '/for-partners/wordpress/' },
  activities: { nl: '/activiteiten/', en: '/activities/' },
  trusted: { nl: '/betrouwbare-informatie/', en: '/trusted-information/' },
  welcome: { nl: '/welkome-wijk/', en: '/welcoming-neighbourhood/' },
} as const satisfies Record<string, Record<Language, `/${string}/` | '/'>>;

/**
 * Pages with one page per content item, under a section: `/principes/<id>/`. The id is the
 * content's own (a practice's, principle's or module's), the same in both languages, so the
 * language switch maps an item to the same item.
 */
export const ITEM_ROUTES = {
  practice: 'practices',
  principle: 'principles',
  module: 'learning',
} as const satisfies Record<string, keyof typeof ROUTES>;

export type SectionRoute = keyof typeof ROUTES;
export type ItemRoute = keyof typeof ITEM_ROUTES;
export type Route = SectionRoute | ItemRoute;

/**
 * The widget demo pages also come in Arabic, at `/ar/` plus the Dutch path: their header and
 * footer are Dutch (the learning house speaks Dutch and English), so they follow the Dutch address.
 */
export const DEMO_ROUTES = ['activities', 'trusted', 'welcome'] as const satisfies SectionRoute[];
export type DemoRoute = (typeof DEMO_ROUTES)[number];

/** The main menu, in this order. */
export const NAV_ROUTES = ['home', 'practices', 'principles', 'learning', 'partners'] as const satisfies SectionRoute[];

/** A page: a route, and for an item route the item's id. */
export interface PageRef {
  route: Route;
  id?: string;
}

export const isItemRoute = (route: Route): route is ItemRoute => Object.hasOwn(ITEM_ROUTES, route);
export const isDemoRoute = (route: Route): route is DemoRoute => (DEMO_ROUTES as readonly Route[]).includes(route);

/** The path of a page without the language prefix: `/principles/bewoners-centraal/` in English. */
export function pathIn(language: Language, { route, id }: PageRef): string {
  if (!isItemRoute(route)) return ROUTES[route][language];
  if (!id) throw new Error(`the ${route} page needs an id`);
  return `${ROUTES[ITEM_ROUTES[route]][language]}${id}/`;
}

/** A page's address: `/principes/`, `/en/principles/`, and for a demo page in Arabic `/ar/activiteiten/`. */
export function href(language: Language, page: PageRef | Route): string;
export function href(language: DemoLanguage, page: { route: DemoRoute } | DemoRoute): string;
export function href(language: DemoLanguage, page: PageRef | Route): string {
  const ref = typeof page === 'string' ? { route: page } : page;
  if (language === 'nl') return pathIn('nl', ref);
  if (language === 'ar') return `/ar${pathIn('nl', ref)}`;
  return `/en${pathIn('en', ref)}`;
}
