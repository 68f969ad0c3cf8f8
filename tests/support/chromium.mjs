// Debian's Chromium, launched the way this machine needs: no sandbox as root, and no background
// networking (the network is closed, and Chromium would otherwise retry connections at start).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('Chromium not found. Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  }
  return found;
}
