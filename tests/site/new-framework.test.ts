/**
 * Adding a framework is its MDX file plus its rows in content/data/, and nothing in src/ or tests/.
 * In a copy of the project, a synthetic framework made from an existing one (new id and name) must
 * show up everywhere frameworks are listed; and with one original framework removed the same way,
 * the build must still pass. See tests/support/framework-content.ts for the one convention the
 * cloning relies on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownNoise } from '../support/builds.mjs';
import { pairSlugs, publishedFrameworks } from '../support/content';
import { parseCsv } from '../support/csv';
import { readPages, type BuiltPage } from '../support/dist';
import { cloneFramework, removeFramework } from '../support/framework-content';
import { openSearch } from '../support/pagefind';
import { projectCopy, removeCopies, runIn } from '../support/project-copy';

const FRAMEWORKS = publishedFrameworks();
const SOURCE = FRAMEWORKS[0]!;
const REMOVED = FRAMEWORKS.at(-1)!;
const NEW_ID = 'synthetic-clone';
const NEW_NAME = 'Synthetic Clone Platform';
const DRAFT_ID = 'draft-only';
const DRAFT_NAME = 'Draft Only Thing';
const BUILD_TIMEOUT = 300_000;

/** Builds a copy for production at "/", indexes it, and fails on any [ERROR] or [WARN] the log holds. */
async function build(dir: string): Promise<string> {
  const outDir = join(dir, 'dist');
  const built = await runIn(dir, 'npx', ['astro', 'build'], { OUT_DIR: outDir, BASE_PATH: '/', NODE_ENV: 'production' });
  const problems = built.output.split('\n').filter((line) => /\[ERROR\]|\[WARN\]/.test(line) && !isKnownNoise(line));
  if (built.failed || problems.length > 0) throw new Error(`astro build failed:\n${problems.join('\n')}\n${built.output.slice(-3000)}`);
  const indexed = await runIn(dir, 'npx', ['pagefind', '--site', outDir]);
  if (indexed.failed) throw new Error(`pagefind failed:\n${indexed.output.slice(-2000)}`);
  return outDir;
}

afterAll(removeCopies);

