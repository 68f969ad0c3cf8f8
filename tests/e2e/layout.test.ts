import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';
import { sitemapPaths } from '../support/sitemap';

const site = servedSite();


describe('layout', () => {
  it.each([320, 375, 1280])('at %i px wide no page scrolls sideways; wide tables scroll inside their box', async (width) => {
    const { page, context, problems } = await openPage(site.browser, { width });
    for (const path of sitemapPaths(BUILDS.sub.outDir, BUILDS.sub.base)) {
      await page.goto(`${new URL(site.url).origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the first column of a scrolled table in view', async () => {
    const { page, context } = await openPage(site.browser, { width: 375 });
    await page.goto(`${site.url}dimensions/security-compliance/`);
    const box = page.locator('.table-scroll').first();
    const firstCell = box.locator('tbody th').first();
    const before = await firstCell.boundingBox();
    await box.evaluate((el) => (el.scrollLeft = 600));
    const after = await firstCell.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
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
