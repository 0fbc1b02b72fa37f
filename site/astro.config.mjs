import { defineConfig } from 'astro/config';

// The learning house is static: every page is HTML on disk, searchable with Pagefind.
// Dutch at the root, English under /en/.
export default defineConfig({
  output: 'static',
  site: 'https://wijkwijzer.nl',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
});
