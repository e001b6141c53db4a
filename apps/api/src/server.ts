import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createHandler } from './app.js';
import { warmUp } from './warm.js';

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/** Starts the API on Node; `port: 0` picks a free port. Precomputes the common responses before listening. */
export async function startServer(
  options: { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const { fetch } = createHandler();
  await warmUp(fetch);
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
