/**
 * axe in the light theme on a page of every template and every class in use, and on the states only
 * a reader's action reaches (search open, the phone menu, filtered lists); the dark theme is
 * tests/e2e/accessibility-dark.test.ts, and every other page is checked in the light theme by
 * tests/e2e/accessibility-every-page.test.ts. Which page goes where, and why, is in tests/support/axe.ts.
 */
import { expect, it } from 'vitest';
import { ALL_PAGES, BOTH_THEMES, LIGHT_ONLY, themedAxeSuite } from '../support/axe';
import { BUILDS } from '../support/builds.mjs';
import { templateOf } from '../support/sitemap';

const { base } = BUILDS.sub;

it('checks every page once, and every template in both themes', () => {
  const templates = new Set(ALL_PAGES.map((path) => templateOf(path, base)));
  expect(new Set(BOTH_THEMES.map((path) => templateOf(path, base)))).toEqual(templates);
  for (const template of ['(home)', 'frameworks/*', 'dimensions/*', 'guides/*', 'compare/*', 'compare/', 'tools/', 'sources/', 'changes/', 'search/', 'about/', '404.html']) {
    expect(templates, template).toContain(template);
  }
  expect([...BOTH_THEMES, ...LIGHT_ONLY].sort()).toEqual([...ALL_PAGES].sort());
});

themedAxeSuite('light');
