import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongFilesFirst } from './tests/support/sequencer.ts';

// Vitest's default in a run is one worker fewer than the cores: on a 2-core machine, one worker, so
// every file ran one after another while the other core idled. Two workers use both cores (the main
// process only schedules and reports); on a larger machine this is Vitest's default.
const WORKERS = Math.max(2, availableParallelism() - 1);
/**
 * The browser files spend much of their time waiting on pages (a CPU slowed 4× sleeps, a page loads),
 * so one file at a time left the cores partly idle. Measured on this 2-core machine on 2026-12-08,
 * e2e tier wall time: one at a time 531 s; two 364 s; three 370 s. Past two, the files take longer
 * each (axe and the page renderers compete for the cores), so the gain here is from the first extra
 * worker; the third helps a machine with more cores. The long files are split (one per theme, one
 * per width) and start first (tests/support/sequencer.ts). Every wait in them is for a state of the
 * page, never for a length of time, so sharing the cores changes how long they take, not what they find.
 */
const E2E_WORKERS = WORKERS + 1;

/**
 * static:  ESLint, Prettier, import cycles and `astro check` over the code (no build, no test of behaviour).
 * unit:    src/lib as pure functions, and the content against its schemas (fast, no build).
 * islands: Preact islands in happy-dom.
 * site:    the built dist/ at "/" and at "/field-guide/" (built once by tests/global-setup.ts).
 * e2e:     Debian's Chromium driven by playwright-core against the same builds.
 * Tiers: `npm run test:static`, `npm run test:fast` (unit, islands), `npm run test:site`, `npm run test:e2e`;
 * `npm test` runs all five with coverage.
 */
export default defineConfig({
  // `~/` is src/ (tsconfig.json paths; Astro reads the same).
  resolve: { tsconfigPaths: true },
  test: {
    // expect.poll() gives up after 1 s by default: a timing assumption a busy or slower machine breaks
    // (a checklist link opened in a second page took longer while two browser files ran at once).
    // Thirty seconds is a ceiling, not a wait: a poll returns as soon as its value matches.
    expect: { poll: { timeout: 30_000 } },
    // The browser files that take minutes start first (tests/support/sequencer.ts says why).
    sequence: { sequencer: LongFilesFirst },
    // The JSON report feeds the closing "N passed, N failed" line of .ci/run.
    reporters: ['default', ['json', { outputFile: '.test-output/results.json' }]],
    // Line coverage of the pure logic, as Starlight keeps it. `npm test` turns it on (--coverage);
    // a single file run (`npx vitest run tests/unit/x.test.ts`) skips it, so its threshold does not
    // fail a partial run. src/lib/schema/index.ts only re-exports.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['src/lib/schema/index.ts'],
      reporter: ['text-summary', ['json-summary', { file: 'coverage-summary.json' }]],
      reportsDirectory: '.test-output/coverage',
      thresholds: { lines: 90 },
    },
    projects: [
      // A test's timeout only guards against a hang: generous, so a machine several times slower than
      // this one still passes (the generated-answer properties take seconds on a busy machine).
      // The unit files test pure functions and read content; none mocks a module or leaves global
      // state, so they share one module graph per worker (isolate: false): importing the content
      // and the models once per worker instead of once per file takes about a third off the
      // tier's CPU time (57 s against about 85 s, measured 2026-12-07).
      //
      // Groups (sequence.groupOrder) run one after another, the projects of a group side by side:
      //   0: unit and islands, while tests/global-setup.ts builds the site in the background;
      //   1: the static checks and the site tests, once the builds are done (astro check and the
      //      builds both write .astro/, so they never overlap);
      //   2: the browser tests, three files at a time on 2 cores (see E2E_WORKERS).
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 120_000, isolate: false, maxWorkers: WORKERS, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['tests/islands/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/islands-setup.ts'],
          testTimeout: 120_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      // The static checks read every file of the repository (ESLint uncached on a fresh clone, Prettier,
      // astro check): about 20 s of CPU that tells nothing about behaviour, so test:fast leaves them out.
      {
        extends: true,
        test: { name: 'static', include: ['tests/static/**/*.test.ts'], environment: 'node', testTimeout: 300_000, maxWorkers: WORKERS, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          setupFiles: ['tests/support/builds-ready.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          setupFiles: ['tests/support/builds-ready.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          maxWorkers: E2E_WORKERS,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
