import type { AddressInfo } from 'node:net';
import { type Dataset, dataset as packageDataset } from '@hitech/data';
import { type ServerType, serve } from '@hono/node-server';
import { createHandler, DOCS_PATH, OPENAPI_PATH } from './app.js';
import { compressOnNode } from './lib/compress-node.js';
import { warmUp } from './warm.js';

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/**
 * Starts the API on Node over `dataset` (the package's by default); `port: 0` picks a free port. Stored
 * responses are precompressed (brotli and gzip); the common ones are computed before it listens.
 */
export async function startServer(
  options: { port?: number; hostname?: string; dataset?: Dataset } = {},
): Promise<RunningServer> {
  const { app, fetch } = createHandler(options.dataset ?? packageDataset, { compress: compressOnNode });
  await warmUp(fetch, app.openApiDocument(), [OPENAPI_PATH, DOCS_PATH, `${DOCS_PATH}/scalar.js`]);
  const hostname = options.hostname;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port ?? 8787, ...(hostname ? { hostname } : {}) }, (info) => {
      const { port } = info as AddressInfo;
      const host = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost';
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
