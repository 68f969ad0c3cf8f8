import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';
import { readCollection } from '../support/content';

const site = servedSite();
const [framework] = readCollection('frameworks');

describe('/sources/ filter', () => {
  it('a link with ?fw= shows only the sources that framework page cites, grouped by standing, and the choice stays in the URL', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375 });
    await page.goto(`${site.url}sources/?fw=${framework!.id}`);
    const frameworkHref = `${new URL(site.url).pathname}frameworks/${framework!.id}/`;
    const visible = page.locator('.source-list li:visible');
    const all = page.locator('.source-list li');
    await expect.poll(() => page.locator('.sources-filter [role="status"]').textContent()).toMatch(/^Showing \d+ of \d+ sources: cited on the .+ page\.$/);
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(await all.count());
    // Exactly the sources whose "Cited by" names the framework page.
    const citing = await all.evaluateAll((items, href) => items.filter((li) => li.querySelector(`a[href="${href}"]`)).length, frameworkHref);
    expect(shown).toBe(citing);
    for (const item of await visible.all()) expect(await item.locator(`a[href="${frameworkHref}"]`).count()).toBe(1);

    await page.getByRole('combobox', { name: 'Standing' }).selectOption('official');
    await expect.poll(() => new URL(page.url()).search).toBe(`?fw=${framework!.id}&standing=official`);
    expect(await page.locator('.source-group[data-standing="unverified"]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript every source shows and the filter, which could not work, does not', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}sources/?fw=${framework!.id}`);
    expect(await page.locator('.sources-filter').isVisible()).toBe(false);
    expect(await page.locator('.source-list li:visible').count()).toBe(await page.locator('.source-list li').count());
    await context.close();
  });
});
