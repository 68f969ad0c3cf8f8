import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe-rules';
import { openPage, servedSite } from '../support/browser';
import { settled, trackRequests } from '../support/settle';
import { gzipSync } from 'node:zlib';
import { loadScenarios, scenarioLeaderTitles } from '../support/decision';

const site = servedSite();

/** Framework names in ranking order, as a reader sees them. */
async function ranking(page: Page): Promise<string[]> {
  return page.locator('.decision-ranking > li').evaluateAll((items) => items.map((item) => item.querySelector('a')!.textContent!));
}

/** Moves focus to a control by pressing Tab, as a keyboard user would, and fails if it is never reached. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Starts recording layout shifts (as Lighthouse counts them: not within 500 ms of an input) before the page loads. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

describe('decision checklist', () => {
  it('answered by keyboard, shared as a link, shows the same ranking in a new browser context', async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}tools/decision-checklist/`);
    await page.waitForLoadState('networkidle');
    await page.locator('.decision-answered').filter({ hasText: 'No question answered yet' }).first().waitFor();

    // Nothing is preselected: Tab lands on a group's first radio, an arrow key picks the next one.
    await tabTo(page, 'Amazon Web Services');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Experiment tracking and a model registry');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    // Scenario azure-end-to-end (content/data/decision-scenarios.yaml).
    const accepted = scenarioLeaderTitles('azure-end-to-end');
    await expect.poll(async () => accepted.includes((await ranking(page))[0]!)).toBe(true);
    expect(new URL(page.url()).search).toBe('?c=azure&scope=e2e');
    const before = await ranking(page);

    const shared = await site.browser.newContext();
    const second = await shared.newPage();
    await second.goto(page.url());
    await expect.poll(() => ranking(second)).toEqual(before);
    expect(await second.getByRole('radio', { name: 'End to end – track, orchestrate, serve and monitor' }).isChecked()).toBe(true);
    await shared.close();

    await page.goBack();
    await expect.poll(() => page.getByRole('radio', { name: 'End to end – track, orchestrate, serve and monitor' }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an on-premises Kubernetes platform team gets the leader its scenario accepts, with costs beside the ranking (375 px)', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375 });
    await page.goto(`${site.url}tools/decision-checklist/?c=onprem&k8s=strong&oss=4`);
    const accepted = scenarioLeaderTitles('onprem-kubernetes-platform');
    await expect.poll(async () => accepted.includes((await ranking(page))[0]!)).toBe(true);
    await page
      .getByText(/a month once running, plus/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the questions and how the scoring works', async () => {
    const { page, context } = await openPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}tools/decision-checklist/`);
    expect(await page.getByRole('group', { name: 'Which cloud do you already use for data?' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'How the checklist scores' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Each framework’s profile' }).isVisible()).toBe(true);
    await context.close();
  });

  it.each([
    { width: 375, query: '' },
    { width: 1280, query: '' },
    // Answers in the link rank differently from the build-time copy, which has none.
    { width: 1280, query: '?c=onprem&k8s=strong&oss=4' },
    { width: 375, query: '?c=azure&scope=e2e&comp=hipaa' },
  ])('the page does not shift when it hydrates ($width px, “$query”)', async ({ width, query }) => {
    const { page, context } = await openPage(site.browser, { width });
    await recordLayoutShifts(page);
    const idle = trackRequests(page);
    await page.goto(`${site.url}tools/decision-checklist/${query}`);
    // Hydrated, with the engine and the cost data it loads in, and laid out: a state, not a fixed wait.
    await settled(page, idle, false);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    await context.close();
  });

  // The site-wide axe run checks pages at "load"; these wait for the islands to render first.
  // The scenarios page, static once built, is one of the pages the accessibility suite checks.
  it.each(['light', 'dark'] as const)('the answered checklist and the home page embed are axe clean (%s theme)', async (theme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme: theme });
    const violations = () => axeViolations(page, theme);
    // Ruled-out options, a contradiction, ties, changes, questions to ask, costs, plus a note on an ignored key.
    await page.goto(`${site.url}tools/decision-checklist/?c=gcp&k8s=strong&oss=4&must=no-k8s&need=feature-store&comp=hipaa&x=1`);
    await page.getByText('unknown setting "x"').waitFor();
    await page
      .getByText(/a month once running, plus/)
      .first()
      .waitFor();
    for (const summary of await page.locator('.decision-more summary').all()) await summary.click();
    expect(await violations()).toEqual([]);
    await page.goto(site.url);
    await page.locator('#quick-check').scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Open the full checklist with these answers' }).waitFor();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads at most 20 KB of JavaScript (gzip) before the first answer; the cost model comes with the first answer', async () => {
    const { page, context, problems } = await openPage(site.browser);
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js') || !response.url().startsWith(site.url)) return;
      scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    await page.goto(`${site.url}tools/decision-checklist/`);
    await page.waitForLoadState('networkidle');
    await page.locator('.decision-answered').filter({ hasText: 'No question answered yet' }).first().waitFor();
    const before = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(before, [...scripts.keys()].join(', ')).toBeLessThanOrEqual(20 * 1024);
    const count = scripts.size;
    await page.getByRole('radio', { name: 'Amazon Web Services' }).check();
    await page
      .getByText(/a month once running, plus/)
      .first()
      .waitFor();
    expect(scripts.size).toBeGreaterThan(count);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone, the leader bar shows the leader and never covers the focused input', async () => {
    const { page, context, problems } = await openPage(site.browser, { width: 375 });
    // Instant scrolling (the reader's reduced-motion setting), as in the calculator's test: each check
    // sees where the scroll to the focused control ends, not a frame of a smooth scroll, which a busy
    // machine caught mid-way (2026-12-08, three browser files at once).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}tools/decision-checklist/`);
    await page.waitForLoadState('networkidle');
    const bar = page.locator('.decision-leader-bar');
    expect(await bar.textContent()).toContain('Answer a question to see the best fit here.');
    await tabTo(page, 'Amazon Web Services');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await bar.textContent()) ?? '').toMatch(/^Leading: /);
    // Walk the form by keyboard: every focused control stays above the bar.
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement!.getBoundingClientRect();
        const pinned = document.querySelector('.decision-leader-bar')!.getBoundingClientRect();
        return focused.bottom > pinned.top && focused.top < pinned.bottom;
      });
      expect(overlap).toBe(false);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the scenarios page filters by cloud and scope, kept in the URL', async () => {
    const { page, context, problems } = await openPage(site.browser);
    const expected = loadScenarios().filter((s) => s.answers.cloud?.[0] === 'aws' && s.answers.scope?.[0] === 'e2e').length;
    await page.goto(`${site.url}tools/decision-checklist/scenarios/?c=aws&scope=e2e`);
    await expect.poll(() => page.locator('.scenario-list > .scenario:visible').count()).toBe(expected);
    await page.getByLabel('Scope').selectOption('');
    expect(new URL(page.url()).search).toBe('?c=aws');
    expect(await page.locator('.scenario-list > .scenario:visible').count()).toBe(loadScenarios().filter((s) => s.answers.cloud?.[0] === 'aws').length);
    expect(problems).toEqual([]);
    await context.close();
  });
});
