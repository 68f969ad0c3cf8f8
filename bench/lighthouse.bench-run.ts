/**
 * Lighthouse mobile figures (performance score, layout shift, largest contentful paint, blocking
 * time) for the pages readers land on: home, a framework page, a dimension page, search with results
 * (its index built by Pagefind, as `npm run build` does), /compare/, both tools and the guide that
 * embeds the checklist. Simulated mobile throttling, Lighthouse's default, on a fresh production
 * build served like a static host (text gzipped), medians of scripts/lighthouse.mjs's runs. A
 * measurement, not a test: nothing here asserts a figure.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ROOT_DIR } from '../tests/support/builds.mjs';
import { measure, writeResultsSection } from './support';

it('records Lighthouse mobile figures for the pages readers land on', () => {
  const outDir = join(ROOT_DIR, '.bench-output', 'lighthouse');
  rmSync(outDir, { recursive: true, force: true });
  measure(['npx', 'astro', 'build'], ROOT_DIR, { OUT_DIR: outDir, BASE_PATH: '/' });
  measure(['npx', 'pagefind', '--site', outDir], ROOT_DIR);
  // The pages are scripts/lighthouse.mjs's own default list, so the bench and a hand run measure the same set.
  const table = execFileSync('npx', ['node', 'scripts/lighthouse.mjs'], {
    cwd: ROOT_DIR,
    env: { ...process.env, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = table.split('\n');
  const conditions = lines.find((line) => line.startsWith('Medians')) ?? '';
  const rows = lines.filter((line) => line.startsWith('|'));
  console.log([conditions, ...rows].join('\n'));
  writeResultsSection('lighthouse', [
    '## Lighthouse, mobile (`bench/lighthouse.bench-run.ts`)',
    '',
    `Recorded ${new Date().toISOString().slice(0, 10)}: simulated mobile throttling on a production build served from a local static server that gzips text, as static hosts do. ${conditions} Targets: CLS < 0.05, performance ≥ 95, LCP ≤ 1.5 s.`,
    '',
    ...rows,
  ]);
});
