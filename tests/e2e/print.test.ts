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

  /**
   * The calculator (issue 20): at most two A4 pages, from the dark theme, at the defaults and for a
   * real team (a SageMaker team with two CPU endpoints and weekly GPU training): the inputs as a
   * compact list of values, the result, unit costs, the cash flow and the sources by title. Laid
   * out at the printed width (A4 less the @page margins), nothing may reach past the content box:
   * a table wider than the page is cut off at its right edge on paper, so fitting in two pages by
   * losing columns would pass a page count alone.
   */
  it.each([
    ['the defaults', ''],
    ['a SageMaker team', '?team=4&platform=0.5&ep=2&pipes=1&runs=4&cpu=0&gpu=20&gputype=a10g&nbh=20&tb=0.5&pred=3000&salg=4&pchg=3'],
  ])('prints the cost calculator (%s) on at most 2 A4 pages', { timeout: 120_000 }, async (_name, query) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.url}tools/cost-calculator/${query}`, { waitUntil: 'load' });
    // Wait for the island: it draws the list of input values (and reads a link's inputs).
    await page.locator('#calc-print-inputs li').first().waitFor({ state: 'attached' });
    if (query) await page.locator('#unit-costs + .table-scroll th', { hasText: 'Per 1,000 predictions' }).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    // Lay the page out at the width it prints at: A4 less the @page rule's side margins.
    const contentWidth = await page.evaluate(() => {
      const mm = (length: string) => (length.endsWith('mm') ? parseFloat(length) * (96 / 25.4) : parseFloat(length));
      const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((r): r is CSSPageRule => r instanceof CSSPageRule);
      return Math.floor(mm('210mm') - mm(rule?.style.marginLeft || '0mm') - mm(rule?.style.marginRight || '0mm'));
    });
    expect(contentWidth).toBeGreaterThan(600);
    await page.setViewportSize({ width: contentWidth, height: 1123 });
    const fit = await page.evaluate((width) => {
      const pt = (px: number) => Math.round(px * 0.75 * 10) / 10;
      const past = (el: Element | null) => {
        const box = el?.getBoundingClientRect();
        return Boolean(box && el!.getClientRects().length > 0 && box.width > 1 && (box.right > width + 0.5 || box.left < -0.5));
      };
      const outside: string[] = [];
      let smallest = Infinity;
      let smallestParagraph = Infinity;
      for (const el of document.querySelectorAll('main *')) {
        // Past the content box is clipped on paper (or makes Chromium shrink the whole page); the
        // outermost such element is named.
        if (past(el) && !past(el.parentElement)) {
          const box = el.getBoundingClientRect();
          outside.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} ${Math.round(box.left)}–${Math.round(box.right)} px`,
          );
        }
        if (el.getClientRects().length === 0 || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        smallest = Math.min(smallest, size);
        if (el.tagName === 'P') smallestParagraph = Math.min(smallestParagraph, size);
      }
      return { scrollWidth: document.documentElement.scrollWidth, outside, smallestPt: pt(smallest), paragraphPt: pt(smallestParagraph) };
    }, contentWidth);
    console.log(`cost calculator (${_name}) in print at ${contentWidth} px: ${JSON.stringify(fit)}`);
    expect(fit.outside).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(contentWidth);
    // Readable on paper: tables and lists of values at 7 pt at least, sentences at 8 pt.
    expect(fit.smallestPt).toBeGreaterThanOrEqual(7);
    expect(fit.paragraphPt).toBeGreaterThanOrEqual(8);
    const printed = await page.evaluate(() => {
      const visible = (selector: string) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
      return {
        form: visible('.calc-form'),
        inputs: visible('#calc-print-inputs li'),
        unitCosts: visible('#unit-costs'),
        cashFlow: visible('#cash-flow'),
        summary: visible('#calc-summary'),
        rawSourceIds: [...document.querySelectorAll('main a[href*="/sources/#"]')].filter(
          (a) => a.getClientRects().length > 0 && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(a.textContent?.trim() ?? ''),
        ).length,
      };
    });
    expect(printed).toEqual({ form: false, inputs: true, unitCosts: true, cashFlow: true, summary: true, rawSourceIds: 0 });
    // The columns paper has no room for are still on it: a note for each option with a total that
    // leaves a quote out, and every line item named under the source that prices it.
    const moved = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0;
      const sources = [...document.querySelectorAll('.calc-print-sources li')].filter(shown).map((li) => li.textContent ?? '');
      return {
        quotedOptions: [...document.querySelectorAll('.calc-summary tbody tr')].filter((tr) => tr.lastElementChild?.textContent !== '—').length,
        notes: [...document.querySelectorAll('.calc-print-notes li')].filter(shown).length,
        lines: document.querySelectorAll('.calc-lines tbody tr').length,
        unsourced: [...document.querySelectorAll('.calc-lines tbody th')]
          .map((th) => th.firstChild?.textContent?.trim() ?? '')
          .filter((item) => !sources.some((source) => source.includes(item))),
      };
    });
    expect(moved.quotedOptions).toBeGreaterThan(0);
    expect(moved.notes).toBe(moved.quotedOptions);
    expect(moved.lines).toBeGreaterThan(10);
    expect(moved.unsourced).toEqual([]);
    const pages = pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
    console.log(`cost calculator (${_name}) printed on ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
