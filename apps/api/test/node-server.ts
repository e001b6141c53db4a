import { type RunningServer, startServer } from '../src/server.js';

/** The API on Node, listening on an ephemeral loopback port. */
export function startLoopbackServer(): Promise<RunningServer> {
  return startServer({ port: 0, hostname: '127.0.0.1' });
}
