import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';

const site = servedSite();

/** The theme at the moment the HTML has been parsed, before deferred scripts run. */
async function recordThemeAtParse(page: import('playwright-core').Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        const root = document.documentElement;
        (window as unknown as { atParse: string }).atParse = `${root.dataset.themeChoice}/${root.dataset.theme}`;
      }
    });
  });
}
const atParse = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { atParse: string }).atParse);

describe('theme', () => {
  it('follows the system preference when the reader has not chosen, and says so', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(site.browser, { colorScheme: scheme });
      await page.goto(site.url);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await page.getByRole('button', { name: 'Theme: system', exact: true }).isVisible()).toBe(true);
      await context.close();
    }
  });

  it('cycles system → light → dark → system; the label names the state, which holds across pages before the first paint', async () => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: 'dark' });
    await recordThemeAtParse(page);
    await page.goto(`${site.url}frameworks/`);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.innerText()).toBe('Theme: system');

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.innerText()).toBe('Theme: light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.goto(`${site.url}dimensions/`);
    expect(await atParse(page)).toBe('light/light');
    expect(await page.getByRole('button', { name: 'Theme: light', exact: true }).isVisible()).toBe(true);

    await page.locator('[data-theme-toggle]').click();
    expect(await page.locator('[data-theme-toggle]').innerText()).toBe('Theme: dark');
    await page.reload();
    expect(await atParse(page)).toBe('dark/dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 23, 21)');

    // Back to following the system: nothing is stored, and a change of system preference applies at once.
    await page.locator('[data-theme-toggle]').click();
    expect(await page.locator('[data-theme-toggle]').innerText()).toBe('Theme: system');
    expect(await page.evaluate(() => localStorage.getItem('mlops-field-guide:theme'))).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    expect(await atParse(page)).toBe('system/light');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript the theme button, which could not work, is not shown', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(site.url);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
