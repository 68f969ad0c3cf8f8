// The two builds the site and browser tests run against: one at the root of a host and one under
// a sub-path. Built once per test run by tests/global-setup.ts.
import { join } from 'node:path';

export const ROOT_DIR = new URL('../../', import.meta.url).pathname;
export const SUB_PATH = '/field-guide/';

/** The sub-path build shows "Report an error" and "Edit this page" for this repository; the root build has none. */
export const TEST_REPO_URL = 'https://github.com/example-org/mlops-field-guide';

export const BUILDS = {
  root: { base: '/', outDir: join(ROOT_DIR, '.test-output/root'), repoUrl: '' },
  sub: { base: SUB_PATH, outDir: join(ROOT_DIR, '.test-output/sub'), repoUrl: TEST_REPO_URL },
};

/** Lines of an astro build log that are known noise (withastro/astro#18087). */
export function isKnownNoise(line) {
  return /MODULE_LEVEL_DIRECTIVE|use astro:head-inject|module level directive|rolldown\.rs\/in-depth\/directives/.test(line);
}
