/** Reads a built site: its HTML pages, parsed, keyed by the URL path a static host serves them at. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path including the base, e.g. /field-guide/frameworks/alpha/ */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function urlForFile(outDir: string, base: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return `${base}${rel.slice(0, -'index.html'.length)}`;
  return `${base}${rel}`;
}

export function readPages(outDir: string, base: string): BuiltPage[] {
  return walk(outDir)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { url: urlForFile(outDir, base, file), file, html, doc: parse(html) };
    });
}

/** The file a static host would serve for a URL path under `base`, or undefined. */
export function fileForUrl(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(outDir, rel, 'index.html')] : [join(outDir, rel), join(outDir, rel, 'index.html')];
  return candidates.find((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * A built site for the site tests: its parsed pages, one page by path under the base (failing with
 * the path when it is missing), and a built file's text by path.
 */
export function builtSite(outDir: string, base: string) {
  const pages = readPages(outDir, base);
  const page = (path: string): BuiltPage => {
    const found = pages.find((p) => p.url === `${base}${path}`);
    if (!found) throw new Error(`no page at ${base}${path}`);
    return found;
  };
  const read = (path: string) => readFileSync(fileForUrl(outDir, base, `${base}${path}`)!, 'utf8');
  return { pages, page, read };
}
