/**
 * A throwaway copy of the project (its sources, content and config, with node_modules linked), for
 * tests that change content and build or sync it. Each copy is removed by removeCopies().
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT_DIR } from './builds.mjs';

const copies: string[] = [];

export function projectCopy(prefix = 'field-guide-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(join(ROOT_DIR, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT_DIR, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment of a test worker without what Vitest adds to it (DEV=1, MODE=test, BASE_URL, …):
 * a child `astro build` would read those as its own, and build drafts as `npm run dev` does.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Runs a command in a copy; resolves with its output whether it succeeds or fails. */
export async function runIn(dir: string, command: string, args: string[], env: Record<string, string> = {}): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      cwd: dir,
      env: { ...cleanEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message?: string };
    return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message ?? ''}` };
  }
}
