import { search } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listPage } from '../lib/list-page.js';
import { reportedParkById } from '../lib/reported.js';
import { errorResponses, fieldsParam, jsonContent, keysOf, pageOf, pageParams } from '../lib/schemas.js';

const SearchKind = z.enum(['park', 'entity', 'indicator']);

export const SearchHit = z
  .object({
    kind: SearchKind,
    id: z.string(),
    parkIds: z.array(z.string()),
    title: z.object({ zh: z.string(), en: z.string() }),
    score: z.number(),
    href: z.string().describe('Where the record is served'),
  })
  .openapi('SearchHit');

function hrefOf(kind: z.infer<typeof SearchKind>, id: string, parkIds: string[]): string {
  if (kind === 'park') return `/v1/parks/${id}`;
  if (kind === 'indicator') return `/v1/observations?indicator=${encodeURIComponent(id)}`;
  return parkIds.length === 1 ? `/v1/entities?park=${parkIds[0]}` : '/v1/entities';
}

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['Search'],
  summary: 'Search parks, entities and indicators in Chinese or English',
  request: {
    query: z.strictObject({
      q: z
        .string()
        .max(100)
        .refine((q) => q.trim().length > 0, { message: 'must contain a non-space character' })
        .openapi({ description: 'Words in Chinese or English (all must match)', example: '尼龙' }),
      kind: SearchKind.optional().openapi({ description: 'Only hits of this kind' }),
      ...pageParams,
      fields: fieldsParam(keysOf(SearchHit)),
    }),
  },
  responses: {
    200: { description: 'Hits, best first', content: jsonContent(pageOf(SearchHit, 'SearchPage')) },
    400: errorResponses[400],
  },
});

export const searchRoutes = new OpenAPIHono().openapi(searchRoute, (c) => {
  const query = c.req.valid('query');
  const hits = search(query.q, query.kind ? { kinds: [query.kind] } : {})
    .filter((hit) => hit.kind !== 'park' || reportedParkById(hit.id)) // only parks the API serves
    .map((hit) => ({
      ...hit,
      href: hrefOf(hit.kind, hit.id, hit.parkIds),
    }));
  return c.json(listPage(hits, query, c.req.url), 200);
});
