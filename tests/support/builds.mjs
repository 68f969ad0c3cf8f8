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

/** Where tests/global-setup.ts says how this run's builds went: { token, state: building | built | failed, error }. */
export const BUILD_STATUS_FILE = join(ROOT_DIR, '.test-output/build-status.json');
/** The environment variable naming this run's builds in that file; unset when the run builds nothing. */
export const BUILD_TOKEN_ENV = 'FIELD_GUIDE_BUILD_TOKEN';

/** Lines of an astro build log that are known noise (withastro/astro#18087). */
export function isKnownNoise(line) {
  return /MODULE_LEVEL_DIRECTIVE|use astro:head-inject|module level directive|rolldown\.rs\/in-depth\/directives/.test(line);
}
