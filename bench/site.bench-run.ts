/**
 * Measures the site and writes its section of bench/results.md:
 * - build time (Astro and Pagefind separately) and peak memory, pages built;
 * - gzip bytes per page type (HTML, CSS, JS loaded before search);
 * - bytes fetched by a first and a second search (from Node, through a loopback static server);
 * - a scale run on generated content in a temporary copy (BENCH_SCALES, default 100,1000,3000
 *   framework pages): how build time, peak memory and index size grow.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { it } from 'vitest';
import { ROOT_DIR } from '../tests/support/builds.mjs';
import { readPages, walk } from '../tests/support/dist';
import { openSearch } from '../tests/support/pagefind';
import { gzipBytes, pageWeight } from '../tests/support/weight';
import { projectCopy } from '../tests/support/project-copy';
import { measure, serverBuildSeconds, writeResultsSection } from './support';

const dirBytes = (dir: string) => walk(dir).reduce((sum, file) => sum + statSync(file).size, 0);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function pageType(url: string): string {
  const m = /^\/(frameworks|dimensions|guides|compare|tools|sources)\/([^/]+\/)?/.exec(url);
  if (!m) return url === '/' ? 'home' : 'other';
  return m[2] ? `${m[1]} article` : `${m[1]} index`;
}

/**
 * What grows with the square of the framework count: the pair pages, and the lists of pair links on
 * /compare/ and on each pair page. 3,000 frameworks make 4,498,500 pairs: their list alone is 524
 * million characters of HTML, and with the 3,000-column table /compare/ passes the longest string V8
 * can hold (2^29 - 24 characters), so a scale build with it fails with "RangeError: Invalid string
 * length" however large the heap. The scale run measures the site without them: it deletes the route and empties
 * the list component.
 */
const QUADRATIC_FILES: Record<string, string | undefined> = {
  'src/pages/compare/[pair].astro': undefined,
  'src/components/chrome/PairLinks.astro': '---\n---\n',
};

/** A copy of the project whose frameworks folder holds `count` generated framework pages. */
function scaledCopy(count: number): string {
  const dir = projectCopy(`field-guide-scale-${count}-`);
  for (const [file, replacement] of Object.entries(QUADRATIC_FILES)) {
    if (replacement === undefined) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), replacement);
  }
  const frameworksDir = join(dir, 'content', 'frameworks');
  const templates = readdirSync(frameworksDir).map((name) => readFileSync(join(frameworksDir, name), 'utf8'));
  for (let i = templates.length; i < count; i++) {
    const template = templates[i % templates.length]!;
    // A distinct title and order per copy; the body is the template's, with a unique word so the index grows.
    const text = template
      .replace(/^title: .*$/m, `title: Generated framework ${i}`)
      .replace(/^order: .*$/m, `order: ${100 + i}`)
      .replace(/\n## What it is today\n/, `\n## What it is today\n\nGenerated page marker genword${i}.\n`);
    writeFileSync(join(frameworksDir, `generated-${i}.mdx`), text);
  }
  return dir;
}

