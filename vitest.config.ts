import { defineConfig } from 'vitest/config';

/**
 * unit:    src/lib as pure functions, and the content against its schemas (fast, no build).
 * islands: Preact islands in happy-dom.
 * site:    the built dist/ at "/" and at "/field-guide/" (built once by tests/global-setup.ts).
 * e2e:     Debian's Chromium driven by playwright-core against the same builds.
 */
export default defineConfig({
  // `~/` is src/ (tsconfig.json paths; Astro reads the same).
  resolve: { tsconfigPaths: true },
  test: {
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
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['tests/islands/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/islands-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
