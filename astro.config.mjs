// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { themeInitScript } from './src/scripts/theme-init.mjs';

/** Where the site is published. Both are read from the environment so one build fits any host. */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH || '/');

/** @param {string} path */
function normaliseBase(path) {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** @param {string} text */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's default cache (node_modules/.astro) holds the content store; keep it per checkout, so
  // worktrees that share one node_modules do not build from each other's content.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 defaults to 'jsx', which drops the whitespace between inline elements in tables.
  compressHTML: true,
  // Preact's Vite plugin runs Babel over every .js/.ts module it is not told to skip, including the
  // content modules Astro generates (hundreds of kilobytes at a thousand pages). In a production
  // build that pass changes nothing outside the islands, the only files with JSX.
  integrations: [mdx(), preact({ include: ['**/src/islands/**'] }), sitemap()],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // Pagefind compiles its WebAssembly search engine at run time.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (sha256(themeInitScript))],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: {
      // Vite's dynamic-import helper (preload-helper) goes into the header's chunk, the one script
      // every page loads: before, the header module imported it as a second request, a second round
      // trip on every page's critical chain before the first paint (Lighthouse counted it in LCP).
      // The islands and the search module import it from there, already loaded.
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: { groups: [{ name: 'header', test: /vite\/preload-helper|chrome\/Header\.astro\?astro&type=script/ }] },
            },
          },
        },
      },
    },
  },
});
