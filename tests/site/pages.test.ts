import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/builds.mjs';
import { publishedFrameworks } from '../support/content';
import { readPages } from '../support/dist';

const { base, outDir } = BUILDS.sub;
const pages = readPages(outDir, base);
const FRAMEWORK_IDS = publishedFrameworks().map((f) => f.id);

describe('every page', () => {
  it('has a unique title, a description and exactly one h1', () => {
    const problems: string[] = [];
    const titles = new Map<string, string>();
    for (const page of pages) {
      const title = page.doc.querySelector('title')?.text.trim() ?? '';
      const description = page.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
      const h1s = page.doc.querySelectorAll('h1').length;
      if (!title) problems.push(`${page.url}: no <title>`);
      if (description.length < 40) problems.push(`${page.url}: description missing or shorter than 40 characters`);
      if (h1s !== 1) problems.push(`${page.url}: ${h1s} <h1> elements`);
      if (titles.has(title)) problems.push(`${page.url}: title "${title}" also used by ${titles.get(title)}`);
      titles.set(title, page.url);
    }
    expect(problems).toEqual([]);
  });

  it('declares its language, a viewport and a Content-Security-Policy with the Pagefind allowances', () => {
    for (const page of pages) {
      expect(page.doc.querySelector('html')?.getAttribute('lang'), page.url).toBe('en');
      expect(page.doc.querySelector('meta[name="viewport"]'), page.url).not.toBeNull();
      const csp = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, page.url).toContain("'wasm-unsafe-eval'");
      expect(csp, page.url).toContain("worker-src 'self' blob:");
      expect(csp, page.url).not.toContain("'unsafe-inline'");
    }
  });

  it('indexes only the main content of content pages, with a page-type filter', () => {
    const indexed = pages.filter((p) => p.doc.querySelector('[data-pagefind-body]'));
    for (const page of indexed) {
      expect(page.doc.querySelector('main[data-pagefind-body]'), page.url).not.toBeNull();
      expect(page.doc.querySelector('[data-pagefind-filter^="type:"]'), page.url).not.toBeNull();
    }
    const urls = indexed.map((p) => p.url);
    for (const id of FRAMEWORK_IDS) expect(urls).toContain(`${base}frameworks/${id}/`);
    expect(urls).not.toContain(`${base}404.html`);
    expect(urls).not.toContain(`${base}search/`);
  });

  it('shows when framework pages were last reviewed and how many sources they cite', () => {
    for (const id of FRAMEWORK_IDS) {
      const page = pages.find((p) => p.url === `${base}frameworks/${id}/`)!;
      expect(page.doc.querySelector('main .meta-line time')?.getAttribute('datetime'), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.doc.querySelectorAll('#sources-cited-list ol.source-list > li').length, id).toBeGreaterThan(0);
    }
  });
});
