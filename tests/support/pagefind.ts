/**
 * Searches a built site's Pagefind index from Node: import the site's own pagefind.js and point it
 * at a loopback server that serves the build at its base path, as a static host would.
 */
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { BUILDS } from './builds.mjs';
import type { CoverageData } from '~/lib/search/coverage';
import { runSearch, SEARCH_RANKING, type SearchEngine, type SearchOutcome } from '~/lib/search/results';

export interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface NodeSearch {
  search(term: string, filters?: Record<string, string>): Promise<SearchResult[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** The site's own pipeline (src/lib/search), as the search UI runs it, with the build's coverage data. */
  run(query: string, filters?: Record<string, string>): Promise<SearchOutcome>;
  coverage: CoverageData;
  /** What the searches so far would transfer from a host that compresses text (JS/JSON gzip; Pagefind's index files are already compressed). */
  bytesFetched(): number;
  close(): Promise<void>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: { title: string }; excerpt: string }> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** The site's own pipeline (src/lib/search), as the search UI runs it, with the build's coverage data. */
  run(query: string, filters?: Record<string, string>): Promise<SearchOutcome>;
  coverage: CoverageData;
  destroy?(): Promise<void>;
}

export async function openSearch(outDir: string, base: string, ranking: Record<string, number> = SEARCH_RANKING): Promise<NodeSearch> {
  let bytes = 0;
  const server = await startStaticServer({
    root: outDir,
    base,
    onRequest: (_url, size, file) => (bytes += /\.(js|json)$/.test(file) ? gzipSync(readFileSync(file), { level: 9 }).length : size),
  });
  // A query string makes each import a fresh module instance, so two builds can be searched in one run.
  const moduleUrl = `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?base=${encodeURIComponent(base)}&ranking=${encodeURIComponent(JSON.stringify(ranking))}`;
  const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindModule;
  await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: base, noWorker: true, ranking });
  await pagefind.init();
  const coverage = JSON.parse(readFileSync(join(outDir, 'search', 'coverage.json'), 'utf8')) as CoverageData;
  return {
    coverage,
    run: (query, filters) => runSearch(pagefind as unknown as SearchEngine, query, { filters, coverage }),
    async search(term, filters) {
      const response = await pagefind.search(term, filters ? { filters } : {});
      // The UI loads the first five results' fragments; more only when the reader scrolls.
      const data = await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt }));
    },
    filters: () => pagefind.filters(),
    bytesFetched: () => bytes,
    async close() {
      await pagefind.destroy?.();
      await server.close();
    },
  };
}

/**
 * For a test file: the search index of a build (by default the sub-path one), opened before its tests
 * and closed after them, with the build's base for the paths a test expects.
 */
export function searchForFile(build: { outDir: string; base: string } = BUILDS.sub): { search: NodeSearch; withBasePath: (path: string) => string } {
  let open: NodeSearch | undefined;
  beforeAll(async () => {
    open = await openSearch(build.outDir, build.base);
  });
  afterAll(async () => {
    await open?.close();
  });
  const ready = () => {
    if (!open) throw new Error('searchForFile(): the index is only open inside tests');
    return open;
  };
  const search: NodeSearch = {
    search: (term, filters) => ready().search(term, filters),
    filters: () => ready().filters(),
    run: (query, filters) => ready().run(query, filters),
    get coverage() {
      return ready().coverage;
    },
    bytesFetched: () => ready().bytesFetched(),
    close: () => ready().close(),
  };
  return { search, withBasePath: (path) => `${build.base}${path.replace(/^\//, '')}` };
}