describe('a framework added as content', { timeout: BUILD_TIMEOUT }, () => {
  let outDir = '';
  let pages: BuiltPage[] = [];
  const page = (path: string) => pages.find((p) => p.url === `/${path}`)!;
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const linksTo = (el: BuiltPage['doc'], id: string) => el.querySelectorAll(`a[href="/frameworks/${id}/"]`).length > 0;

  beforeAll(async () => {
    // The name must be new, or finding it would prove nothing.
    expect(FRAMEWORKS.map((f) => f.data.title)).not.toContain(NEW_NAME);
    const dir = projectCopy('field-guide-new-framework-');
    cloneFramework(dir, SOURCE.id, NEW_ID, NEW_NAME);
    // Two scaffolded drafts ride along: the build must accept their TODOs and publish neither.
    for (const [kind, id, name] of [
      ['framework', DRAFT_ID, DRAFT_NAME],
      ['dimension', DRAFT_ID, DRAFT_NAME],
    ] as const) {
      const scaffolded = await runIn(dir, 'npm', ['run', `new:${kind}`, '--', id, name]);
      if (scaffolded.failed) throw new Error(`new:${kind} failed:\n${scaffolded.output}`);
    }
    outDir = await build(dir);
    pages = readPages(outDir, '/');
  }, BUILD_TIMEOUT);

  it('has its own page, and a row in every home-page table that lists the framework it was made from', () => {
    expect(page(`frameworks/${NEW_ID}/`).doc.querySelector('h1')!.text).toContain(NEW_NAME);
    const tables = page('')
      .doc.querySelectorAll('main table')
      .filter((table) => linksTo(table, SOURCE.id));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(linksTo(table, NEW_ID)).toBe(true);
  });

  it('is in every dimension table', () => {
    const dimensions = pages.filter((p) => /^\/dimensions\/[^/]+\/$/.test(p.url));
    expect(dimensions.length).toBeGreaterThan(0);
    for (const dimension of dimensions) {
      const tables = dimension.doc.querySelectorAll('main table').filter((table) => linksTo(table, SOURCE.id));
      expect(tables.length, dimension.url).toBeGreaterThan(0);
      for (const table of tables) expect(linksTo(table, NEW_ID), dimension.url).toBe(true);
    }
  });

  it('is in the compare view’s table and has a pair page with every other framework', () => {
    expect(linksTo(page('compare/').doc.querySelector('#compare-static')!, NEW_ID)).toBe(true);
    const ids = [...FRAMEWORKS.map((f) => f.id), NEW_ID];
    const own = pairSlugs(ids).filter((slug) => slug.split('-vs-').includes(NEW_ID));
    expect(own).toHaveLength(FRAMEWORKS.length);
    for (const slug of own) {
      const pair = page(`compare/${slug}/`);
      expect(pair, slug).toBeDefined();
      expect(pair.doc.querySelector('h1')!.text, slug).toContain(NEW_NAME);
    }
  });

  it('is in the open data: JSON, CSV, its Markdown page and llms.txt', () => {
    const json = JSON.parse(read('data/frameworks.json')) as { frameworks: Array<{ id: string; title: string }> };
    expect(json.frameworks.find((f) => f.id === NEW_ID)?.title).toBe(NEW_NAME);
    const rows = parseCsv(read('data/frameworks.csv').replace(/^#.*\r\n/, ''));
    expect(rows.some((row) => row[0] === NEW_ID)).toBe(true);
    expect(read(`data/frameworks/${NEW_ID}.md`)).toMatch(new RegExp(`^# ${NEW_NAME}\\n`));
    expect(read('llms.txt')).toContain(`data/frameworks/${NEW_ID}.md`);
  });

  it('is listed on the sources page beside every source it cites', () => {
    const sources = page('sources/').doc;
    expect(linksTo(sources, NEW_ID)).toBe(true);
  });

  it('is found by search under its name', async () => {
    const search = await openSearch(outDir, '/');
    try {
      const results = await search.search(NEW_NAME);
      expect(results[0]?.url).toBe(`/frameworks/${NEW_ID}/`);
    } finally {
      await search.close();
    }
  });

  it('leaves scaffolded drafts out of every page, list, table, the sitemap, the open data and search', async () => {
    expect(existsSync(join(outDir, 'frameworks', DRAFT_ID))).toBe(false);
    expect(existsSync(join(outDir, 'dimensions', DRAFT_ID))).toBe(false);
    for (const p of pages) expect(p.html, p.url).not.toContain(DRAFT_NAME);
    for (const file of ['sitemap-0.xml', 'data/frameworks.json', 'data/frameworks.csv', 'llms.txt', 'data/decision-model.json']) {
      expect(read(file), file).not.toContain(DRAFT_ID);
    }
    const search = await openSearch(outDir, '/');
    try {
      expect((await search.search(DRAFT_NAME)).map((r) => r.url).filter((url) => url.includes(DRAFT_ID))).toEqual([]);
    } finally {
      await search.close();
    }
  });

  it('is ranked by the decision checklist and costed by the calculator', () => {
    const model = JSON.parse(read('data/decision-model.json')) as { frameworks: Array<{ id: string }> };
    expect(model.frameworks.map((f) => f.id)).toContain(NEW_ID);
    expect(page('tools/decision-checklist/').doc.querySelector('main')!.text).toContain(NEW_NAME);
    expect(page('tools/cost-calculator/').doc.querySelector('main')!.text).toContain(NEW_NAME);
  });
});

describe('a framework removed as content', { timeout: BUILD_TIMEOUT }, () => {
  let outDir = '';

  beforeAll(async () => {
    const dir = projectCopy('field-guide-removed-framework-');
    removeFramework(dir, REMOVED.id);
    outDir = await build(dir);
  }, BUILD_TIMEOUT);

  it('still builds, without its page, its pairs or its rows', () => {
    expect(existsSync(join(outDir, 'frameworks', REMOVED.id, 'index.html'))).toBe(false);
    const pages = readPages(outDir, '/');
    expect(pages.filter((p) => p.url.includes(`/compare/`) && p.url.split('/')[2]?.split('-vs-').includes(REMOVED.id))).toEqual([]);
    const json = JSON.parse(readFileSync(join(outDir, 'data/frameworks.json'), 'utf8')) as { frameworks: Array<{ id: string }> };
    expect(json.frameworks.map((f) => f.id).sort()).toEqual(
      FRAMEWORKS.filter((f) => f.id !== REMOVED.id)
        .map((f) => f.id)
        .sort(),
    );
    const home = pages.find((p) => p.url === '/')!;
    expect(home.doc.querySelectorAll(`main table a[href="/frameworks/${REMOVED.id}/"]`)).toHaveLength(0);
  });
});
