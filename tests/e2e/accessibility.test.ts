/**
 * axe on a page of every template and every class in use, in both themes, and on the states only a
 * reader's action reaches (search open, the phone menu, filtered lists). Every other page is checked
 * in the light theme by tests/e2e/accessibility-every-page.test.ts; which page goes where, and why,
 * is in tests/support/axe.ts.
 */
import { describe, expect, it } from 'vitest';
import { ALL_PAGES, axeFailures, axeFor, BOTH_THEMES, describeViolations, LIGHT_ONLY } from '../support/axe';
import { openPage, servedSite } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';
import { readCollection } from '../support/content';
import { templateOf } from '../support/sitemap';

const { base } = BUILDS.sub;
const site = servedSite();
const [framework] = readCollection('frameworks');
const [dimension] = readCollection('dimensions');

it('checks every page once, and every template in both themes', () => {
  const templates = new Set(ALL_PAGES.map((path) => templateOf(path, base)));
  expect(new Set(BOTH_THEMES.map((path) => templateOf(path, base)))).toEqual(templates);
  for (const template of ['(home)', 'frameworks/*', 'dimensions/*', 'guides/*', 'compare/*', 'compare/', 'tools/', 'sources/', 'changes/', 'search/', 'about/', '404.html']) {
    expect(templates, template).toContain(template);
  }
  expect([...BOTH_THEMES, ...LIGHT_ONLY].sort()).toEqual([...ALL_PAGES].sort());
});

describe.each(['light', 'dark'] as const)('axe, %s theme (light: every WCAG 2.0–2.2 A and AA rule; dark: the colour rules)', (theme) => {
  it('reports nothing on a page of every template and every class in use, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
    expect(await axeFailures(site, theme, BOTH_THEMES)).toEqual([]);
  });

  it('reports nothing with the search dialog open and showing results', async () => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    await page.goto(`${site.url}frameworks/`);
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('model registry');
    await page.locator('.search-hit-link').first().waitFor({ timeout: 15_000 });
    const results = await axeFor(page, theme).analyze();
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
      [
        `compare/?fw=${readCollection('frameworks')
          .map((f) => f.id)
          .join(',')}&show=differences`,
        async (page) => void (await page.locator('.compare-table').waitFor()),
      ],
      ['search/?q=Qwzxflow', async (page) => void (await page.locator('[data-search-notice] p').first().waitFor({ timeout: 15_000 }))],
      [`sources/?fw=${framework!.id}&standing=official`, undefined],
    ];
    for (const [path, prepare] of visits) {
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme, width: 375 });
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await prepare?.(page);
      const results = await axeFor(page, theme).analyze();
      failures.push(...describeViolations(results).map((v) => `/${path}: ${v}`), ...problems.map((p) => `/${path}: ${p}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
