// A plain static file server, as dumb as a static host: no rewrites, directory URLs serve their
// index.html, a missing file gets the site's 404.html with status 404. The site is mounted at
// `base` (e.g. /field-guide/) so sub-path hosting is tested as it will run. With `compress`, text
// goes out gzipped to clients that accept it, as GitHub Pages, Netlify, Cloudflare Pages and a
// default nginx do; measurements of transfer (Lighthouse) need it, byte-counting tests do not.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** What a static host compresses: text. WASM and Pagefind's index files arrive compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index)).isFile() ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * @param {{ root: string, base?: string, port?: number, host?: string, compress?: boolean, onRequest?: (url: string, bytes: number, file: string) => void }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1', compress = false, onRequest }) {
  const rootDir = resolve(root);
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let path = null;
    if (pathname.startsWith(mount)) {
      const relative = normalize(pathname.slice(mount.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(rootDir, relative);
      if (candidate.startsWith(rootDir)) path = await fileAt(candidate);
    }
    const status = path ? 200 : 404;
    path ??= join(rootDir, '404.html');
    const info = await stat(path).catch(() => null);
    if (!info) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    onRequest?.(pathname, info.size, path);
    const gzip = compress && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': info.size }),
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(path).pipe(createGzip()).pipe(response);
    else createReadStream(path).pipe(response);
  });
  // Longer than a client's idle keep-alive (Node's fetch keeps sockets 4 s), so the server never
  // closes a socket at the moment a client reuses it ("fetch failed" in long test runs).
  server.keepAliveTimeout = 30_000;
  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}${mount}`;
  return {
    url,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
