import { hc } from 'hono/client';
import type { AppType } from './app.js';

export type { AppType } from './app.js';

export type ClientOptions = Parameters<typeof hc>[1];

/**
 * A typed client for the API, built on `hono/client` from the app's own route types.
 *
 * ```ts
 * const api = createClient('http://localhost:8787');
 * const res = await api.v1.parks[':id'].$get({ param: { id: 'pingdingshan' }, query: {} });
 * const park = await res.json(); // typed as Park
 * ```
 */
export function createClient(baseUrl: string, options?: ClientOptions) {
  return hc<AppType>(baseUrl, options);
}

export type Client = ReturnType<typeof createClient>;
