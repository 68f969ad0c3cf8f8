/** Every page path of a build: what its sitemap lists, plus the 404 page it leaves out on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../src/lib/routes';
import { readCollection } from './content';

export function sitemapPaths(outDir: string, base: string): string[] {
  const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, `${base}404.html`];
}

/**
 * The pairs that name every framework at least once: (1, 2), (3, 4) … and, for an odd count, the
 * last with the first. ⌈n / 2⌉ pages instead of n(n − 1) / 2.
 */
export function pairsCoveringEveryFramework(ids: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < ids.length - 1; i += 2) pairs.push([ids[i]!, ids[i + 1]!]);
  if (ids.length % 2 === 1 && ids.length > 1) pairs.push([ids[ids.length - 1]!, ids[0]!]);
  return pairs;
}

/**
 * Every page of a build, except that of the pair pages (one template, n² pages) only those in
 * pairsCoveringEveryFramework are kept, so each framework's name and data still pass through the
 * template once. The per-page browser checks (axe in two themes, overflow at three widths) visit
 * these. Every pair page is still built, link-checked and byte-budgeted over the whole build; only
 * the browser visits are sampled, because their cost grows with n² while the template does not change.
 */
export function representativePaths(outDir: string, base: string): string[] {
  const ids = readCollection('frameworks').map((f) => f.id);
  const all = new Set(ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${base}${routes.pair(a, b).slice(1)}`)));
  const kept = new Set(pairsCoveringEveryFramework(ids).map(([a, b]) => `${base}${routes.pair(a, b).slice(1)}`));
  return sitemapPaths(outDir, base).filter((path) => !all.has(path) || kept.has(path));
}
