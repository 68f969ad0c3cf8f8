/**
 * Waits until this run's builds are done: they start in tests/global-setup.ts and run beside the
 * unit tests. The site and browser projects name this as a setup file, so each of their test files
 * waits before it loads and reads the builds; tests/static/typecheck.test.ts imports it, because
 * astro check and a build both write .astro/. A run that builds nothing (no site or browser project,
 * so no token) does not wait. It waits on the builds' own status, never on a clock; the deadline
 * only turns a hang into a message.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { BUILD_STATUS_FILE, BUILD_TOKEN_ENV } from './builds.mjs';

const DEADLINE_MS = 30 * 60_000;

function status(): { token: string; state: string; error: string } | undefined {
  try {
    return JSON.parse(readFileSync(BUILD_STATUS_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

const token = process.env[BUILD_TOKEN_ENV];
const started = Date.now();
while (token) {
  const now = status();
  if (now?.token === token && now.state === 'built') break;
  if (now?.token === token && now.state === 'failed') throw new Error(`the site builds failed (tests/global-setup.ts):\n${now.error}`);
  if (Date.now() - started > DEADLINE_MS) throw new Error(`the site builds did not finish within ${DEADLINE_MS / 60_000} minutes (${BUILD_STATUS_FILE}: ${JSON.stringify(now)})`);
  await sleep(250);
}
