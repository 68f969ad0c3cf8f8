/**
 * The relevance set (tests/support/search-relevance.ts) through the site's own search pipeline, over
 * the sub-path build. Each case is reported; the set as a whole must keep its hit rate. The floor
 * (80%) guards against regressions; the expectations themselves never move. Ranking shifts a little
 * as the content changes (36–37 of 43 during the work of 1 December 2026, 40 of 43 on its final content).
 * Second session, 1 December 2026: the three misses fixed at their cause (43 of 43: a glossary entry
 * for scale to zero, the calculator naming the total cost of ownership, a section on small teams);
 * 39 queries for the 2026 shortlist added before their first run, which hit 81 of 82 ("LLM tracing"
 * missed: the LLMOps page never used the phrase); 82 of 82 once it did; 87 of 87 with ZenML, ClearML,
 * Flyte, Union.ai and Allegro Trains added once those frameworks were on main.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { coverageNote } from '~/lib/search/coverage';
import { BUILDS } from '../support/builds.mjs';
import { searchForFile } from '../support/pagefind';
import { RELEVANCE_CASES, type RelevanceCase } from '../support/search-relevance';

const { outDir } = BUILDS.sub;
const { search, withBasePath } = searchForFile();
const pageExists = (path: string) => existsSync(join(outDir, path, 'index.html'));

async function judge(testCase: RelevanceCase): Promise<{ hit: boolean; top: string[] }> {
  const outcome = await search.run(testCase.query);
  const top = outcome.hits.slice(0, 3).map((h) => h.url);
  const inTop = testCase.accept.some((path) => top.includes(withBasePath(path)));
  if (inTop || !testCase.notCovered) return { hit: inTop, top };
  // A tool not covered, before the page listing such tools exists: it counts when search finds
  // nothing and says so, pointing to what the guide does cover; a page that merely mentions it is a miss.
  if (testCase.accept.some((path) => pageExists(path))) return { hit: false, top };
  const note = coverageNote(testCase.query, search.coverage);
  return { hit: outcome.total === 0 && note.kind !== 'covered', top };
}

describe('search relevance: what readers mean, in the top three', () => {
  it(`hits at least 80% of ${RELEVANCE_CASES.length} reader queries`, async () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
    const report: string[] = [];
    let hits = 0;
    for (const testCase of RELEVANCE_CASES) {
      const { hit, top } = await judge(testCase);
      if (hit) hits += 1;
      report.push(`${hit ? 'hit ' : 'MISS'} [${testCase.kind}] "${testCase.query}" → ${top.join(', ') || '(nothing)'}`);
    }
    const rate = hits / RELEVANCE_CASES.length;
    console.log(`search relevance: ${hits}/${RELEVANCE_CASES.length} (${(rate * 100).toFixed(0)}%)\n${report.join('\n')}`);
    expect(rate, report.filter((line) => line.startsWith('MISS')).join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
