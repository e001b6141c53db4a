/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `reader-${version}`;

// Every page is prerendered and tied to this build. On install the worker stores the scripts, the static
// files, the search index and the pages /offline-pages.json names (both languages of every page except
// the 174 zones the column does not report on); those, like anything else fetched, are stored when first
// visited. Share images are for link previews and the pages need no __data.json: neither is stored.
const ASSETS = new Set([...build, ...files].filter((path) => !path.startsWith('/og/')));
const PRERENDERED = new Set(prerendered);
const PAGE_LIST = '/offline-pages.json';

async function precacheList(): Promise<string[]> {
  const response = await fetch(PAGE_LIST);
  if (!response.ok) throw new Error(`${PAGE_LIST}: ${response.status}`);
  const pages = (await response.json()) as string[];
  return [...ASSETS, '/search-index.json', ...pages.filter((path) => PRERENDERED.has(path))];
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(await precacheList());
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);

  // Build files and prerendered pages never change within a version: serve them from the cache.
  if (PRERENDERED.has(url.pathname) || ASSETS.has(url.pathname)) {
    const hit = await cache.match(url.pathname);
    if (hit) return hit;
  }

  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit =
      (await cache.match(request, { ignoreSearch: true })) ??
      (!url.pathname.endsWith('/') ? await cache.match(`${url.pathname}/`) : undefined);
    if (hit) return hit;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname === '/service-worker.js') return;
  event.respondWith(respond(request));
});
