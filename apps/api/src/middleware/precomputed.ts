import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
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

/** Brotli and gzip forms of one body (either may be missing, when it would not be smaller). */
export type Compressed = Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;

/**
 * How hard to compress: `best` for the responses warm-up stores (computed once, off the request path),
 * `fast` for any other, whose first request waits for it. Once warm-up has listed its URLs, the effort is a
 * function of the URL, so a stored response keeps the same bytes for its ETag when it is computed again.
 */
export type Effort = 'fast' | 'best';

/**
 * Compresses a body when it is stored; `undefined` (Workers) leaves compression to the edge. It may return a
 * promise, so the work runs off the event loop (Node's zlib thread pool) while other requests are answered.
 */
export type Compressor = (body: Uint8Array, effort: Effort) => Compressed | Promise<Compressed>;

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
  /** Most responses kept (the least recently used is evicted first). */
  maxEntries?: number;
  /** Most body bytes kept (all encodings); a response larger than this is served but not stored. */
  maxBytes?: number;
  /** Longest path-and-query that is stored. */
  maxKeyLength?: number;
}

/**
 * The stored responses: a least-recently-used cache (`lru-cache`) bounded by entries and by body bytes, so
 * memory stays bounded however many distinct URLs a large dataset allows.
 */
export class ResponseStore {
  readonly #entries: LRUCache<string, StoredResponse>;
  readonly maxKeyLength: number;

  constructor(options: ResponseStoreOptions = {}) {
    this.#entries = new LRUCache<string, StoredResponse>({
      max: options.maxEntries ?? 5000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry) => Math.max(1, entry.bytes),
    });
    this.maxKeyLength = options.maxKeyLength ?? 1024;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): StoredResponse | undefined {
    return this.#entries.get(key);
  }

  /** Keys compressed at `best` effort (the warmed responses); every other is compressed at `fast` effort. */
  readonly bestEffort = new Set<string>();

  set(key: string, entry: StoredResponse): void {
    if (key.length > this.maxKeyLength) return;
    // lru-cache refuses an entry larger than maxSize (and drops the key's older entry, as the old store did).
    this.#entries.set(key, entry);
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

/** The compressed variants of a body whose identity hash is `hash`, over the identity's headers. */
function variantsOf(
  base: Record<string, string>,
  hash: string,
  compressed: Compressed,
): Pick<StoredResponse, 'encoded' | 'encodings'> & { bytes: number } {
  const encoded: Partial<Record<Encoding, StoredVariant>> = {};
  const encodings: Encoding[] = [];
  let bytes = 0;
  for (const encoding of ['br', 'gzip'] as const) {
    const encodedBody = compressed[encoding];
    if (!encodedBody) continue;
    encoded[encoding] = variantOf(encodedBody, base, `"${hash}-${encoding}"`, encoding);
    encodings.push(encoding);
    bytes += encodedBody.byteLength;
  }
  return { encoded, encodings, bytes };
}

/** The stored form of a 200: its headers, ETag and, when `compress` is given, its compressed variants. */
export function storedResponseOf(
  body: Uint8Array<ArrayBuffer>,
  source: Headers,
  compress?: (body: Uint8Array) => Compressed,
): StoredResponse {
  const hash = hashBytes(body);
  const base: Record<string, string> = {};
  source.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'etag' && name !== 'content-encoding') base[name] = value;
  });
  base['cache-control'] ??= DEFAULT_CACHE_CONTROL;
  if (compress) base.vary = base.vary ? `${base.vary}, Accept-Encoding` : 'Accept-Encoding';
  const variants = variantsOf(base, hash, compress?.(body) ?? {});
  return {
    identity: variantOf(body, base, `"${hash}"`),
    encoded: variants.encoded,
    encodings: variants.encodings,
    bytes: body.byteLength + variants.bytes,
  };
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
    const compressed = compress
      ? await compress(body, store.bestEffort.has(key) ? 'best' : 'fast')
      : undefined;
    const entry = storedResponseOf(body, c.res.headers, compressed && (() => compressed));
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
