// Development aid: `npm run screenshot -- <url> <out.png> [width] [theme] [height]` saves a full-page
// PNG, or only its top `height` pixels (long pages are taller than image viewers accept).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium.mjs';

const [url, out, width = '1280', theme = 'light', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: npm run screenshot -- <url> <out.png> [width] [light|dark] [height]');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
const page = await context.newPage();
await page.goto(url, { waitUntil: 'load' });
// Blocks with content-visibility: auto are painted only near the viewport, so a full-page capture
// would show them blank; render them all first, as a reader scrolling down would see them.
await page.evaluate(() => {
  for (const el of document.querySelectorAll('body *')) {
    if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  }
});
const clip = height ? { x: 0, y: 0, width: Number(width), height: Number(height) } : undefined;
await page.screenshot({ path: out, fullPage: true, clip, timeout: 120_000 });
await browser.close();
console.log(`saved ${out}`);
