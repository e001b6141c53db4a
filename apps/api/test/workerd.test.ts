/**
 * The same conformance suite against the Workers build running in workerd (local mode, loopback only):
 * wrangler bundles src/worker.ts exactly as `wrangler deploy` would (`--dry-run --outdir`), and Miniflare
 * serves that bundle.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll } from 'vitest';
import { conformanceSuite } from './conformance.js';

const run = promisify(execFile);
const appDir = fileURLToPath(new URL('..', import.meta.url));

let miniflare: Miniflare | undefined;
let outdir: string | undefined;
let baseUrl = '';

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'hitech-api-worker-'));
  const wrangler = join(appDir, 'node_modules', '.bin', 'wrangler');
  await run(wrangler, ['deploy', '--dry-run', '--outdir', outdir], {
    cwd: appDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
  });
  miniflare = new Miniflare({
    scriptPath: join(outdir, 'worker.js'),
    modulesRoot: outdir,
    modules: true,
    compatibilityDate: '2026-04-01',
    host: '127.0.0.1',
    port: 0,
  });
  baseUrl = (await miniflare.ready).origin;
});

afterAll(async () => {
  await miniflare?.dispose();
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

conformanceSuite('workerd', () => baseUrl, { compresses: false });
