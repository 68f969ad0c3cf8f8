// `npx node scripts/lighthouse.mjs [path …]`: Lighthouse mobile figures (performance score, CLS,
// LCP, FCP, TBT) for built pages, served from dist/ by the same static server the tests use, with
// text gzipped as static hosts send it (an uncompressed HTML page costs a throttled phone about
// 0.3–0.6 s that no host charges; Lighthouse's own "enable text compression" audit says so).
// Simulated mobile throttling, Lighthouse's default. A measurement, not a test: Lighthouse scales
// the CPU time it observes, so figures move with the machine's load. Each page runs
// LIGHTHOUSE_RUNS times (default 3) and the table gives the medians.
// Needs Chromium: CHROME_PATH defaults to /usr/bin/chromium. LIGHTHOUSE_GZIP=0 serves uncompressed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const run = promisify(execFile);
const root = process.env.OUT_DIR || 'dist';
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const compress = process.env.LIGHTHOUSE_GZIP !== '0';
const paths = process.argv.slice(2);
// By default: home, the first framework and dimension pages in the build, search with results (it
// needs the Pagefind index `npm run build` makes), /compare/, both tools and how-to-choose (the pages
// issues 19, 21 and 23 hold to Lighthouse); `npm run bench` measures this same list.
/** @param {string} collection */
const first = (collection) => readdirSync(join(root, collection)).find((name) => statSync(join(root, collection, name)).isDirectory());
const pages =
  paths.length > 0
    ? paths
    : [
        '/',
        `/frameworks/${first('frameworks')}/`,
        `/dimensions/${first('dimensions')}/`,
        '/search/?q=model%20registry',
        '/compare/',
        '/tools/decision-checklist/',
        '/tools/cost-calculator/',
        '/guides/how-to-choose/',
      ];

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startStaticServer({ root, base: '/', compress });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows = [];
const loads = [];
try {
  for (const path of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      loads.push(loadavg()[0]);
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
      samples.push({
        performance: categories.performance.score * 100,
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
      });
    }
    /** @param {'performance' | 'cls' | 'lcp' | 'fcp' | 'tbt'} key */
    const mid = (key) => median(samples.map((sample) => sample[key]));
    rows.push({
      page: path,
      performance: Math.round(mid('performance')),
      cls: mid('cls').toFixed(3),
      lcp: `${(mid('lcp') / 1000).toFixed(2)} s`,
      fcp: `${(mid('fcp') / 1000).toFixed(2)} s`,
      tbt: `${Math.round(mid('tbt'))} ms`,
    });
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(
  `Medians of ${runs} run(s) per page, text ${compress ? 'gzipped' : 'uncompressed'}; one-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores.`,
);
console.log('| page | performance | CLS | LCP | FCP | TBT |\n| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.cls} | ${r.lcp} | ${r.fcp} | ${r.tbt} |`);
