/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `reader-${version}`;

// Every page is prerendered and tied to this build, so the whole reader (every page in both languages,
// the scripts, the search index and the static files) is stored on install: after the first visit each
// page opens with no connection. Share images are for link previews and the pages need no
// __data.json (they run no client router): neither is stored.
const PRECACHE = [...new Set([...build, ...files, ...prerendered])].filter(
  (path) => !path.startsWith('/og/') && !path.endsWith('/__data.json'),
);
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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
  if (PRECACHED.has(url.pathname)) {
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
