/**
 * sitemap.xml from the route table: every page, with its versions in the other languages, so
 * search engines pair /principes/ with /en/principles/ (and a demo page with its Arabic version).
 */
import type { APIRoute } from 'astro';
import { sitePages } from '../lib/site-pages.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = ({ site }) => {
  const pages = sitePages();
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const entries = pages.map((page) => {
    const versions = pages.filter((other) => other.route === page.route && other.id === page.id);
    const alternates = versions.map((version) => `<xhtml:link rel="alternate" hreflang="${version.language}" href="${url(version.href)}"/>`);
    return `<url><loc>${url(page.href)}</loc>${alternates.join('')}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
