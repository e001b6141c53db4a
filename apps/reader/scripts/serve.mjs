// The static server for the prerendered reader in build/, used by `pnpm start`, the end-to-end tests
// and the Lighthouse bench: sirv serves the adapter's precompressed .br and .gz files with ETags,
// hashed assets are cached for a year, the service worker never; a directory without its trailing
// slash is redirected to it (308), as the pages link them.
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const defaultRoot = fileURLToPath(new URL('../build/', import.meta.url));

/** @param {string} path */
async function isDir(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Creates (but does not start) the server for `root`.
 * @param {string} [root]
 */
export function createStaticServer(root = defaultRoot) {
  const base = resolve(root);
  const assets = sirv(base, {
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('x-content-type-options', 'nosniff');
      if (pathname.startsWith('/_app/immutable/')) {
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      } else if (pathname === '/service-worker.js') {
        res.setHeader('cache-control', 'no-cache');
      } else {
        res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
      }
    },
  });
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.endsWith('/') && !url.pathname.includes('.')) {
      let pathname = url.pathname;
      try {
        pathname = decodeURIComponent(pathname);
      } catch {}
      if (!pathname.includes('..') && (await isDir(join(base, pathname)))) {
        res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  });
}

/**
 * Starts the server on `port` (0 for any free one) and resolves with its address.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function serve({ root = defaultRoot, port = 0, host = '127.0.0.1' } = {}) {
  try {
    await stat(join(root, 'index.html'));
  } catch {
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
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r(undefined));
      }),
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
