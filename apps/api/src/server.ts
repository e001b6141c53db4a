import type { AddressInfo } from 'node:net';
import { type Dataset, dataset as packageDataset } from '@hitech/data';
import { type ServerType, serve } from '@hono/node-server';
import { createHandler, DOCS_PATH, OPENAPI_PATH } from './app.js';
import { compressOnNode } from './lib/compress-node.js';
import { pathAndQuery, storeKey } from './middleware/precomputed.js';
import { warmUp } from './warm.js';

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: ServerType;
  /**
   * Settles when the common responses are computed and stored (the URLs warmed; empty if warm-up failed,
   * which is logged). Requests are answered before that: a response not yet stored is computed on demand.
   */
  warmed: Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Starts the API on Node over `dataset` (the package's by default); `port: 0` picks a free port. Stored
 * responses are precompressed (brotli and gzip). It listens as soon as the app is built; the common
 * responses are then computed in the background (`warmed`), so start-up does not grow with the data.
 */
export async function startServer(
  options: { port?: number; hostname?: string; dataset?: Dataset } = {},
): Promise<RunningServer> {
  const { app, store, fetch } = createHandler(options.dataset ?? packageDataset, {
    compress: compressOnNode,
  });
  // The warmed responses are compressed at best effort; others at fast effort (see `Effort`).
  const fetchBest = (request: Request) => {
    store.bestEffort.add(storeKey(pathAndQuery(request.url), null));
    return fetch(request);
  };
  const warm = () =>
    warmUp(fetchBest, app.openApiDocument(), [OPENAPI_PATH, DOCS_PATH, `${DOCS_PATH}/scalar.js`]).catch(
      (error: unknown) => {
        console.error(`Warm-up failed (responses will be computed on first request): ${String(error)}`);
        return [];
      },
    );
  const hostname = options.hostname;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port ?? 8787, ...(hostname ? { hostname } : {}) }, (info) => {
      const { port } = info as AddressInfo;
      const host = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost';
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        server,
        // After the listen callback, so the port answers while the responses are computed.
        warmed: new Promise<void>((next) => setImmediate(next)).then(warm),
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
