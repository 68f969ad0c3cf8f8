import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/builds.mjs';
import { readPages } from '../support/dist';
import { pageWeight } from '../support/weight';

/** Gzip budgets from DESIGN.md. Sizes are deterministic for a given build, so they are tests. */
const KB = 1024;
const BUDGET = { html: 15 * KB, css: 15 * KB, jsWithoutIslands: 5 * KB, jsWithIslands: 20 * KB };

const { base, outDir } = BUILDS.sub;
const pages = readPages(outDir, base);

describe('page weight budgets (gzip)', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
    const weight = pageWeight(page, outDir, base);
    const hasIslands = page.doc.querySelector('astro-island') !== null;
    expect.soft(weight.html, 'HTML').toBeLessThanOrEqual(BUDGET.html);
    expect.soft(weight.css, 'CSS').toBeLessThanOrEqual(BUDGET.css);
    expect(weight.js, `JavaScript before search is opened (${weight.scripts.join(', ')})`).toBeLessThanOrEqual(
      hasIslands ? BUDGET.jsWithIslands : BUDGET.jsWithoutIslands,
    );
  });

  it('does not load the search UI or index until search is opened', () => {
    for (const page of pages) {
      const scripts = pageWeight(page, outDir, base).scripts;
      expect(scripts.filter((s) => s.includes('pagefind')), page.url).toEqual([]);
    }
  });
});
