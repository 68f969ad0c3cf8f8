import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchBrowser, openPage } from '../support/browser';
import { BUILDS } from '../support/builds.mjs';

let browser: Browser;
const servers: Array<{ url: string; close: () => Promise<void> }> = [];
/** Files served since the last reset, to measure what a search transfers. */
let served: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const build of [BUILDS.sub, BUILDS.root]) {
    servers.push(await startStaticServer({ root: build.outDir, base: build.base, onRequest: (_url, _bytes, file) => served.push(file) }));
  }
});

/** What a host serving compressed text would send: gzip for text files; WASM and Pagefind's index files are already compressed. */
function transferBytes(files: string[]): number {
  return files.reduce((sum, file) => {
    const content = readFileSync(file);
    return sum + (/\.(js|css|json|html)$/.test(file) ? gzipSync(content, { level: 9 }).length : content.length);
  }, 0);
}
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe.each([
  ['under /field-guide/', 0],
  ['at the root', 1],
])('search in Chromium %s', (_label, index) => {
  it('Ctrl+K opens search; a typed query shows results, announced politely; Enter on a result opens it', async () => {
    const server = servers[index]!;
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.url}dimensions/`);
    served = [];
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const input = dialog.getByRole('searchbox', { name: 'Search frameworks, dimensions and guides' });
    await input.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('Kubeflow');
    const firstResult = dialog.locator('.pagefind-modular-list-link').first();
    await firstResult.waitFor({ timeout: 15_000 });
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toMatch(/^\d+ results? for Kubeflow$/);
    expect(await firstResult.getAttribute('href')).toBe(`${new URL(server.url).pathname}frameworks/kubeflow/`);
    await page.waitForLoadState('networkidle');
    // DESIGN.md budget: the first search, UI included, transfers at most 150 KB.
    expect(transferBytes(served)).toBeLessThanOrEqual(150 * 1024);
    // Both filters are offered: by page type and by framework.
    expect(await dialog.getByRole('group', { name: 'Filter results by type' }).isVisible()).toBe(true);
    expect(await dialog.getByRole('group', { name: 'Filter results by framework' }).isVisible()).toBe(true);
    await firstResult.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}frameworks/kubeflow/`);
    expect(await page.locator('h1').textContent()).toBe('Kubeflow');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"/" opens search, Escape closes it and returns focus', async () => {
    const server = servers[index]!;
    const { page, context, problems } = await openPage(browser);
    await page.goto(server.url);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Opened from the button, closing returns focus to the button.
    const button = page.getByRole('button', { name: /^Search/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('/search/?q= runs the query on load and keeps new queries in the address', async () => {
    const server = servers[index]!;
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.url}search/?q=SageMaker`);
    const first = page.locator('main .pagefind-modular-list-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toBe(`${new URL(server.url).pathname}frameworks/sagemaker/`);
    const input = page.locator('main input[type="search"]');
    await input.fill('Metaflow');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Metaflow');
    expect(problems).toEqual([]);
    await context.close();
  });
});
