import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';
import { readCollection } from '../support/content';
import { pagesCoveringEveryTemplateAndStyle, representativePaths, templateOf } from '../support/sitemap';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG rules whose answer depends on colours: text contrast, and links told apart from text by colour alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe for a page in a theme. The light theme runs every WCAG 2.0–2.2 A and AA rule; the dark theme
 * changes colours only (see below), so there it runs the colour rules: the structure they share was
 * checked in the light theme on the same pages and states. Contrast is most of axe's time on a long
 * page, so this saves about a third of each dark visit, not more (measured 2026-12-07).
 */
const axeFor = (page: import('playwright-core').Page, theme: 'light' | 'dark') =>
  theme === 'light' ? new AxeBuilder({ page }).withTags(WCAG_TAGS) : new AxeBuilder({ page }).withRules(COLOUR_RULES);
const { base, outDir } = BUILDS.sub;

const site = servedSite();
const [framework] = readCollection('frameworks');
const [dimension] = readCollection('dimensions');
const origin = () => new URL(site.url).origin;

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

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
const ALL_PAGES = representativePaths(outDir, base);
const BOTH_THEMES = pagesCoveringEveryTemplateAndStyle(outDir, base, ALL_PAGES);
const LIGHT_ONLY = ALL_PAGES.filter((path) => !BOTH_THEMES.includes(path));

/**
 * axe on each path in the given theme; what it and the console report. Two browser pages work
 * through the list side by side (the browser's renderers use both cores while Node waits on one);
 * each page's results are its own, so the order they finish in changes nothing.
 */
async function axeFailures(theme: 'light' | 'dark', paths: readonly string[]): Promise<string[]> {
  const lanes = [0, 1].map((lane) => paths.filter((_, index) => index % 2 === lane));
  const found = await Promise.all(
    lanes.map(async (lane) => {
      const failures: string[] = [];
      const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
      for (const path of lane) {
        const seen = problems.length;
        await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
        if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) failures.push(`${path}: not in the ${theme} theme`);
        const results = await axeFor(page, theme).analyze();
        failures.push(...describeViolations(results).map((v) => `${path}: ${v}`));
        failures.push(...problems.slice(seen).map((p) => `${path}: ${p}`));
      }
      await context.close();
      return failures;
    }),
  );
  return found.flat();
}

it('checks every page once, and every template in both themes', () => {
  const templates = new Set(ALL_PAGES.map((path) => templateOf(path, base)));
  expect(new Set(BOTH_THEMES.map((path) => templateOf(path, base)))).toEqual(templates);
  for (const template of ['(home)', 'frameworks/*', 'dimensions/*', 'guides/*', 'compare/*', 'compare/', 'tools/', 'sources/', 'changes/', 'search/', 'about/', '404.html']) {
    expect(templates, template).toContain(template);
  }
  expect([...BOTH_THEMES, ...LIGHT_ONLY].sort()).toEqual([...ALL_PAGES].sort());
});

it('reports nothing in the light theme on the pages checked in one theme, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
  expect(await axeFailures('light', LIGHT_ONLY)).toEqual([]);
});

describe.each(['light', 'dark'] as const)('axe, %s theme (light: every WCAG 2.0–2.2 A and AA rule; dark: the colour rules)', (theme) => {
  it('reports nothing on a page of every template and every class in use, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
    expect(await axeFailures(theme, BOTH_THEMES)).toEqual([]);
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
