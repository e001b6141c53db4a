import type { MiddlewareHandler } from 'hono';
import { chooseEncoding, type Encoding } from '../lib/encoding.js';
import { negotiatesFormat, preferredFormat } from '../lib/format.js';
import { hashBytes } from '../lib/hash.js';

/**
 * Precomputed responses. The dataset is immutable for a given version, so a successful GET is a pure function
 * of its path, query and (for the observation lists) the negotiated format. The first request for a URL runs
 * the app and stores the finished bytes, headers and ETag (and, where a compressor is given, the brotli and
 * gzip bodies with their own ETags); every later one is answered from the store before routing, validation or
 * middleware run. ETags and `304 Not Modified` are handled here for every success.
 */

export const DEFAULT_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

/** Compresses a body once, when it is stored; `undefined` (Workers) leaves compression to the edge. */
export type Compressor = (body: Uint8Array) => Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;

export interface StoredVariant {
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

export interface StoredResponse {
  identity: StoredVariant;
  encoded: Partial<Record<Encoding, StoredVariant>>;
  encodings: Encoding[];
  bytes: number;
}

export interface ResponseStoreOptions {
  /** Most responses kept (oldest evicted first). */
  maxEntries?: number;
  /** Most body bytes kept (all encodings). */
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
    if (key.length > this.maxKeyLength || entry.bytes > this.#maxBytes) return;
    const previous = this.#entries.get(key);
    if (previous) this.#bytes -= previous.bytes;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.bytes;
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

function variantOf(
  body: Uint8Array<ArrayBuffer>,
  base: Record<string, string>,
  etag: string,
  encoding?: Encoding,
): StoredVariant {
  const headers: Record<string, string> = { ...base, etag };
  if (encoding) headers['content-encoding'] = encoding;
  const notModifiedHeaders = { ...headers };
  delete notModifiedHeaders['content-type'];
  delete notModifiedHeaders['content-encoding'];
  headers['content-length'] = String(body.byteLength);
  return { etag, body, headers, notModifiedHeaders };
}

export function storedResponseOf(
  body: Uint8Array<ArrayBuffer>,
  source: Headers,
  compress?: Compressor,
): StoredResponse {
  const hash = hashBytes(body);
  const base: Record<string, string> = {};
  source.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'etag' && name !== 'content-encoding') base[name] = value;
  });
  base['cache-control'] ??= DEFAULT_CACHE_CONTROL;
  if (compress) base.vary = base.vary ? `${base.vary}, Accept-Encoding` : 'Accept-Encoding';
  const compressed = compress?.(body) ?? {};
  const encoded: Partial<Record<Encoding, StoredVariant>> = {};
  const encodings: Encoding[] = [];
  let bytes = body.byteLength;
  for (const encoding of ['br', 'gzip'] as const) {
    const encodedBody = compressed[encoding];
    if (!encodedBody) continue;
    encoded[encoding] = variantOf(encodedBody, base, `"${hash}-${encoding}"`, encoding);
    encodings.push(encoding);
    bytes += encodedBody.byteLength;
  }
  return { identity: variantOf(body, base, `"${hash}"`), encoded, encodings, bytes };
}

export function respondFromStore(
  entry: StoredResponse,
  method: string,
  ifNoneMatch: string | null,
  acceptEncoding: string | null,
): Response {
  const encoding = chooseEncoding(acceptEncoding, entry.encodings);
  const variant = (encoding && entry.encoded[encoding]) || entry.identity;
  if (ifNoneMatch !== null && etagMatches(ifNoneMatch, variant.etag)) {
    return new Response(null, { status: 304, headers: variant.notModifiedHeaders });
  }
  return new Response(method === 'HEAD' ? null : variant.body, { status: 200, headers: variant.headers });
}

/** Hono middleware: answers from the store, or runs the app and stores a 200 (adding its ETag). */
export function precomputed(store: ResponseStore, compress?: Compressor): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = storeKey(pathAndQuery(c.req.url), c.req.header('accept'));
    const ifNoneMatch = c.req.header('if-none-match') ?? null;
    const acceptEncoding = c.req.header('accept-encoding') ?? null;
    const hit = store.get(key);
    if (hit) return respondFromStore(hit, method, ifNoneMatch, acceptEncoding);

    await next();
    if (c.res.status !== 200 || !c.res.body) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    const entry = storedResponseOf(body, c.res.headers, compress);
    store.set(key, entry);
    c.res = undefined;
    c.res = respondFromStore(entry, method, ifNoneMatch, acceptEncoding);
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
      if (hit) {
        return respondFromStore(
          hit,
          method,
          headerOf(request, env, 'if-none-match'),
          headerOf(request, env, 'accept-encoding'),
        );
      }
    }
    return fetch(request, env, ctx);
  };
}
