/**
 * Waiting for a page to settle by its own state, never for a length of time: no request in flight,
 * every island hydrated that should have, search results shown on /search/, and two frames laid out.
 * Shared by the browser tests that measure layout shift.
 */
import type { Page } from 'playwright-core';

/** Resolves once no request the page started is still in flight. Call before navigating. */
export function trackRequests(page: Page): () => Promise<void> {
  const inFlight = new Set<unknown>();
  let settle: (() => void) | undefined;
  const done = (request: unknown) => {
    inFlight.delete(request);
    if (inFlight.size === 0) settle?.();
  };
  page.on('request', (request) => void inFlight.add(request));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => (inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (settle = resolve)));
}

/** Two animation frames: what a change made now has been laid out and painted (and its shift recorded). */
export const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Whether every island has hydrated that should have by now: those that hydrate at load or when
 * idle (and client:only ones), and with `visible` also those that hydrate when scrolled to. An
 * island whose markup is not laid out (hidden) never hydrates and is not waited for. Runs in the page.
 */
const islandsHydrated = (visible: boolean) =>
  ![...document.querySelectorAll('astro-island[ssr]')].some((island) => {
    const client = island.getAttribute('client');
    if (client === 'only') return true;
    if (client === 'visible' && !visible) return false;
    return [...island.children].some((child) => child.getClientRects().length > 0);
  });

/**
 * Waits until the page has settled: results shown (on /search/), islands hydrated, nothing loading,
 * laid out. Twice, because what an island loads (an engine, the cost data) can start one more request.
 */
export async function settled(page: Page, idle: () => Promise<void>, scrolled: boolean): Promise<void> {
  if (page.url().includes('?q='))
    await page
      .locator('main .search-summary')
      .filter({ hasText: /result/ })
      .waitFor();
  await page.waitForFunction(islandsHydrated, scrolled, { polling: 'raf' });
  for (let round = 0; round < 2; round++) {
    await idle();
    await nextFrames(page);
  }
}
