import { defineConfig } from 'vitest/config';

/** `npm run bench`: measurements only, kept out of `npm test`. Timings are noisy; nothing here asserts them. */
export default defineConfig({
  // `~/` is src/ (tsconfig.json paths), as in vitest.config.ts.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 1_800_000,
    fileParallelism: false,
  },
});
