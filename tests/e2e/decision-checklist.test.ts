import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from '../support/browser';

const site = servedSite();

/** The ranking as a reader sees it: "name verdict" per framework, in order. */
async function ranking(page: Page): Promise<string[]> {
  return page.locator('.decision-ranking > li').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('a')!.textContent} ${item.querySelector('.decision-verdict')!.textContent!.replace(/^\S+ /, '')}`),
  );
}

/** Moves focus to a control by pressing Tab, as a keyboard user would, and fails if it is never reached. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('decision checklist', () => {
  it('answered by keyboard, shared as a link, shows the same ranking on a new page', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}tools/decision-checklist/`);
    await page.getByRole('group', { name: 'Which cloud do you already use for data?' }).waitFor();

    // Radio groups: Tab into the group, arrow keys move the choice. Checkboxes: Space ticks.
    // Tab lands on a group's checked radio; from "None yet" (the last) ArrowDown wraps to the first.
    await tabTo(page, 'None yet');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'HIPAA');
    await page.keyboard.press('Space');
    await tabTo(page, '3 – no preference');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, 'Running in production at scale');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Pipelines (training workflows)');
    await page.keyboard.press('ArrowDown');

    const expected = [
      'Amazon SageMaker AI Adopt',
      'Azure Machine Learning Assess',
      'Google Vertex AI Assess',
      'Metaflow Assess',
      'MLflow Assess',
      'Kubeflow Hold for your profile',
    ];
    await expect.poll(() => ranking(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?c=aws&comp=hipaa&oss=2&pri=governance&scope=e2e');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Ranking:/ }).textContent()).toBe(
      'Ranking: 1. SageMaker AI, Adopt; 2. Azure ML, Assess; 3. Vertex AI, Assess.',
    );

    const shared = await site.browser.newContext();
    const second = await shared.newPage();
    await second.goto(page.url());
    await expect.poll(() => ranking(second)).toEqual(expected);
    expect(await second.getByRole('radio', { name: 'Governance and audit' }).isChecked()).toBe(true);
    await shared.close();

    await page.goBack();
    await expect.poll(() => page.getByRole('radio', { name: 'End to end – train, serve and monitor' }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the questions and the rules in plain words', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}tools/decision-checklist/`);
    expect(await page.getByRole('heading', { name: 'The questions' }).isVisible()).toBe(true);
    expect(await page.getByText('Which cloud do you already use for data? (one)').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'How answers score' }).isVisible()).toBe(true);
    expect(await page.locator('#rule-kubernetes-strong').textContent()).toContain('Kubeflow +4');
    await context.close();
  });

  // The site-wide axe run checks pages at "load"; these wait for the islands to render first.
  it.each(['light', 'dark'] as const)('the rendered checklist and the home page embed are axe clean (%s theme)', async (theme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    // Knock-outs, ties, close calls, changes and stacks all on screen, plus a note on an ignored key.
    await page.goto(`${site.url}tools/decision-checklist/?c=gcp&k8s=strong&oss=4&must=attested&x=1`);
    await page.getByText('unknown setting "x"').waitFor();
    const violations = async () =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(await violations()).toEqual([]);
    await page.goto(site.url);
    await page.getByRole('heading', { name: 'A quick check' }).scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Open the full checklist with these answers' }).waitFor();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
