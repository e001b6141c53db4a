import { articles } from '@hitech/data';
import { reportedParks as parks } from './lib/reported.js';

/** URLs worth answering from memory from the first request on (everything reachable from /v1 without input). */
export function warmUrls(): string[] {
  return [
    '/v1',
    '/health',
    '/openapi.json',
    '/docs',
    '/v1/parks',
    ...parks.flatMap((p) => [
      `/v1/parks/${p.id}`,
      `/v1/parks/${p.id}/observations`,
      `/v1/observations?park=${p.id}`,
    ]),
    '/v1/observations',
    '/v1/indicators',
    '/v1/articles',
    ...articles.map((a) => `/v1/articles/${a.id}`),
    '/v1/events',
    '/v1/entities',
    '/v1/dataset',
  ];
}

type Fetch = (request: Request) => Response | Promise<Response>;

/** Requests each URL once so its serialised body, headers and ETag are stored before real traffic. */
export async function warmUp(fetch: Fetch, urls = warmUrls()): Promise<void> {
  for (const url of urls) {
    const response = await fetch(new Request(`http://localhost${url}`));
    if (response.status !== 200) throw new Error(`Warm-up of ${url} answered ${response.status}`);
    await response.arrayBuffer();
  }
}
