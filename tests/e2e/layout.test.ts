import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';
import { readCollection } from '../support/content';
import { representativePaths } from '../support/sitemap';

const site = servedSite();
const FIRST_FRAMEWORK = readCollection('frameworks')[0]!.id;

/** What makes a table unreadable on a narrow screen, run in the page. */
const TABLE_PROBLEMS = () => {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const describe = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
    if (table.getClientRects().length === 0) continue; // not rendered (a closed details, a hidden fallback)
    // A table's scroll box: the generic one, or the compare page's compact grid (a scroll box of its own).
    const box = table.closest<HTMLElement>('.table-scroll, .compare-compact');
    const scrolls = !!box && getComputedStyle(box).overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1;
    const name = `table "${describe(table.caption ?? table)}"`;
    if (!scrolls && table.getBoundingClientRect().right > viewport + 1) problems.push(`${name} is wider than the screen and does not scroll`);
    if (scrolls) {
      if (!/gradient/.test(getComputedStyle(box!).backgroundImage)) problems.push(`${name} scrolls sideways without a visible cue`);
      const first = table.querySelector('tbody tr > :first-child');
      if (first && getComputedStyle(first).position === 'sticky' && first.getBoundingClientRect().width > viewport / 3 + 1) {
        problems.push(`${name}: its sticky first column is ${Math.round(first.getBoundingClientRect().width)} px of ${viewport}`);
      }
    }
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      // Headings kept only for assistive technology (visually hidden, 1 px wide) are not read on screen.
      const hiddenHead = cell.closest('thead');
      if (hiddenHead && hiddenHead.getBoundingClientRect().width <= 1) continue;
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name}: cell "${describe(cell)}" is clipped`);
    }
  }
  return problems;
};

describe('layout', () => {
  // One visit per page and width serves both checks (they used to walk every page five times).
  it.each([320, 375, 1280])(
    'at %i px wide no page scrolls sideways; wide tables scroll inside their box; at 320 and 375 px every table reads: no clipped cell, none wider than the screen without a scroll cue, a sticky first column at most a third wide',
    async (width) => {
      const { page, context, problems } = await openPage(site.browser, { width });
      const failures: string[] = [];
      for (const path of representativePaths(BUILDS.sub.outDir, BUILDS.sub.base)) {
        await page.goto(`${new URL(site.url).origin}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        if (width > 375) continue;
        const found = await page.evaluate(TABLE_PROBLEMS);
        failures.push(...found.map((problem) => `${path} at ${width}px: ${problem}`));
      }
      expect(failures).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('keeps the first column of a sideways-scrolling table in view', async () => {
    const { page, context } = await openPage(site.browser, { width: 375 });
    await page.goto(`${site.url}guides/proof-of-concept/`);
    const box = page.locator('main .table-scroll:not(.table-stack)').first();
    const firstCell = box.locator('tbody tr > :first-child').first();
    const before = await firstCell.boundingBox();
    await box.evaluate((el) => (el.scrollLeft = 600));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const after = await firstCell.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    await context.close();
  });

  it('generated tables become one card per row on a phone, each cell labelled by its column', async () => {
    const { page, context } = await openPage(site.browser, { width: 375 });
    await page.goto(`${site.url}dimensions/security-compliance/`);
    const table = page.locator('main .table-stack table').first();
    expect(await table.evaluate((el) => getComputedStyle(el.querySelector('tbody tr')!).display)).toBe('block');
    const label = await table.evaluate((el) => getComputedStyle(el.querySelector('td[data-label]')!, '::before').content);
    expect(label).not.toBe('none');
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await context.close();
  });

  it.each([320, 375])('at %i px the header is one row of at most 64 px, and stays in view at the bottom of a long page', async (width) => {
    const { page, context, problems } = await openPage(site.browser, { width });
    await page.goto(`${site.url}frameworks/${FIRST_FRAMEWORK}/`);
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const box = (await header.boundingBox())!;
    expect(box.y).toBe(0);
    expect(await page.getByRole('link', { name: 'MLOps Field Guide' }).isVisible()).toBe(true);
    // The section links fold behind "Menu"; Escape closes it and returns focus to the button.
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    await nav.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['tools/cost-calculator/', 'compare/'])('at 1280 px %s, a page without headings, gives main the full width (no empty contents column)', async (path) => {
    const { page, context } = await openPage(site.browser, { width: 1280 });
    await page.goto(`${site.url}${path}`);
    expect(await page.locator('.toc-side').count()).toBe(0);
    // The page frame is 78rem wide with 1rem padding each side: 76rem = 1216 px for main.
    // Beside a contents column (15rem plus a 3rem gap) it would be 928 px.
    expect((await page.locator('main#main').boundingBox())!.width).toBe(1216);
    await context.close();
  });

  it('at 1280 px a framework page keeps its contents column beside main', async () => {
    const { page, context } = await openPage(site.browser, { width: 1280 });
    await page.goto(`${site.url}frameworks/${FIRST_FRAMEWORK}/`);
    expect(await page.locator('.toc-side').isVisible()).toBe(true);
    expect((await page.locator('main#main').boundingBox())!.width).toBe(928);
    await context.close();
  });

  it('shows the keyboard shortcut only where there is a fine pointer that hovers (a keyboard device)', async () => {
    const touch = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await touch.newPage();
    await phone.goto(site.url);
    expect(await phone.locator('.shortcut-hint').isVisible()).toBe(false);
    await touch.close();
    const { page, context } = await openPage(site.browser, { width: 1280 });
    await page.goto(site.url);
    expect(await page.locator('.shortcut-hint').isVisible()).toBe(true);
    await context.close();
  });

  it('the skip link is the first stop for the keyboard and moves focus to the main content', async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}frameworks/mlflow/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('prints the content only, in light colours, with link targets spelled out', async () => {
    const { page, context } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.url}frameworks/metaflow/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc-side').isVisible()).toBe(false);
    expect(await page.locator('.prev-next').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const after = await page.evaluate(() => {
      const link = document.querySelector('main a[href^="http"]');
      return link ? getComputedStyle(link, '::after').content : '';
    });
    expect(after).toMatch(/^"? ?\(/);
    await context.close();
  });
});
