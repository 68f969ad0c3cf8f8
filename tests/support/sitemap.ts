/** Every page path of a build: what its sitemap lists, plus the 404 page it leaves out on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '~/lib/routes';
import { fileForUrl } from './dist';
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

/**
 * The template a page is built from: an article of a collection (`frameworks/*`, a pair page
 * `compare/*` …) or, for every other route, the route itself (one page per template).
 */
export function templateOf(path: string, base: string): string {
  const local = path.slice(base.length);
  const article = /^(frameworks|dimensions|guides|compare)\/[^/]+\/$/.exec(local);
  return article ? `${article[1]}/*` : local || '(home)';
}

/** Every class name and element name a built page holds: what the site's colour rules can select. */
export function styleHooks(outDir: string, base: string, path: string): Set<string> {
  const html = readFileSync(fileForUrl(outDir, base, path)!, 'utf8');
  const hooks = new Set<string>();
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of list!.split(/\s+/)) if (name) hooks.add(`.${name}`);
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9-]*)/g)) hooks.add(tag!);
  return hooks;
}

/**
 * The pages to check in both themes: the first page of every template, then (greedily) the page
 * that adds the most class or element names not yet covered, until every name any of `paths`
 * uses is on a chosen page. So every colour rule the site applies anywhere is applied, in each
 * theme, on at least one chosen page.
 */
export function pagesCoveringEveryTemplateAndStyle(outDir: string, base: string, paths: readonly string[]): string[] {
  const hooks = new Map(paths.map((path) => [path, styleHooks(outDir, base, path)]));
  const firsts = new Map<string, string>();
  for (const path of paths) if (!firsts.has(templateOf(path, base))) firsts.set(templateOf(path, base), path);
  const chosen = [...firsts.values()];
  const covered = new Set(chosen.flatMap((path) => [...hooks.get(path)!]));
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const path of paths) {
      const gain = [...hooks.get(path)!].filter((hook) => !covered.has(hook)).length;
      if (gain > bestGain) [best, bestGain] = [path, gain];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const hook of hooks.get(best)!) covered.add(hook);
  }
}
