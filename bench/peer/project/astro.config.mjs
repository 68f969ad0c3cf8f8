// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Stock Starlight: its defaults (Pagefind, sitemap, Expressive Code), only a title and a site URL
// (the site has a sitemap too, which needs one).
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'Bench peer' })],
});
