/**
 * axe on every page not checked in both themes by tests/e2e/accessibility.test.ts, in the light theme
 * (what a reader with no preference sees); tests/support/axe.ts says why that keeps the coverage.
 */
import { expect, it } from 'vitest';
import { axeFailures, LIGHT_ONLY } from '../support/axe';
import { servedSite } from '../support/browser';

const site = servedSite();

it('reports nothing in the light theme on the pages checked in one theme, with no console errors or CSP violations', { timeout: 600_000 }, async () => {
  expect(await axeFailures(site, 'light', LIGHT_ONLY)).toEqual([]);
});
