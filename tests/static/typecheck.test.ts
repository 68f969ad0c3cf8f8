import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT_DIR } from '../support/builds.mjs';
// In a run that also builds the site, wait for the builds: astro check and a build both write .astro/.
import '../support/builds-ready';

it('astro check reports no errors, warnings or hints', { timeout: 240_000 }, async () => {
  const { stdout } = await promisify(execFile)('npx', ['astro', 'check', '--minimumSeverity', 'hint'], {
    cwd: ROOT_DIR,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: `${error.stdout ?? ''}\n${error.stderr ?? ''}` }));
  const summary = /Result \((\d+) files?\):\s*- (\d+) errors?\s*- (\d+) warnings?\s*- (\d+) hints?/.exec(stdout);
  expect(summary, stdout.slice(-3000)).not.toBeNull();
  expect({ errors: summary![2], warnings: summary![3], hints: summary![4] }, stdout.slice(-6000)).toEqual({
    errors: '0',
    warnings: '0',
    hints: '0',
  });
});
