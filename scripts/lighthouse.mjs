// `npx node scripts/lighthouse.mjs [path …]`: Lighthouse mobile figures (performance score, CLS,
// LCP, TBT) for built pages, served from dist/ by the same static server the tests use. Simulated
// mobile throttling, Lighthouse's default. A measurement, not a test: figures vary a little by run.
// Needs Chromium: CHROME_PATH defaults to /usr/bin/chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const run = promisify(execFile);
const root = process.env.OUT_DIR || 'dist';
const paths = process.argv.slice(2);
// By default: home, the first framework page in the build, /compare/ and both tools.
const firstFramework = readdirSync(join(root, 'frameworks')).find((name) => statSync(join(root, 'frameworks', name)).isDirectory());
const pages = paths.length > 0 ? paths : ['/', `/frameworks/${firstFramework}/`, '/compare/', '/tools/decision-checklist/', '/tools/cost-calculator/'];

const server = await startStaticServer({ root, base: '/' });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows = [];
try {
  for (const path of pages) {
    const report = join(out, 'report.json');
    await run(
      'npx',
      [
        'lighthouse',
        new URL(path.replace(/^\//, ''), server.url).href,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    rows.push({
      page: path,
      performance: Math.round(categories.performance.score * 100),
      cls: audits['cumulative-layout-shift'].numericValue.toFixed(3),
      lcp: `${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`,
      tbt: `${Math.round(audits['total-blocking-time'].numericValue)} ms`,
    });
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log('| page | performance | CLS | LCP | TBT |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.cls} | ${r.lcp} | ${r.tbt} |`);
