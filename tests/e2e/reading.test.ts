/**
 * Finding your place in long pages, and search that forgives (issue 23): heading anchors, "On this
 * page" that follows the reader, the folded source list, tap targets on phones, and the words
 * searched for marked on the page a result opens.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { readCollection } from '../support/content';

const site = servedSite();
const framework = readCollection('frameworks').find((f) => f.id === 'kubeflow') ?? readCollection('frameworks')[0]!;
const frameworkUrl = () => `${site.url}frameworks/${framework.id}/`;

/** Resolves, in the page, once fonts have loaded and the scroll position has stayed put for three frames (a smooth scroll has ended). */
async function atRest(): Promise<void> {
  await document.fonts.ready;
  let still = 0;
  let last = -1;
  while (still < 3) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

describe('long pages', () => {
  it('ends every h2 and h3 of an article with a named #link, which works without JavaScript', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(frameworkUrl());
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(h2, h3)[id]')]
        .filter((heading) => !heading.closest('astro-island') && !heading.querySelector('a:not(.heading-anchor)'))
        .filter((heading) => {
          const link = heading.lastElementChild;
          return !(link instanceof HTMLAnchorElement && link.getAttribute('href') === `#${heading.id}` && link.getAttribute('aria-label') === 'Link to this section');
        })
        .map((heading) => heading.id),
    );
    expect(missing).toEqual([]);
    await page.locator('a.heading-anchor[href="#sources-cited"]').click();
    expect(new URL(page.url()).hash).toBe('#sources-cited');
    await context.close();
  });

  it('at 375 px pins "On this page" under the header, names the section being read, and opens over the text', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375 });
    await page.goto(frameworkUrl());
    await page.evaluate(() => document.getElementById('at-a-glance')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const bar = page.locator('details.toc-inline');
    const header = await page.locator('.site-header').boundingBox();
    const barBox = await bar.boundingBox();
    expect(Math.abs(barBox!.y - (header!.y + header!.height))).toBeLessThanOrEqual(1);
    await expect.poll(() => page.locator('[data-toc-current]').textContent()).toBe('At a glance');
    expect(await bar.locator('a[aria-current="true"]').getAttribute('href')).toBe('#at-a-glance');
    const heading = await page.locator('#at-a-glance').boundingBox();
    await bar.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect((await bar.boundingBox())!.height).toBe(barBox!.height); // the list opens over the text
    expect((await page.locator('#at-a-glance').boundingBox())!.y).toBe(heading!.y);
    await bar.getByRole('link', { name: 'In one minute' }).click();
    await expect.poll(() => bar.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  /**
   * A #link to a heading below the deferred blocks (the capability table and the article skip layout
   * until the reader nears them, holding a guessed height meanwhile, and the jump scrolls smoothly
   * past them): once the page has loaded and the scroll has come to rest, the heading sits where the
   * browser's own jump puts it on the laid-out page, just below the pinned bar (or the page is at its end).
   */
  it.each(['scalability', 'names-and-history', 'sources-cited'])('at 375 px a link to #%s lands on the heading once late content has loaded', async (id) => {
    const { page, context, problems } = await openPage(site.browser, { width: 375, colorScheme: 'dark' });
    await page.goto(`${frameworkUrl()}#${id}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const rest = () => page.evaluate(atRest);
    await rest();
    const where = () =>
      page.evaluate((target) => {
        const bar = document.querySelector('details.toc-inline')!.getBoundingClientRect();
        const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 1;
        return { heading: Math.round(document.getElementById(target)!.getBoundingClientRect().top), bar: Math.round(bar.bottom), atEnd };
      }, id);
    const landed = await where();
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
    await rest();
    const expected = await where();
    expect(expected.heading).toBeGreaterThanOrEqual(expected.bar);
    // 7rem of scroll padding (header and bar) and the heading's 1rem scroll margin: 26 px below the bar's 102.
    if (!expected.atEnd) expect(expected.heading - expected.bar).toBe(26);
    expect(Math.abs(landed.heading - expected.heading), `landed at ${landed.heading}, the bar ends at ${landed.bar}`).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 375 px a link in "On this page" followed from the top lands on its heading past the deferred blocks', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375, colorScheme: 'dark' });
    await page.goto(frameworkUrl(), { waitUntil: 'load' });
    await page.evaluate(atRest);
    const bar = page.locator('details.toc-inline');
    await bar.locator('summary').click();
    await bar.getByRole('link', { name: 'Scalability', exact: true }).click();
    await page.evaluate(atRest);
    const { heading, barBottom } = await page.evaluate(() => ({
      heading: Math.round(document.getElementById('scalability')!.getBoundingClientRect().top),
      barBottom: Math.round(document.querySelector('details.toc-inline')!.getBoundingClientRect().bottom),
    }));
    expect(heading - barBottom).toBe(26);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 1280 px marks the current section in the side column as the reader scrolls', async () => {
    const { page, context } = await openPage(site.browser, { width: 1280 });
    await page.goto(frameworkUrl());
    await page.evaluate(() => document.getElementById('capabilities')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect.poll(() => page.locator('.toc-side a[aria-current="true"]').getAttribute('href')).toBe('#capabilities');
    expect(await page.locator('.toc-side a[href="#top"]').count()).toBe(1);
    await context.close();
  });

  it('folds the source list, its summary giving the count and standings', async () => {
    const { page, context } = await openPage(site.browser, { width: 375 });
    await page.goto(frameworkUrl());
    const details = page.locator('details.sources-cited');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const items = await details.locator('.source-list > li').count();
    const summary = (await details.locator('summary').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toMatch(new RegExp(`^${items} sources: \\d+ official`));
    await context.close();
  });

  it('at 375 px every control is at least 24 × 24 px (axe target-size), citation markers aside', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const path of [`frameworks/${framework.id}/`, `dimensions/${readCollection('dimensions')[0]!.id}/`, 'search/?q=kubeflow']) {
      const { page, context } = await openPage(site.browser, { width: 375 });
      await page.goto(`${site.url}${path}`);
      const results = await new AxeBuilder({ page }).withRules(['target-size']).exclude('.cite').analyze();
      failures.push(...results.violations.flatMap((v) => v.nodes.map((n) => `${path}: ${n.target.join(' ')}`)));
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});

describe('search that forgives', () => {
  it('offers "Did you mean Kubeflow?" for a misspelling and shows Kubeflow first', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375, colorScheme: 'dark' });
    await page.goto(`${site.url}search/?q=kubeflw`);
    const panel = page.locator('main [data-search-panel]');
    await expect.poll(() => panel.locator('.search-suggestion').textContent(), { timeout: 15_000 }).toMatch(/^Did you mean Kubeflow\?/);
    expect(await panel.locator('.search-hit-link').first().getAttribute('href')).toMatch(/\/frameworks\/kubeflow\/\?highlight=kubeflow/i);
    // Six results are listed (two pages, four pair pages folded under them), not the 99 that match,
    // and the folded line follows the list, not the room kept for six full results.
    expect(await panel.locator('.search-summary').textContent()).toMatch(/^\d+ results for “Kubeflow”, the best 6 below\.$/);
    expect(await panel.locator('.search-also').isVisible()).toBe(true);
    const gap = await panel.evaluate((p) => p.querySelector('.search-also')!.getBoundingClientRect().top - p.querySelector('.search-results')!.getBoundingClientRect().bottom);
    expect(gap).toBeLessThan(48);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks the searched words on the page a result opens, and loads the highlighter only then', async () => {
    const { page, context, problems } = await openPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(frameworkUrl());
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('pagefind-highlight'))).toEqual([]);
    await page.goto(`${frameworkUrl()}?highlight=pipelines`);
    await expect.poll(() => page.locator('main mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
