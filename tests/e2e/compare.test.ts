import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe-rules';
import { openPage, servedSite } from '../support/browser';
import { publishedFrameworks } from '../support/content';
import { parseCsv } from '../support/csv';
import { CAPABILITY_IDS } from '~/lib/vocabulary';
import { CURRENT_ROW_IDS } from '~/lib/compare/current';

// Every capability row plus the rows of the current picture.
const ALL_ROWS = CAPABILITY_IDS.length + CURRENT_ROW_IDS.length;

const site = servedSite();

/** The interactive table as text: header names, then each visible row's label and cells. */
async function tableOnScreen(page: Page) {
  return page.locator('#compare-view-table').evaluate((table) => ({
    header: [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    rows: [...table.querySelectorAll('tbody tr:not(.compare-section-row)')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())),
  }));
}

describe('compare view in Chromium', () => {
  it('selects by keyboard, shows differences only, shares the URL, follows back, and downloads the CSV on screen', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}compare/`);
    const picker = page.getByRole('group', { name: /Frameworks to compare/ });
    await picker.waitFor();
    expect(await page.locator('#compare-static').isHidden()).toBe(true);
    expect((await tableOnScreen(page)).header).toEqual(['Dimension', 'MLflow', 'Kubeflow']);

    // Keyboard only: from MLflow, Tab through the picker to Metaflow and tick it, then on to
    // "differences only" (however many frameworks the picker lists in between).
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const tabUntil = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 30 && !(await done()); i++) await page.keyboard.press('Tab');
      expect(await done()).toBe(true);
    };
    await picker.getByRole('checkbox', { name: 'MLflow' }).focus();
    await tabUntil(async () => (await focusedValue()) === 'metaflow');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?fw=mlflow,kubeflow,metaflow');
    const differencesBox = page.getByRole('checkbox', { name: /differences only/i });
    await tabUntil(() => differencesBox.evaluate((box) => box === document.activeElement));
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?fw=mlflow,kubeflow,metaflow&show=differences');
    const differences = await tableOnScreen(page);
    expect(differences.header).toEqual(['Dimension', 'MLflow', 'Kubeflow', 'Metaflow']);
    expect(differences.rows.length).toBeGreaterThan(0);
    expect(differences.rows.length).toBeLessThan(ALL_ROWS);
    expect(await page.getByRole('status').first().textContent()).toContain(`${differences.rows.length} rows shown, differences only`);

    // Shared: the same URL in a fresh browser context shows the same table.
    const shared = await openPage(site.browser);
    await shared.page.goto(page.url());
    await shared.page.locator('#compare-view-table').waitFor();
    expect(await tableOnScreen(shared.page)).toEqual(differences);
    expect(shared.problems).toEqual([]);
    await shared.context.close();

    // The download is exactly the table on screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('compare-mlflow-kubeflow-metaflow.csv');
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]).toEqual(['Section', ...differences.header]);
    expect(csv.slice(1).map((row) => row[1])).toEqual(differences.rows.map((row) => row[0]));
    csv.slice(1).forEach((row, r) => {
      row.slice(2).forEach((cell, c) => {
        // A capability cell reads "● Native: note (sources: …)" in the file and "Native note [1]" on screen (the shape is drawn by CSS).
        // A current-picture cell reads "text (sources: …)" in the file and "text [source n]" on screen.
        const level = /^[^\p{L}\d\s]+ ([^:]+): /u.exec(cell)?.[1];
        expect(differences.rows[r]![c + 1], `row ${r + 1}, column ${c + 1}`).toContain(level ?? cell.split(/\s\(sources?\b/)[0]!.split('; ')[0]!);
      });
    });

    // Back undoes "differences only"; back again undoes the third framework.
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Show differences only' }).isChecked()).toBe(false);
    expect((await tableOnScreen(page)).rows).toHaveLength(ALL_ROWS);
    await page.goBack();
    await expect.poll(async () => (await tableOnScreen(page)).header).toEqual(['Dimension', 'MLflow', 'Kubeflow']);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says which parts of a bad link it ignored', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}compare/?fw=vertex-ai,nope,vertex-ai,sagemaker&x=1`);
    await page.locator('#compare-view-table').waitFor();
    expect((await tableOnScreen(page)).header).toEqual(['Dimension', 'Amazon SageMaker AI', 'Google Vertex AI']);
    const status = page.locator('.compare-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toContain('Ignored from the link: unknown setting "x"; unknown framework "nope"; "vertex-ai" listed twice (shown once).');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('is axe-clean once loaded, with a section folded and differences shown, in the %s theme', async (theme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    await page.goto(`${site.url}compare/?fw=mlflow,sagemaker,metaflow&show=differences&bad=1`);
    await page.getByRole('button', { name: /The current picture/ }).click();
    expect(await page.getByRole('button', { name: /The current picture/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page, theme)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the static table of every framework without JavaScript', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}compare/`);
    expect(await page.locator('#compare-static').isVisible()).toBe(true);
    expect(await page.locator('#compare-all thead th').count()).toBe(publishedFrameworks().length + 1);
    await context.close();
  });
});
