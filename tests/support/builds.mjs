// The two builds the site and browser tests run against: one at the root of a host and one under
// a sub-path. Built once per test run by tests/global-setup.ts.
import { join } from 'node:path';

export const ROOT_DIR = new URL('../../', import.meta.url).pathname;
export const SUB_PATH = '/field-guide/';

export const BUILDS = {
  root: { base: '/', outDir: join(ROOT_DIR, '.test-output/root') },
  sub: { base: SUB_PATH, outDir: join(ROOT_DIR, '.test-output/sub') },
};

/** Lines of an astro build log that are known noise (withastro/astro#18087). */
export function isKnownNoise(line) {
  return /MODULE_LEVEL_DIRECTIVE|use astro:head-inject|module level directive|rolldown\.rs\/in-depth\/directives/.test(line);
}
