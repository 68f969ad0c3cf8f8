/**
 * Builds the site twice (at "/" and at "/field-guide/") and indexes both with Pagefind, once for
 * the whole test run. A build log with an [ERROR] line fails the run: Astro logs a broken content
 * reference as an error but still exits 0.
 *
 * The builds start here and run in the background: the static, unit and island tests (the first
 * group, vitest.config.ts) run beside them on the other core, and each site or browser test file
 * waits for them in tests/support/builds-ready.ts before it is loaded (those files read the builds
 * as they load). The outcome is written to a status file named by this run's token, so a file never
 * reads a build of an earlier run; a failed build fails every file that needs it, with the log.
 *
 * Set FIELD_GUIDE_REUSE_BUILD=1 to skip rebuilding when both outputs exist (handy while editing tests).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_STATUS_FILE, BUILD_TOKEN_ENV, BUILDS, ROOT_DIR, isKnownNoise } from './support/builds.mjs';

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT_DIR, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(log);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}

async function buildVariant(name: keyof typeof BUILDS): Promise<void> {
  const { base, outDir, repoUrl } = BUILDS[name];
  await mkdir(outDir, { recursive: true });
  // Vitest sets NODE_ENV=test, which would make Astro compile islands' JSX in development mode (with
  // source locations): build what production ships, so the budgets measure the real bundles.
  const env = { BASE_PATH: base, OUT_DIR: outDir, REPO_URL: repoUrl, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const started = performance.now();
  const log = await run('npx', ['astro', 'build'], env);
  const problems = log.split('\n').filter((line) => /\[ERROR\]|\[WARN\]/.test(line) && !isKnownNoise(line));
  writeFileSync(join(outDir, '..', `${name}-build.log`), log);
  if (problems.length > 0) throw new Error(`astro build (${name}) logged problems:\n${problems.join('\n')}`);
  await run('npx', ['pagefind', '--site', outDir], {});
  console.log(`built ${name} (${base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const writeStatus = (token: string, state: 'building' | 'built' | 'failed', error = '') => writeFileSync(BUILD_STATUS_FILE, JSON.stringify({ token, state, error }));

export default async function setup(): Promise<() => Promise<void>> {
  // Both projects (site, e2e) name this file; build once per process, under one token.
  const shared = globalThis as { __fieldGuideBuild?: { token: string; done: Promise<void> } };
  const reuse = process.env.FIELD_GUIDE_REUSE_BUILD === '1' && Object.values(BUILDS).every((b) => existsSync(join(b.outDir, 'pagefind')));
  shared.__fieldGuideBuild ??= (() => {
    const token = `${process.pid}-${Date.now()}`;
    mkdirSync(join(BUILD_STATUS_FILE, '..'), { recursive: true });
    if (reuse) {
      writeStatus(token, 'built');
      return { token, done: Promise.resolve() };
    }
    writeStatus(token, 'building');
    // The two builds share the .astro cache, so run them one after the other.
    const done = (async () => {
      await buildVariant('root');
      await buildVariant('sub');
    })().then(
      () => writeStatus(token, 'built'),
      (error: unknown) => writeStatus(token, 'failed', error instanceof Error ? error.message : String(error)),
    );
    return { token, done };
  })();
  // Workers start after this and inherit the environment: tests/support/builds-ready.ts reads the token there.
  process.env[BUILD_TOKEN_ENV] = shared.__fieldGuideBuild.token;
  const { done } = shared.__fieldGuideBuild;
  // The run does not end while a build still writes (a run whose site files were all filtered out).
  return async () => done;
}
