import type { MiddlewareHandler } from 'hono';
import { negotiatesFormat, preferredFormat } from '../lib/format.js';
import { hashBytes } from '../lib/hash.js';

/**
 * Precomputed responses. The dataset is immutable for a given version, so a successful GET is a pure function
 * of its path, query and (for the observation lists) the negotiated format. The first request for a URL runs
 * the app and stores the finished bytes, headers and ETag; every later one is answered from the store before
 * routing, validation or middleware run. ETags and `304 Not Modified` are handled here for every success.
 */

export const DEFAULT_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

export interface StoredResponse {
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

export interface ResponseStoreOptions {
  /** Most responses kept (oldest evicted first). */
  maxEntries?: number;
  /** Most body bytes kept. */
  maxBytes?: number;
  /** Longest path-and-query that is stored. */
  maxKeyLength?: number;
}

export class ResponseStore {
  readonly #entries = new Map<string, StoredResponse>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly maxKeyLength: number;
  #bytes = 0;

  constructor(options: ResponseStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 5000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxKeyLength = options.maxKeyLength ?? 1024;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): StoredResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: StoredResponse): void {
    if (key.length > this.maxKeyLength || entry.body.byteLength > this.#maxBytes) return;
    const previous = this.#entries.get(key);
    if (previous) this.#bytes -= previous.body.byteLength;
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.byteLength;
    }
  }
}

/** `/path?query` of an absolute URL string, without parsing it. */
export function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  const hash = url.indexOf('#', start);
  return hash === -1 ? url.slice(start) : url.slice(start, hash);
}

export function storeKey(target: string, accept: string | null | undefined): string {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  return negotiatesFormat(path) ? `${preferredFormat(accept)} ${target}` : target;
}

/** RFC 9110 weak comparison of an `If-None-Match` list with an entity tag. */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const tag = etag.replace(/^W\//, '');
  for (const candidate of ifNoneMatch.split(',')) {
    const trimmed = candidate.trim();
    if (trimmed === '*' || trimmed.replace(/^W\//, '') === tag) return true;
  }
  return false;
}

function storedResponseOf(body: Uint8Array<ArrayBuffer>, source: Headers): StoredResponse {
  const etag = `"${hashBytes(body)}"`;
  const headers: Record<string, string> = {};
  source.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'etag') headers[name] = value;
  });
  headers['cache-control'] ??= DEFAULT_CACHE_CONTROL;
  headers.etag = etag;
  const notModifiedHeaders = { ...headers };
  delete notModifiedHeaders['content-type'];
  headers['content-length'] = String(body.byteLength);
  return { etag, body, headers, notModifiedHeaders };
}

export function respondFromStore(
  entry: StoredResponse,
  method: string,
  ifNoneMatch: string | null,
): Response {
  if (ifNoneMatch !== null && etagMatches(ifNoneMatch, entry.etag)) {
    return new Response(null, { status: 304, headers: entry.notModifiedHeaders });
  }
  return new Response(method === 'HEAD' ? null : entry.body, { status: 200, headers: entry.headers });
}

/** Hono middleware: answers from the store, or runs the app and stores a 200 (adding its ETag). */
export function precomputed(store: ResponseStore): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = storeKey(pathAndQuery(c.req.url), c.req.header('accept'));
    const ifNoneMatch = c.req.header('if-none-match') ?? null;
    const hit = store.get(key);
    if (hit) return respondFromStore(hit, method, ifNoneMatch);

    await next();
    if (c.res.status !== 200 || !c.res.body) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    const entry = storedResponseOf(body, c.res.headers);
    store.set(key, entry);
    c.res = undefined;
    c.res = respondFromStore(entry, method, ifNoneMatch);
  };
}

// biome-ignore lint/suspicious/noExplicitAny: mirrors Hono's `fetch(request, env?, ctx?)` for any Env
type Fetch = (request: Request, env?: any, ctx?: any) => Response | Promise<Response>;

interface NodeBindings {
  incoming?: { headers: Record<string, string | string[] | undefined> };
}

function headerOf(request: Request, env: unknown, name: string): string | null {
  // On Node, @hono/node-server passes the IncomingMessage: reading it avoids building a Headers object.
  const incoming = (env as NodeBindings | undefined)?.incoming;
  if (incoming) {
    const value = incoming.headers[name];
    return typeof value === 'string' ? value : null;
  }
  return request.headers.get(name);
}

/**
 * The app's `fetch`, with stored responses answered synchronously before Hono runs (on Node this lets
 * @hono/node-server write the bytes without awaiting anything). Misses go through the app unchanged.
 */
export function withPrecomputed(fetch: Fetch, store: ResponseStore): Fetch {
  return (request, env, ctx) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD') {
      const hit = store.get(storeKey(pathAndQuery(request.url), headerOf(request, env, 'accept')));
      if (hit) return respondFromStore(hit, method, headerOf(request, env, 'if-none-match'));
    }
    return fetch(request, env, ctx);
  };
}
