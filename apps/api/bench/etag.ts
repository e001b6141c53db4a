// The hand-written ETag/304 path against Hono's `etag` middleware, on the same responses, in process (no
// sockets, so the figure is the cost of the path itself). Usage: pnpm --filter @hitech/api bench
// (BENCH_ETAG_MS per round, 300 by default).
import { dataset } from '@hitech/data';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { createHandler } from '../src/app.js';
import { compressOnNode } from '../src/lib/compress-node.js';

const MS = Number(process.env.BENCH_ETAG_MS ?? 300);
const ROUNDS = 5;
const ACCEPT_ENCODING = 'gzip, deflate, br';
const CASES = ['/v1/parks/pingdingshan', '/v1/observations?park=pingdingshan'];

type Fetch = (request: Request) => Response | Promise<Response>;
interface Stored {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  etag: string;
}

// As on the Node server, @hono/node-server's light Request/Response classes replace the global ones (it
// does so when its listener is created): every variant builds its responses with them.
getRequestListener(() => new Response(null));

// The API as served: precomputed store with the hand-written ETag and If-None-Match handling, answered
// before Hono runs.
const api = createHandler(dataset, { compress: compressOnNode });
const handWritten: Fetch = (request) => api.fetch(request);

const stored = new Map<string, Stored>();
for (const path of CASES) {
  const res = await handWritten(request(path));
  const headers = Object.fromEntries(res.headers);
  const tag = headers.etag as string;
  delete headers.etag;
  stored.set(path, { body: new Uint8Array(await res.arrayBuffer()), headers, etag: tag });
}

function respondStored(path: string, withEtag: boolean): Response {
  const hit = stored.get(path) as Stored;
  return new Response(hit.body, { headers: withEtag ? { ...hit.headers, etag: hit.etag } : hit.headers });
}

// Hono's middleware over the same stored bytes: it hashes every 200 body (SHA-1 through crypto.subtle)
// and answers If-None-Match with a 304.
const hashing = new Hono();
hashing.use(etag());
hashing.get('*', (c) => respondStored(c.req.path + (new URL(c.req.url).search || ''), false));

// The same middleware with the ETag already set (as the store would): no hashing, only Hono's routing,
// middleware chain and 304 handling.
const preset = new Hono();
preset.use(etag());
preset.get('*', (c) => respondStored(c.req.path + (new URL(c.req.url).search || ''), true));

function request(path: string, ifNoneMatch?: string): Request {
  const headers: Record<string, string> = { 'accept-encoding': ACCEPT_ENCODING };
  if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
  return new Request(`http://localhost${path}`, { headers });
}

/** Requests per second through `fetch` for `ms`, each body read to the end. */
async function rate(fetch: Fetch, path: string, ifNoneMatch: string | undefined): Promise<number> {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MS) {
    for (let i = 0; i < 100; i++) await (await fetch(request(path, ifNoneMatch))).arrayBuffer();
    count += 100;
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

const variants: { name: string; fetch: Fetch; tag?: (path: string) => string }[] = [
  {
    name: 'hand-written (store, before Hono)',
    fetch: handWritten,
    tag: (p) => (stored.get(p) as Stored).etag,
  },
  { name: 'hono/etag, SHA-1 per response', fetch: (r) => hashing.fetch(r) },
  {
    name: 'hono/etag, ETag preset',
    fetch: (r) => preset.fetch(r),
    tag: (p) => (stored.get(p) as Stored).etag,
  },
];

/** The best of `ROUNDS` for each variant, the variants taking turns so that load drift hits all alike. */
async function compare(path: string, notModified: boolean): Promise<number[]> {
  const tags: (string | undefined)[] = [];
  for (const v of variants) {
    // Hono's hashed tag is only known from a first answer.
    const tag = notModified
      ? (v.tag?.(path) ?? ((await v.fetch(request(path))).headers.get('etag') as string))
      : undefined;
    const check = await v.fetch(request(path, tag));
    await check.arrayBuffer();
    const status = notModified ? 304 : 200;
    if (check.status !== status)
      throw new Error(`${v.name} ${path}: expected ${status}, got ${check.status}`);
    tags.push(tag);
  }
  const best = variants.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, v] of variants.entries())
      best[i] = Math.max(best[i] ?? 0, await rate(v.fetch, path, tags[i]));
  }
  return best;
}

console.log(
  `In-process ETag paths, best of ${ROUNDS} alternating rounds of ${MS} ms, Accept-Encoding: ${ACCEPT_ENCODING}, ` +
    `Node ${process.version}`,
);
const rows = [];
for (const path of CASES) {
  const bytes = (stored.get(path) as Stored).body.byteLength;
  const ok = await compare(path, false);
  const notModified = await compare(path, true);
  for (const [i, v] of variants.entries()) {
    rows.push({
      case: path,
      'wire bytes': bytes,
      path: v.name,
      '200 req/s': Math.round(ok[i] ?? 0),
      '200 vs hand-written': Number(((ok[i] ?? 0) / (ok[0] ?? 1)).toFixed(2)),
      '304 req/s': Math.round(notModified[i] ?? 0),
      '304 vs hand-written': Number(((notModified[i] ?? 0) / (notModified[0] ?? 1)).toFixed(2)),
    });
  }
}
console.table(rows);
