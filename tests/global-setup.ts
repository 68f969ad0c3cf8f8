/**
 * Builds the site twice (at "/" and at "/field-guide/") and indexes both with Pagefind, once for
 * the whole test run. A build log with an [ERROR] line fails the run: Astro logs a broken content
 * reference as an error but still exits 0.
 *
 * Set FIELD_GUIDE_REUSE_BUILD=1 to skip rebuilding when both outputs exist (handy while editing tests).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILDS, ROOT_DIR, isKnownNoise } from './support/builds.mjs';

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

let built: Promise<void> | undefined;

export default async function setup(): Promise<void> {
  const reuse = process.env.FIELD_GUIDE_REUSE_BUILD === '1' && Object.values(BUILDS).every((b) => existsSync(join(b.outDir, 'pagefind')));
  if (reuse) return;
  // Both projects (site, e2e) name this file; build once per process.
  const shared = globalThis as { __fieldGuideBuild?: Promise<void> };
  built = shared.__fieldGuideBuild ??= (async () => {
    // The two builds share the .astro cache, so run them one after the other.
    await buildVariant('root');
    await buildVariant('sub');
  })();
  await built;
}
