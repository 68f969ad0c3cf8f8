// `npm run serve`: serves the built site the way a static host would, at BASE_PATH (default /).
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = process.env.OUT_DIR || 'dist';
const base = process.env.BASE_PATH || '/';
const port = Number(process.env.PORT || 4321);

if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}/. Run \`npm run build\` first (or \`npm start\` to build and serve).`);
  process.exit(1);
}
const { url } = await startStaticServer({ root, base: base.startsWith('/') ? base : `/${base}`, port, host: '127.0.0.1' });
console.log(`MLOps Field Guide: serving ${root}/ at ${url}  (Ctrl+C to stop)`);
