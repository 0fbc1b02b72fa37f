import { defineConfig } from 'astro/config';

// The learning house is static: every page is HTML on disk, searchable with Pagefind later.
export default defineConfig({
  output: 'static',
  site: 'https://wijkwijzer.nl',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
