// Temporary screenshot helper for the trust report (not committed): opens a citation preview and captures it.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium.mjs';
import { startStaticServer } from './scripts/static-server.mjs';
const server = await startStaticServer({ root: '.test-output/sub', base: '/field-guide/' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const shot = async (path, width, theme, out, open) => {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme, hasTouch: width < 600, isMobile: width < 600 });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (!open) {
    await page.locator('#who-maintains-it').scrollIntoViewIfNeeded();
    await page.evaluate(() => { document.querySelector('#who-maintains-it').scrollIntoView(); window.scrollBy(0, -70); });
    await page.waitForTimeout(300);
  }
  if (open) {
    const m = page.locator(open).first();
    await m.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    if (width < 600) await m.tap(); else await m.click();
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: out });
  await context.close();
};
await shot('about/', 375, 'dark', '/work/helpers/shots/trust/about-375-dark.png');
await shot('about/', 1280, 'light', '/work/helpers/shots/trust/about-1280-light.png');
await browser.close();
await server.close();
console.log('shots done');
