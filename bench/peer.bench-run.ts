/**
 * The site against a stock Starlight project, building the same pages.
 *
 * Installs Starlight (versions pinned by bench/peer/project/package-lock.json, with Vite and
 * Rolldown overridden to the site's versions) into a temporary folder, writes BENCH_PEER_PAGES
 * (default 1,000) copies of one article there as docs pages and into a temporary copy of this site
 * as guides, then builds both from a clean cache, BENCH_PEER_PAIRS times (default 3) back to back,
 * alternating which goes first. Two variants (BENCH_PEER_VARIANTS, default both), each its own
 * section of bench/results.md:
 * - markdown: bench/peer/article.md, plain Markdown (written to .mdx files, the one extension the
 *   site's guides collection reads; Starlight reads them the same way);
 * - mdx: bench/peer/article.mdx, the same prose plus what MDX adds: an import of a small component
 *   (written beside the pages on both sides), an exported value read in expressions, a component
 *   with Markdown inside and a JSX element. Each side's time is its whole static build including the
 * search index: `astro build` for Starlight (it runs Pagefind itself), `astro build` then
 * `pagefind --site` here. Prints both and their ratio and
 * writes them to its section of bench/results.md. Timings on a shared machine are noisy: nothing
 * asserts them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { ROOT_DIR } from '../tests/support/builds.mjs';
import { projectCopy } from '../tests/support/project-copy';
import { measure, median, serverBuildSeconds, writeResultsSection } from './support';

const PAGES = Number(process.env.BENCH_PEER_PAGES ?? 1000);
const PAIRS = Number(process.env.BENCH_PEER_PAIRS ?? 3);
const PEER_DIR = join(ROOT_DIR, 'bench', 'peer');

/**
 * The component the MDX article imports (`./_Note.astro`), written beside the pages on both sides.
 * Kept as text for the same reason as PEER_FILES; the underscore keeps Starlight's docs loader off it.
 */
const NOTE_COMPONENT = '---\nconst { title } = Astro.props;\n---\n<aside class="bench-note"><p><strong>{title}</strong></p><slot /></aside>\n';

interface Variant {
  name: 'markdown' | 'mdx';
  /** The results section it writes. */
  section: string;
  file: string;
  article: string;
  /** Files written into the pages' folder on both sides. */
  beside: Record<string, string>;
}

const VARIANTS: Variant[] = [
  { name: 'markdown', section: 'peer', file: 'bench/peer/article.md', article: readFileSync(join(PEER_DIR, 'article.md'), 'utf8'), beside: {} },
  { name: 'mdx', section: 'peer-mdx', file: 'bench/peer/article.mdx', article: readFileSync(join(PEER_DIR, 'article.mdx'), 'utf8'), beside: { '_Note.astro': NOTE_COMPONENT } },
];
const CHOSEN = (process.env.BENCH_PEER_VARIANTS ?? 'markdown,mdx').split(',');

const titleOf = (i: number) => `Sample article ${i}`;
const descriptionOf = (i: number) => `An invented team's first year with a machine-learning platform, copy ${i} of the benchmark's sample page.`;

/**
 * The peer's config and content config, as the Starlight starter writes them, with only a title and
 * a site URL (the site builds a sitemap too, which needs one). Kept as text here rather than as files
 * under bench/peer/project, where the site's type check would try to resolve Starlight.
 */
const PEER_FILES: Record<string, string> = {
  'astro.config.mjs': [
    "import starlight from '@astrojs/starlight';",
    "import { defineConfig } from 'astro/config';",
    '',
    "export default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Bench peer' })] });",
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    '',
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
  ].join('\n'),
};

/** A stock Starlight project in a temporary folder, installed from its lockfile, without pages yet. */
function installPeer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-peer-'));
  cpSync(join(PEER_DIR, 'project'), dir, { recursive: true });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  for (const [file, text] of Object.entries(PEER_FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${text}\n`);
  }
  return dir;
}

/** The peer's docs: its home page and `count` copies of the variant's article (any earlier variant's removed). */
function writePeerPages(dir: string, variant: Variant, count: number): void {
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'guides'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: Bench peer\ndescription: A stock Starlight project built beside the field guide.\n---\n\nThe sample pages are under guides.\n`);
  for (const [file, text] of Object.entries(variant.beside)) writeFileSync(join(docs, 'guides', file), text);
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(docs, 'guides', `sample-article-${i}.mdx`), `---\ntitle: ${titleOf(i)}\ndescription: ${descriptionOf(i)}\n---\n\n${variant.article}`);
  }
}

