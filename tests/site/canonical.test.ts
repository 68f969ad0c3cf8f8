/**
 * Canonical and og:url (issue 20): in both builds they are the configured site plus the base path
 * plus the page's path. The builds set no SITE_URL, so astro.config.mjs's default applies (the same
 * expression is read here); a build under /field-guide/ must never point search engines or link
 * previews at the host root, nor at a placeholder host such as example.org.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/builds.mjs';

const SITE = process.env.SITE_URL || 'http://localhost:4321';
/** The calculator and one framework article, by their path under the base. */
const PAGES = ['tools/cost-calculator/', 'frameworks/mlflow/'];

describe.each(Object.entries(BUILDS))('canonical URLs in the %s build', (_name, { base, outDir }) => {
  it.each(PAGES)('%s names the configured site and base', (path) => {
    const doc = parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    const expected = `${SITE.replace(/\/$/, '')}${base}${path}`;
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(expected);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(expected);
    if (!SITE.includes('example.org')) expect(doc.toString()).not.toMatch(/(href|content)="https?:\/\/(www\.)?example\.org/);
  });
});
