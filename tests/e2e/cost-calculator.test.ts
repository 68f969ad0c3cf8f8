import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../support/csv';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';

const site = servedSite();

/** The likely 3-year-or-N-year total of a framework in the summary table. */
async function total(page: Page, framework: string): Promise<string> {
  const row = page.getByRole('table', { name: /list prices as of/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: framework, exact: true }) });
  return (await row.getByRole('cell').nth(2).textContent()) ?? '';
}

/** Moves focus with Tab until the field with this label has it: keyboard only, as a reader would. */
async function tabTo(page: Page, label: RegExp) {
  const target = page.getByLabel(label);
  const id = await target.getAttribute('id');
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${label} with Tab`);
}

describe('cost calculator in Chromium', () => {
  it('edits by keyboard, shows field messages, shares the URL and downloads the CSV', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}tools/cost-calculator/`);
    await page.getByRole('status').filter({ hasText: 'Lowest likely' }).waitFor();
    const before = await total(page, 'Kubeflow');
    expect(before).toBe('$900,326 ($465,679–$1,764,194)');

    // Edit two fields by keyboard: the totals change and the URL follows.
    await page.getByRole('heading', { name: 'Cost and effort calculator' }).click();
    await tabTo(page, /Horizon/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await tabTo(page, /Training on GPU/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000');
    await page.getByRole('heading', { name: 'Estimated cost over 5 years' }).waitFor();
    const edited = await total(page, 'Kubeflow');
    expect(edited).not.toBe(before);
    expect(new URL(page.url()).search).toBe('?years=5&gpu=2000');

    // A bad value: a message at the field, the last valid totals stay, no NaN anywhere.
    await tabTo(page, /Data sent to the internet/);
    await page.keyboard.press('Control+A');
    // Typed key by key, every intermediate text ("-", "-5") is invalid, so the totals never move.
    await page.keyboard.type('-5');
    const egress = page.getByLabel(/Data sent to the internet/);
    expect(await egress.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await egress.getAttribute('aria-describedby'))!;
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).textContent()).toContain('Enter a number that is not negative.');
    expect(await total(page, 'Kubeflow')).toBe(edited);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);

    // Share: the same URL in a fresh browser context shows the same totals.
    const shared = page.url();
    const other = await openPage(site.browser);
    await other.page.goto(shared);
    await other.page.getByRole('heading', { name: 'Estimated cost over 5 years' }).waitFor();
    expect(await total(other.page, 'Kubeflow')).toBe(edited);
    expect(await total(other.page, 'MLflow')).toBe(await total(page, 'MLflow'));
    await other.context.close();

    // Download the CSV: it holds the rows on screen.
    await tabTo(page, /Chance you migrate off/);
    await page.keyboard.press('Tab'); // Reset
    await page.keyboard.press('Tab'); // Download CSV
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('mlops-cost-estimate.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = parseCsv(csv);
    expect(rows[0]!.slice(0, 3)).toEqual(['Framework', 'Category', 'Item']);
    const trainingGpu = await page.getByRole('table', { name: /MLflow: priced on AWS/ }).getByRole('row').filter({ hasText: 'Training on GPU' }).getByRole('cell').first().textContent();
    expect(rows).toContainEqual(expect.arrayContaining(['MLflow', 'Training compute', 'Training on GPU', 'a month', trainingGpu]));

    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing once hydrated, with charts drawn and a field in error (%s)', async (theme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    await page.goto(`${site.url}tools/cost-calculator/?years=2`);
    await page.locator('svg[role="img"]').nth(1).waitFor();
    await page.getByLabel(/Serving endpoints/).fill('many');
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
    const mlflow = embed.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'MLflow', exact: true }) });
    expect(await mlflow.getByRole('cell').first().textContent()).toBe('$176,515 ($83,983–$332,470)');
    await embed.getByRole('link', { name: 'Change the inputs in the cost calculator' }).click();
    await page.getByRole('status').filter({ hasText: 'Lowest likely' }).waitFor();
    expect(await total(page, 'MLflow')).toBe('$176,515 ($83,983–$332,470)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the default scenario’s results, rendered at build time', async () => {
    const { page, context, problems } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}tools/cost-calculator/`);
    expect(await total(page, 'MLflow')).toBe('$176,515 ($83,983–$332,470)');
    expect(await page.getByRole('table', { name: /MLflow: priced on AWS/ }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
