import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe-rules';
import { usd } from '~/lib/format';
import { openPage, servedSite } from '../support/browser';
import { costCase, loadCostData } from '../support/cost-data';
import { parseCsv } from '../support/csv';

const site = servedSite();
const data = loadCostData();
// Expected totals come from the hand-computed cases, the one place they live.
const defaults = costCase('defaults-self-hosted');
const subject = `${data.titles[defaults.estimateOf!]} (self-hosted)`;
const expectedTotal = new RegExp(`^\\${usd(defaults.total!.likely)} `);

/** The likely N-year total of a framework in the summary table. */
async function total(page: Page, framework: string): Promise<string> {
  const row = page
    .getByRole('table', { name: /list prices as of/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: framework, exact: true }) });
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
    expect(await axeViolations(page, theme)).toEqual([]);
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

  it('without JavaScript shows the default inputs’ results, rendered at build time', async () => {
    const { page, context, problems } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}tools/cost-calculator/`);
    expect(await total(page, subject)).toMatch(expectedTotal);
    expect(await page.getByRole('table', { name: /priced on AWS list prices/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Estimated cost over 3 years' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  /**
   * Phones (issue 20): the inputs come first, and the pinned result bar never covers an input or
   * the summary. Every group is opened; each field is reached as a reader reaches it (focus, which
   * scrolls it into view) and as a scroll that brings it to the bottom edge of the screen, and its
   * box must end above the bar's top. The end of the summary gets the same check.
   */
  it.each([375, 320])('at %i px the inputs come first and the result bar covers no input and not the summary', { timeout: 120_000 }, async (width) => {
    const { page, context, problems } = await openPage(site.browser, { width });
    await page.setViewportSize({ width, height: 640 });
    // Instant scrolling (the reader's reduced-motion setting): each check sees where the scroll ends, not a frame of it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}tools/cost-calculator/?team=4&ep=2&genai=yes&cloud=onprem`);
    await page.getByRole('heading', { name: 'Estimated cost over 3 years' }).waitFor();
    // The engine has read the link and drawn the live details (their lines link to the inputs).
    await page.locator('.calc-drivers').first().waitFor({ state: 'attached' });
    const order = await page.evaluate(() => {
      const form = document.querySelector('.calc-form')!.getBoundingClientRect().top;
      const summary = document.querySelector('#calc-summary')!.getBoundingClientRect().top;
      return form < summary;
    });
    expect(order).toBe(true);
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.calc-group').forEach((group) => (group.open = true)));
    const fields = await page.locator('.calc-form input, .calc-form select').all();
    expect(fields.length).toBeGreaterThan(40);
    const covered: string[] = [];
    const check = async (label: string) => {
      const { bottom, barTop } = await page.evaluate(
        (id) => {
          const el = id ? document.getElementById(id)! : document.querySelector('#calc-summary')!;
          const bar = document.querySelector('.calc-bar')!.getBoundingClientRect();
          return { bottom: el.getBoundingClientRect().bottom, barTop: bar.top };
        },
        label === 'summary' ? '' : label,
      );
      if (bottom > barTop + 0.5) covered.push(`${label}: bottom ${Math.round(bottom)} > bar top ${Math.round(barTop)}`);
    };
    for (const field of fields) {
      const id = (await field.getAttribute('id'))!;
      // A reader tabbing or tapping: focus scrolls the field into view.
      await page.evaluate(() => window.scrollTo(0, 0));
      await field.focus();
      await check(id);
      // A reader scrolling until the field just shows at the bottom of the screen.
      await page.evaluate((fieldId) => document.getElementById(fieldId)!.scrollIntoView({ block: 'end' }), id);
      await check(id);
    }
    await page.evaluate(() => document.querySelector('#calc-summary')!.scrollIntoView({ block: 'end' }));
    await check('summary');
    expect(covered).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
