/** What the bench files share: timing a command, reading Vite's log, and writing bench/results.md. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../tests/support/builds.mjs';
import { cleanEnv } from '../tests/support/project-copy';

export interface Timed {
  seconds: number;
  peakMiB: number;
  /** The command's output (stdout and stderr), for the phase timings Astro prints. */
  log: string;
}

/** Wall time and peak RSS (KiB from GNU time) of one command. */
export function measure(command: string[], cwd: string, env: Record<string, string> = {}): Timed {
  const started = performance.now();
  const log = execFileSync('sh', ['-c', `/usr/bin/time -f 'PEAK_KIB=%M' "$@" 2>&1`, 'sh', ...command], {
    cwd,
    // Without what Vitest adds (DEV=1, MODE=test, NODE_ENV=test …): Astro reads the environment into
    // import.meta.env, so a build started from here would otherwise run as `astro dev` code does.
    env: { ...cleanEnv(), NODE_ENV: 'production', ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // GNU time reports a failed command this way; a failed build must not pass as a fast one.
  if (/Command (exited with non-zero status|terminated by signal)/.test(log)) {
    throw new Error(`${command.join(' ')} failed in ${cwd}:\n${log.split('\n').slice(-30).join('\n')}`);
  }
  const peak = Number(/PEAK_KIB=(\d+)/.exec(log)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, log };
}

/**
 * Seconds Vite spent on the server (prerender) bundle: the first "✓ built in" after
 * "Building static entrypoints". Undefined when the log does not say.
 */
export function serverBuildSeconds(log: string): number | undefined {
  const after = log.split('Building static entrypoints')[1];
  // Vite writes "812ms", "6.45s" or, past a minute, "1m 37s".
  const m = after && /✓ built in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(after);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const RESULTS = join(ROOT_DIR, 'bench', 'results.md');

/**
 * Replaces one generated section of bench/results.md (between `<!-- bench:name -->` and
 * `<!-- /bench:name -->`), so that each bench file rewrites only its own numbers and the
 * hand-written record around them stays. A missing section is appended.
 */
export function writeResultsSection(name: string, lines: readonly string[]): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${lines.join('\n')}\n${close}`;
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  const next = start >= 0 && end > start ? `${text.slice(0, start)}${block}${text.slice(end + close.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}
