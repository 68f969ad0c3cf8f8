import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usd } from '../../src/lib/format';
import { openPage, servedSite } from '../support/browser';
import { costScenario, loadCostData } from '../support/cost-data';
import { parseCsv } from '../support/csv';

const site = servedSite();
const data = loadCostData();
// Expected totals come from the hand-computed scenarios, the one place they live.
const defaults = costScenario('defaults-self-hosted');
const subject = `${data.titles[defaults.estimateOf!]} (self-hosted)`;
const expectedTotal = new RegExp(`^\\${usd(defaults.total!.likely)} `);

/** The likely N-year total of a framework in the summary table. */
async function total(page: Page, framework: string): Promise<string> {
  const row = page.getByRole('table', { name: /list prices as of/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: framework, exact: true }) });
  return (await row.getByRole('cell').nth(2).textContent()) ?? '';
}

/** Moves focus with Tab until the field with this label has it: keyboard only, as a reader would. */
async function tabTo(page: Page, label: RegExp) {
  const target = page.getByLabel(label);
  const id = await target.getAttribute('id');
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${label} with Tab`);
}

describe('cost calculator in Chromium', () => {
  it('edits by keyboard, shows field messages, shares the URL and downloads the CSV', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}tools/cost-calculator/`);
    expect(await total(page, subject)).toMatch(expectedTotal);
    const before = await total(page, subject);

    // Edit two fields by keyboard (the Training group opened from its summary): the totals change and the URL follows.
    await page.getByRole('heading', { name: 'Cost and effort calculator' }).click();
    await tabTo(page, /Horizon/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.locator('summary', { hasText: /^Training$/ }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, /Training on GPU/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000');
    await page.getByRole('heading', { name: 'Estimated cost over 5 years' }).waitFor();
    await page.waitForFunction(() => new URL(location.href).search === '?years=5&gpu=2000');
    await expect.poll(() => total(page, subject)).not.toBe(before);
    const edited = await total(page, subject);

    // A bad value: a message at the field, the last valid totals stay, no NaN anywhere.
    await page.locator('summary', { hasText: /^Storage, network and logs$/ }).click();
    await tabTo(page, /Data sent to the internet/);
    await page.keyboard.press('Control+A');
    // Typed key by key, every intermediate text ("-", "-5") is invalid, so the totals never move.
    await page.keyboard.type('-5');
    const egress = page.getByLabel(/Data sent to the internet/);
    expect(await egress.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await egress.getAttribute('aria-describedby'))!;
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).textContent()).toContain('Enter a number that is not negative.');
    expect(await total(page, subject)).toBe(edited);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);

    // Share: the same URL in a fresh browser context shows the same totals.
    const shared = page.url();
    const other = await openPage(site.browser);
    await other.page.goto(shared);
    await other.page.getByRole('heading', { name: 'Estimated cost over 5 years' }).waitFor();
    await expect.poll(() => total(other.page, subject)).toBe(edited);
    await other.context.close();

    // Download the CSV: it holds the rows on screen.
    await page.getByRole('button', { name: 'Download CSV' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('mlops-cost-estimate.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Option,Category,Item,When,Status,Amount low (USD),Amount likely (USD)');
    // The share link that reproduces the file is its last row.
    expect(csv.trim().split('\r\n').at(-1)).toBe(`Share link,${page.url()}`);
    const lines = page.getByRole('table', { name: /priced on AWS list prices/ });
    const trainingGpu = await lines.getByRole('row').filter({ hasText: 'Training on GPU' }).getByRole('cell').first().textContent();
    expect(parseCsv(csv)).toContainEqual(expect.arrayContaining([subject, 'Training compute', 'Training on GPU', 'a month', trainingGpu]));

    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing once hydrated, with charts drawn and a field in error (%s)', async (theme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    await page.goto(`${site.url}tools/cost-calculator/?years=2`);
    await page.getByRole('heading', { name: 'Estimated cost over 2 years' }).waitFor();
    await page.locator('.calc-chart-line svg[role="img"]').waitFor();
    await page.getByLabel(/Models in production/).fill('many');
    await page.getByText('is not a plain number').waitFor();
    await page.getByText('The breakdown as a table').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the compact estimate on a dimension page shows the calculator’s default totals and links to it', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}dimensions/cost-model/`);
    const embed = page.getByRole('region', { name: 'What it might cost a typical team' });
    const row = embed.getByRole('row').filter({ has: page.getByRole('rowheader', { name: subject, exact: true }) });
    expect(await row.getByRole('cell').first().textContent()).toMatch(expectedTotal);
    await embed.getByRole('link', { name: 'Change the inputs in the cost calculator' }).click();
    expect(await total(page, subject)).toMatch(expectedTotal);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the default scenario’s results, rendered at build time', async () => {
    const { page, context, problems } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}tools/cost-calculator/`);
    expect(await total(page, subject)).toMatch(expectedTotal);
    expect(await page.getByRole('table', { name: /priced on AWS list prices/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Estimated cost over 3 years' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
