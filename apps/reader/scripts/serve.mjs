// A tiny static server for the prerendered reader in build/: brotli or gzip (precompressed by the
// adapter, or compressed on the fly), long-lived caching for hashed assets, no caching for the
// service worker. Used by `pnpm start`, the end-to-end tests and the Lighthouse bench.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export const defaultRoot = fileURLToPath(new URL('../build/', import.meta.url));

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** @param {string} path */
async function isDir(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** @param {string} pathname */
function cacheControl(pathname) {
  if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
  if (pathname === '/service-worker.js') return 'no-cache';
  return 'public, max-age=0, must-revalidate';
}

/**
 * Creates (but does not start) the server for `root`.
 * @param {string} [root]
 */
export function createStaticServer(root = defaultRoot) {
  const base = resolve(root);
  /** @type {Map<string, Buffer>} */
  const onTheFly = new Map();

  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('Bad request');
        return;
      }
      let file = normalize(join(base, pathname));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if (await isDir(file)) {
        if (!pathname.endsWith('/')) {
          res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
      } else if (!(await isFile(file)) && (await isFile(`${file}.html`))) {
        file = `${file}.html`;
      }
      let status = 200;
      if (!(await isFile(file))) {
        status = 404;
        file = join(base, '404.html');
        if (!(await isFile(file))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
      }

      const ext = extname(file);
      /** @type {Record<string, string | number>} */
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl(pathname),
        'x-content-type-options': 'nosniff',
      };
      if (COMPRESSIBLE.has(ext)) headers.vary = 'Accept-Encoding';
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;

      if (encoding && COMPRESSIBLE.has(ext)) {
        const pre = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        if (await isFile(pre)) {
          headers['content-encoding'] = encoding;
          headers['content-length'] = (await stat(pre)).size;
          res.writeHead(status, headers);
          if (req.method === 'HEAD') res.end();
          else createReadStream(pre).pipe(res);
          return;
        }
        const key = `${file}:${encoding}`;
        let body = onTheFly.get(key);
        if (!body) {
          const raw = await readFile(file);
          body =
            encoding === 'br'
              ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(raw, { level: 9 });
          onTheFly.set(key, body);
        }
        headers['content-encoding'] = encoding;
        headers['content-length'] = body.length;
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }

      headers['content-length'] = (await stat(file)).size;
      res.writeHead(status, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error');
      console.error(error);
    }
  });
}

/**
 * Starts the server on `port` (0 for any free one) and resolves with its address.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function serve({ root = defaultRoot, port = 0, host = '127.0.0.1' } = {}) {
  if (!(await isFile(join(root, 'index.html')))) {
    throw new Error(`No built site in ${root}: run \`pnpm --filter @hitech/reader build\` first.`);
  }
  const server = createStaticServer(root);
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`,
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((r) => server.close(() => r(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const { url } = await serve({ port, host });
    console.log(`Reader on ${url}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
