/**
 * The citation preview (issue 22): a citation number opens its source in place, by mouse, keyboard and
 * touch, closes with Escape back onto the number, keeps a 24 x 24 px target on a phone, passes axe in
 * both themes while open, and without JavaScript stays a plain link to /sources/#id.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe-rules';
import { openPage, servedSite } from '../support/browser';

const site = servedSite();
const PAGE = 'frameworks/sagemaker/';
// A citation whose source carries a quote: the scale-to-zero page of the SageMaker AI guide.
const MARKER = '.cite a[href$="#sagemaker-scale-to-zero"]';
const QUOTE = 'An endpoint can scale to and from zero instances only if it hosts inference components.';

describe('citation preview', () => {
  it('opens on click next to the number with title, publisher, standing, date read, quote and link; Escape returns focus', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 1280 });
    await page.goto(`${site.url}${PAGE}`);
    const marker = page.locator(MARKER).first();
    await marker.click();
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(page.url()).toBe(`${site.url}${PAGE}`);
    const text = (await preview.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Scale an endpoint to zero instances');
    expect(text).toContain('Amazon SageMaker AI Developer Guide');
    expect(text).toMatch(/Official/i);
    expect(text).toContain('Read 7 December 2026');
    expect(text).toContain(QUOTE);
    expect(await preview.getByRole('link', { name: 'In the full list of sources' }).getAttribute('href')).toMatch(/sources\/#sagemaker-scale-to-zero$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/#sagemaker-scale-to-zero$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens from the keyboard (Enter on a focused number) and takes focus', async () => {
    const { page, context } = await openPage(site.browser, { width: 1280 });
    await page.goto(`${site.url}${PAGE}`);
    await page.locator(MARKER).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cite-preview');
    await context.close();
  });

  it('on a 375 px phone: every citation number is at least 24 x 24 px and the preview opens as a sheet on tap', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.url}${PAGE}`);
    const small = await page.$$eval('.cite a', (links) => links.map((a) => a.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
    expect(small).toBe(0);
    await page.locator(MARKER).first().scrollIntoViewIfNeeded();
    await page.locator(MARKER).first().tap();
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const box = (await preview.boundingBox())!;
    expect(Math.round(box.x)).toBe(0);
    expect(Math.round(box.width)).toBe(375);
    expect(Math.round(box.y + box.height)).toBe(800);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with the preview open, %s theme', async (theme) => {
    const { page, context } = await openPage(site.browser, { colorScheme: theme, width: 375 });
    await page.goto(`${site.url}${PAGE}`);
    await page.locator(MARKER).first().click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await axeViolations(page, theme)).toEqual([]);
    await context.close();
  });

  it('without JavaScript a number is a plain link that goes to the source on /sources/', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}${PAGE}`);
    await page.locator(MARKER).first().click();
    await page.waitForURL(/sources\/#sagemaker-scale-to-zero$/);
    expect(await page.locator('#sagemaker-scale-to-zero q').innerText()).toBe(QUOTE);
    await context.close();
  });
});
