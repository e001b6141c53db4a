import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { conformanceSuite } from './conformance.js';
import { startLoopbackServer } from './node-server.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startLoopbackServer();
});

afterAll(async () => {
  await server?.close();
});

conformanceSuite('Node', () => server.url, { compresses: true });
