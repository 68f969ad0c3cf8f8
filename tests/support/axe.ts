/**
 * What the accessibility files share: which pages are checked in which theme, and axe run over a list
 * of pages, and the suite for one theme. Three files use it (tests/e2e/accessibility.test.ts and
 * accessibility-dark.test.ts: every template and state, one theme each; accessibility-every-page.test.ts:
 * every other page in the light theme), so the run can go to several browser workers side by side.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-rules';
import { openPage, servedSite, type ServedSite } from './browser';
import { BUILDS } from './builds.mjs';
import { readCollection } from './content';
import { pagesCoveringEveryTemplateAndStyle, representativePaths } from './sitemap';

const { base, outDir } = BUILDS.sub;

/**
 * What the theme changes is colours only: the dark theme swaps the values of the colour custom
 * properties (src/styles/base.css), so the DOM, names, roles, headings, landmarks and sizes are the
 * same in both, and of axe's rules only colour contrast can give a different answer. Contrast is set
 * by which colour rules apply, that is by the class and element names on the page. So each theme
 * checks one page of every template plus, chosen from the build, enough further pages that every
 * class and element name used on any page is checked in both themes
 * (pagesCoveringEveryTemplateAndStyle); every other page is checked once, in the light theme (what
 * a reader with no preference sees).
 */
export const ALL_PAGES = representativePaths(outDir, base);
export const BOTH_THEMES = pagesCoveringEveryTemplateAndStyle(outDir, base, ALL_PAGES);
export const LIGHT_ONLY = ALL_PAGES.filter((path) => !BOTH_THEMES.includes(path));

/**
 * axe on each path in the given theme, on the site `site` serves; what it and the console report.
 * Two browser pages work through the list side by side (the browser's renderers use both cores while Node waits on one);
 * each page's results are its own, so the order they finish in changes nothing.
 */
export async function axeFailures(site: ServedSite, theme: 'light' | 'dark', paths: readonly string[]): Promise<string[]> {
  const origin = new URL(site.url).origin;
  const lanes = [0, 1].map((lane) => paths.filter((_, index) => index % 2 === lane));
  const found = await Promise.all(
    lanes.map(async (lane) => {
      const failures: string[] = [];
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
      for (const path of lane) {
        const seen = problems.length;
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) failures.push(`${path}: not in the ${theme} theme`);
        failures.push(...(await axeViolations(page, theme)).map((v) => `${path}: ${v}`));
        failures.push(...problems.slice(seen).map((p) => `${path}: ${p}`));
      }
      await context.close();
      return failures;
    }),
  );
  return found.flat();
}

/**
 * axe in one theme (light: every WCAG 2.0–2.2 A and AA rule; dark: the colour rules) on a page of every
 * template and every class in use, and on the states only a reader's action reaches. One file per
 * theme (tests/e2e/accessibility.test.ts, accessibility-dark.test.ts), so two browser workers share them.
 */
export function themedAxeSuite(theme: 'light' | 'dark'): void {
  const site = servedSite();
  const [framework] = readCollection('frameworks');
  const [dimension] = readCollection('dimensions');

  describe(`axe, ${theme} theme`, () => {
    it('reports nothing on a page of every template and every class in use, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
      expect(await axeFailures(site, theme, BOTH_THEMES)).toEqual([]);
    });

    it('reports nothing with the search dialog open and showing results', async () => {
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
      await page.goto(`${site.url}frameworks/`);
      await page.getByRole('button', { name: /Search/ }).click();
      await page.getByRole('dialog').getByRole('searchbox').fill('model registry');
      await page.locator('.search-hit-link').first().waitFor({ timeout: 60_000 });
      expect(await axeViolations(page, theme)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('reports nothing at 375 px: stacked tables, the phone menu open, search with no result, a filtered source list', async () => {
      const failures: string[] = [];
      const visits: Array<[string, ((page: import('playwright-core').Page) => Promise<void>) | undefined]> = [
        ['', async (page) => void (await page.getByRole('button', { name: 'Menu' }).click())],
        [`frameworks/${framework!.id}/`, undefined],
        [`dimensions/${dimension!.id}/`, undefined],
        [
          `compare/?fw=${readCollection('frameworks')
            .map((f) => f.id)
            .join(',')}&show=differences`,
          async (page) => void (await page.locator('.compare-table').waitFor()),
        ],
        ['search/?q=Qwzxflow', async (page) => void (await page.locator('[data-search-notice] p').first().waitFor({ timeout: 60_000 }))],
        [`sources/?fw=${framework!.id}&standing=official`, undefined],
      ];
      for (const [path, prepare] of visits) {
        const { page, context, problems } = await openPage(site.browser, { colorScheme: theme, width: 375 });
        await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        await prepare?.(page);
        failures.push(...(await axeViolations(page, theme)).map((v) => `/${path}: ${v}`), ...problems.map((p) => `/${path}: ${p}`));
        await context.close();
      }
      expect(failures).toEqual([]);
    });
  });
}
