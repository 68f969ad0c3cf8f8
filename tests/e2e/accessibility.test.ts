import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';
import { readCollection } from '../support/content';
import { representativePaths } from '../support/sitemap';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { base, outDir } = BUILDS.sub;

const site = servedSite();
const [framework] = readCollection('frameworks');
const [dimension] = readCollection('dimensions');
const origin = () => new URL(site.url).origin;

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe.each(['light', 'dark'] as const)('axe (WCAG 2.0–2.2 A and AA), %s theme', (theme) => {
  it('reports nothing on any page, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (const path of representativePaths(outDir, base)) {
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
      await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      failures.push(...describeViolations(results).map((v) => `${path}: ${v}`));
      failures.push(...problems.map((p) => `${path}: ${p}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('reports nothing with the search dialog open and showing results', async () => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    await page.goto(`${site.url}frameworks/`);
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('model registry');
    await page.locator('.search-hit-link').first().waitFor({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(results)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports nothing at 375 px: stacked tables, the phone menu open, search with no result, a filtered source list', async () => {
    const failures: string[] = [];
    const visits: Array<[string, ((page: import('playwright-core').Page) => Promise<void>) | undefined]> = [
      ['', async (page) => void (await page.getByRole('button', { name: 'Menu' }).click())],
      [`frameworks/${framework!.id}/`, undefined],
      [`dimensions/${dimension!.id}/`, undefined],
      [`compare/?fw=${readCollection('frameworks').map((f) => f.id).join(',')}&show=differences`, async (page) => void (await page.locator('.compare-table').waitFor())],
      ['search/?q=Qwzxflow', async (page) => void (await page.locator('[data-search-notice] p').first().waitFor({ timeout: 15_000 }))],
      [`sources/?fw=${framework!.id}&standing=official`, undefined],
    ];
    for (const [path, prepare] of visits) {
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme, width: 375 });
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await prepare?.(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      failures.push(...describeViolations(results).map((v) => `/${path}: ${v}`), ...problems.map((p) => `/${path}: ${p}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
