/**
 * Print (issue 23): every framework page, printed by Chromium to A4 as a reader would ("Save as
 * PDF", background graphics on, from the dark theme), fits in at most 12 pages, wraps its code,
 * and prints its folded source list. Before this work the longest printed in 19.
 */
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { readCollection } from '../support/content';

const site = servedSite();
const MAX_PAGES = 12;

/** Pages in a PDF: one "/Type /Page" object per page (the tree's root is "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('print', () => {
  it(`prints every framework page from the dark theme in at most ${MAX_PAGES} A4 pages`, { timeout: 300_000 }, async () => {
    const { page, context } = await openPage(site.browser, { colorScheme: 'dark' });
    const counts: string[] = [];
    const tooLong: string[] = [];
    for (const { id } of readCollection('frameworks')) {
      await page.goto(`${site.url}frameworks/${id}/`, { waitUntil: 'load' });
      const pages = pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
      counts.push(`${id}: ${pages}`);
      if (pages > MAX_PAGES || pages === 0) tooLong.push(`${id}: ${pages} pages`);
    }
    console.log(`printed A4 pages: ${counts.join(', ')}`);
    expect(tooLong).toEqual([]);
    await context.close();
  });

  it('prints dark text on a light page in the dark theme, code wrapped and the folded source list open', async () => {
    const { page, context } = await openPage(site.browser, { colorScheme: 'dark', width: 794 });
    await page.goto(`${site.url}frameworks/${readCollection('frameworks')[0]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => {
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return ((r ?? 0) * 0.2126 + (g ?? 0) * 0.7152 + (b ?? 0) * 0.0722) / 255;
      };
      const minute = document.querySelector('.one-minute .facts') ?? document.querySelector('main');
      const box = getComputedStyle(minute!);
      const text = getComputedStyle(minute!.querySelector('dd, p, li') ?? minute!);
      const cutCode = [...document.querySelectorAll('main pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length;
      const sources = [...document.querySelectorAll('.sources-cited .source-list li')];
      return {
        background: box.backgroundColor === 'rgba(0, 0, 0, 0)' ? 1 : luminance(box.backgroundColor),
        text: luminance(text.color),
        cutCode,
        sources: sources.length,
        sourcesShown: sources.filter((li) => li.getClientRects().length > 0).length,
      };
    });
    expect(report.background).toBeGreaterThan(0.9);
    expect(report.text).toBeLessThan(0.2);
    expect(report.cutCode).toBe(0);
    expect(report.sources).toBeGreaterThan(0);
    expect(report.sourcesShown).toBe(report.sources);
    await context.close();
  });
});