/** A copy of this site whose guides folder also holds `count` copies of the variant's article. */
function siteWithGuides(variant: Variant, count: number): string {
  const dir = projectCopy('field-guide-peer-site-');
  const guides = join(dir, 'content', 'guides');
  const firstOrder = readdirSync(guides).length + 100;
  for (const [file, text] of Object.entries(variant.beside)) writeFileSync(join(guides, file), text);
  for (let i = 1; i <= count; i++) {
    const frontmatter = [`title: ${titleOf(i)}`, `description: ${descriptionOf(i)}`, `order: ${firstOrder + i}`, 'lastReviewed: 2026-12-01'];
    writeFileSync(join(guides, `sample-article-${i}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${variant.article}`);
  }
  return dir;
}

interface Run {
  seconds: number;
  peakMiB: number;
  serverBuild: number | undefined;
  pages: number;
}

const countPages = (out: string): number =>
  readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;

/**
 * What a previous build leaves, removed before each run so that every run starts cold: the output,
 * Astro's content store and Vite's caches. The site keeps them in .astro/ (its cacheDir); its
 * node_modules is the checkout's, shared, and left alone.
 */
const PEER_CACHES = ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')];
const SITE_CACHES = ['dist', '.astro'];

function clean(dir: string, entries: readonly string[]): void {
  for (const entry of entries) rmSync(join(dir, entry), { recursive: true, force: true });
}

function buildPeer(dir: string): Run {
  clean(dir, PEER_CACHES);
  const build = measure(['npx', 'astro', 'build'], dir);
  return { seconds: build.seconds, peakMiB: build.peakMiB, serverBuild: serverBuildSeconds(build.log), pages: countPages(join(dir, 'dist')) };
}

function buildSite(dir: string): Run {
  clean(dir, SITE_CACHES);
  const out = join(dir, 'dist');
  const build = measure(['npx', 'astro', 'build'], dir, { OUT_DIR: out });
  const index = measure(['npx', 'pagefind', '--site', out], dir);
  return {
    seconds: build.seconds + index.seconds,
    peakMiB: Math.max(build.peakMiB, index.peakMiB),
    serverBuild: serverBuildSeconds(build.log),
    pages: countPages(out),
  };
}

const s = (n: number | undefined) => (n === undefined ? '?' : `${n.toFixed(1)} s`);

let peer: string | undefined;
beforeAll(() => void (peer = installPeer()), 900_000);
afterAll(() => void (peer && rmSync(peer, { recursive: true, force: true })), 300_000);

it.each(VARIANTS.filter((v) => CHOSEN.includes(v.name)))('builds the same pages as a stock Starlight project ($name)', (variant) => {
  const lines: string[] = [];
  const log = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  const started = performance.now();
  writePeerPages(peer!, variant, PAGES);
  const site = siteWithGuides(variant, PAGES);
  const starlightVersion = JSON.parse(readFileSync(join(peer!, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')).version;
  const pairs: Array<{ site: Run; peer: Run; peerFirst: boolean; load: number }> = [];
  try {
    for (let i = 0; i < PAIRS; i++) {
      const peerFirst = i % 2 === 0;
      // Other work on the machine slows both sides; the one-minute load average says how busy it was.
      const load = loadavg()[0]!;
      const first = peerFirst ? buildPeer(peer!) : buildSite(site);
      const second = peerFirst ? buildSite(site) : buildPeer(peer!);
      const pair = peerFirst ? { peer: first, site: second, peerFirst, load } : { site: first, peer: second, peerFirst, load };
      pairs.push(pair);
      console.log(`pair ${i + 1}: site ${s(pair.site.seconds)}, Starlight ${s(pair.peer.seconds)}, ratio ${(pair.site.seconds / pair.peer.seconds).toFixed(2)}`);
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }

  const ratios = pairs.map((p) => p.site.seconds / p.peer.seconds);
  const siteMedian = median(pairs.map((p) => p.site.seconds));
  const peerMedian = median(pairs.map((p) => p.peer.seconds));
  const siteMemory = median(pairs.map((p) => p.site.peakMiB));
  const peerMemory = median(pairs.map((p) => p.peer.peakMiB));
  log(`## The site against a stock Starlight project, ${variant.name === 'mdx' ? 'MDX' : 'Markdown'} page (\`bench/peer.bench-run.ts\`)`);
  log();
  log(
    `Recorded ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
      `Starlight ${starlightVersion}. ${PAGES.toLocaleString('en')} copies of \`${variant.file}\` as guide pages here and as docs pages there, ` +
      `${PAIRS} pairs of cold builds back to back, alternating which goes first. Time is the whole build with its search index ` +
      '(`astro build` then `pagefind --site` here; Starlight runs Pagefind inside `astro build`). Peak memory is the largest process. ' +
      'Load is the one-minute load average when the pair started (2 cores: above 2, other work was waiting for them).',
  );
  log();
  log('| pair | load | first | site | Starlight | ratio | site peak | Starlight peak | Vite server build site / Starlight | pages site / Starlight |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  pairs.forEach((p, i) => {
    log(
      `| ${i + 1} | ${p.load.toFixed(1)} | ${p.peerFirst ? 'Starlight' : 'site'} | ${s(p.site.seconds)} | ${s(p.peer.seconds)} | ${ratios[i]!.toFixed(2)} | ` +
        `${p.site.peakMiB.toFixed(0)} MiB | ${p.peer.peakMiB.toFixed(0)} MiB | ${s(p.site.serverBuild)} / ${s(p.peer.serverBuild)} | ${p.site.pages} / ${p.peer.pages} |`,
    );
  });
  log();
  log(
    `Median: site ${s(siteMedian)}, Starlight ${s(peerMedian)}; ratio (median of the pairs) ${median(ratios).toFixed(2)}× ` +
      `(${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}). ` +
      `Peak memory: site ${siteMemory.toFixed(0)} MiB, Starlight ${peerMemory.toFixed(0)} MiB (${(siteMemory / peerMemory).toFixed(2)}×). ` +
      `This variant took ${((performance.now() - started) / 60000).toFixed(1)} min (the install is shared).`,
  );
  writeResultsSection(variant.section, lines);
});
