/** Measures what a browser downloads for a page, gzip-compressed, from the built files. */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist';
import { fileForUrl } from './dist';

export const gzipBytes = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** Static imports of a built ES module (dynamic import() is loaded later, on demand, so it is not counted). */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Every JS file a page loads before any interaction, following static imports. */
export function scriptsLoadedAtStart(page: BuiltPage, outDir: string, base: string): string[] {
  const seen = new Set<string>();
  const queue = page.doc
    .querySelectorAll('script[src]')
    .map((el) => fileForUrl(outDir, base, new URL(el.getAttribute('src')!, `http://site.test${page.url}`).pathname))
    .filter((file): file is string => !!file);
  // Island components are fetched by their <astro-island> as soon as they hydrate.
  for (const island of page.doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      const file = url && fileForUrl(outDir, base, new URL(url, `http://site.test${page.url}`).pathname);
      if (file) queue.push(file);
    }
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier));
    }
  }
  return [...seen].map((file) => relative(outDir, file));
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  scripts: string[];
}

export function pageWeight(page: BuiltPage, outDir: string, base: string): PageWeight {
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => fileForUrl(outDir, base, new URL(el.getAttribute('href')!, `http://site.test${page.url}`).pathname)!)
    .reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
  const inlineCss = page.doc.querySelectorAll('style').reduce((sum, el) => sum + gzipBytes(el.text), 0);
  const scripts = scriptsLoadedAtStart(page, outDir, base);
  const external = scripts.reduce((sum, file) => sum + gzipBytes(readFileSync(join(outDir, file))), 0);
  const inline = page.doc.querySelectorAll('script:not([src])').reduce((sum, el) => sum + gzipBytes(el.text), 0);
  return { html: gzipBytes(page.html), css: css + inlineCss, js: external + inline, scripts };
}
