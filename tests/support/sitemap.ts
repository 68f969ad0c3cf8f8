/** Every page path of a build: what its sitemap lists, plus the 404 page it leaves out on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(outDir: string, base: string): string[] {
  const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, `${base}404.html`];
}
