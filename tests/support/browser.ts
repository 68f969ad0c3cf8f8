/** One Chromium per test file, a fresh context per test, and a record of console errors and CSP violations. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { BUILDS } from './builds.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, options: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, context, problems };
}

/** A browser and a static server for one test file, available inside its tests. */
export interface ServedSite {
  readonly browser: Browser;
  readonly url: string;
}

/**
 * For a test file: starts Chromium and a static server for a build (by default the sub-path one)
 * before its tests and stops both after them.
 */
export function servedSite(build: { outDir: string; base: string } = BUILDS.sub): ServedSite {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startStaticServer({ root: build.outDir, base: build.base });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('servedSite(): the browser is only available inside tests');
      return browser;
    },
    get url() {
      if (!server) throw new Error('servedSite(): the server is only available inside tests');
      return server.url;
    },
  };
}
