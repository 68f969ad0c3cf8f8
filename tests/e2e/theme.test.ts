import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';

const site = servedSite();

describe('theme', () => {
  it('follows the system preference when the reader has not chosen', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(site.browser, { colorScheme: scheme });
      await page.goto(site.url);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe(String(scheme === 'dark'));
      await context.close();
    }
  });

  it('the toggle persists across pages and reloads, applied before the first paint', async () => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: 'light' });
    // Record the theme at the moment the HTML has been parsed, before deferred scripts run:
    // if it is already right then, the page never paints in the wrong theme.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset.theme;
        }
      });
    });
    await page.goto(`${site.url}frameworks/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto(`${site.url}dimensions/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(19, 23, 21)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('light');
    expect(problems).toEqual([]);
    await context.close();
  });
});
