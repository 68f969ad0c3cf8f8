/**
 * No layout shift on the pages this polish owns: the cumulative layout shift a PerformanceObserver
 * records from navigation until the reader has scrolled through the page (so islands that hydrate
 * when visible are counted), on a phone and on a laptop. Lighthouse figures go in the benchmark;
 * this is the deterministic part.
 */
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { readCollection } from '../support/content';

const site = servedSite();
const [framework] = readCollection('frameworks');
const [dimension] = readCollection('dimensions');
const PAGES = ['', `frameworks/${framework!.id}/`, `dimensions/${dimension!.id}/`, 'compare/', 'sources/', 'search/?q=model%20registry'];

async function measureShift(page: import('playwright-core').Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(async () => {
    const shifts: string[] = [];
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
        if (entry.hadRecentInput) continue;
        total += entry.value;
        const node = entry.sources?.[0]?.node;
        shifts.push(`${entry.value.toFixed(3)} ${node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : node?.nodeName ?? '?'}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(600);
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await pause(120);
    }
    await pause(600);
    return { total, shifts };
  });
}

describe.each([375, 1280])('layout shift at %i px', (width) => {
  it.each(PAGES)('/%s shifts less than 0.05 in all', async (path) => {
    const { page, context, problems } = await openPage(site.browser, { width, colorScheme: 'dark' });
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    const { total, shifts } = await measureShift(page);
    expect(total, shifts.join('\n')).toBeLessThan(0.05);
    expect(problems).toEqual([]);
    await context.close();
  });
});