it('measures the site', async () => {
  const lines: string[] = [];
  const log = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  const outDir = join(ROOT_DIR, '.bench-output', 'site');
  rmSync(outDir, { recursive: true, force: true });

  log('## The site (`bench/site.bench-run.ts`)');
  log();
  log(`Recorded ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`);
  log('Timings are single runs on a shared machine: read them as orders of magnitude. Byte counts are exact.');
  log();

  const astro = measure(['npx', 'astro', 'build'], ROOT_DIR, { OUT_DIR: outDir, BASE_PATH: '/' });
  const pagefind = measure(['npx', 'pagefind', '--site', outDir], ROOT_DIR);
  const pages = readPages(outDir, '/');
  log('### Build');
  log();
  log('| step | wall time | peak memory |');
  log('| --- | --- | --- |');
  log(`| astro build (${pages.length} pages) | ${astro.seconds.toFixed(1)} s | ${astro.peakMiB.toFixed(0)} MiB |`);
  log(`| pagefind --site | ${pagefind.seconds.toFixed(1)} s | ${pagefind.peakMiB.toFixed(0)} MiB |`);
  log();

  log('### Page weight by page type (gzip -9)');
  log();
  log('| page type | pages | HTML avg / max | CSS | JS before search |');
  log('| --- | --- | --- | --- | --- |');
  const byType = new Map<string, Array<ReturnType<typeof pageWeight>>>();
  for (const page of pages) {
    const type = pageType(page.url);
    byType.set(type, [...(byType.get(type) ?? []), pageWeight(page, outDir, '/')]);
  }
  for (const [type, weights] of [...byType].sort()) {
    const html = weights.map((w) => w.html);
    const avg = html.reduce((a, b) => a + b, 0) / html.length;
    log(`| ${type} | ${weights.length} | ${kib(avg)} / ${kib(Math.max(...html))} KB | ${kib(Math.max(...weights.map((w) => w.css)))} KB | ${kib(Math.max(...weights.map((w) => w.js)))} KB |`);
  }
  log();

  log("### Search transfer (from Node without a worker, as the site searches; text gzipped as a host would; first five results' fragments)");
  log();
  const search = await openSearch(outDir, '/');
  const before = search.bytesFetched();
  await search.search('kubeflow pipelines');
  const first = search.bytesFetched();
  await search.search('hidden costs egress');
  const second = search.bytesFetched();
  await search.close();
  // The search UI is the site's own (src/scripts/search.ts over Pagefind's API, not Pagefind's UI):
  // one module fetched on first open; its styles are part of the site's one stylesheet.
  const searchModule = readdirSync(join(outDir, '_astro')).find((file) => /^search\.[\w-]+\.js$/.test(file));
  if (!searchModule) throw new Error(`no search module (_astro/search.<hash>.js) in ${outDir}`);
  const searchModuleBytes = gzipBytes(readFileSync(join(outDir, '_astro', searchModule)));
  log(`- first search ("kubeflow pipelines"), including pagefind.js, the WASM, entry, filters, index chunk and fragments: ${kib(first - before)} KB`);
  log(`- second search ("hidden costs egress"): +${kib(second - first)} KB`);
  log(`- plus the site's search UI module, loaded on first open: ${kib(searchModuleBytes)} KB of JS gzipped (its CSS is in the site's stylesheet)`);
  log(`- index on disk: ${mib(dirBytes(join(outDir, 'pagefind')))} MiB in ${walk(join(outDir, 'pagefind')).length} files`);
  log();

  const scales = (process.env.BENCH_SCALES ?? '100,1000,3000').split(',').map(Number).filter((n) => n > 0);
  log('### Scale run (generated framework pages in a temporary copy, without the pair pages and pair-link lists, which grow with the square of the count)');
  log();
  log(
    `Node's default heap limit (${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MiB here): a build that needs more fails and is recorded as failed. ` +
      'Peak memory is the resident set of the largest process, which includes garbage V8 has not yet collected.',
  );
  log();
  log('| framework pages | pages built | astro build | of which Vite server build | peak memory | pagefind | index size | index files |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const count of scales) {
    const dir = scaledCopy(count);
    const out = join(dir, 'dist');
    try {
      const build = measure(['npx', 'astro', 'build'], dir, { OUT_DIR: out });
      const index = measure(['npx', 'pagefind', '--site', out], dir);
      // Count the pages without parsing them: parsing thousands of pages would measure the benchmark, not the site.
      const built = walk(out).filter((file) => file.endsWith('.html') && !file.includes('/pagefind/')).length;
      const indexDir = join(out, 'pagefind');
      const server = serverBuildSeconds(build.log);
      log(`| ${count} | ${built} | ${build.seconds.toFixed(1)} s | ${server === undefined ? '?' : `${server.toFixed(1)} s`} | ${build.peakMiB.toFixed(0)} MiB | ${index.seconds.toFixed(1)} s | ${mib(dirBytes(indexDir))} MiB | ${walk(indexDir).length} |`);
    } catch (error) {
      log(`| ${count} | failed | ${String((error as Error).message).split('\n').slice(-3).join(' ').slice(0, 200)} | | | | | |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  log();
  writeResultsSection('site', lines);
});
