import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { errorResponses, fieldsParam, jsonContent, listHeaders, pageOf, pageParams } from '../lib/schemas.js';

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

const SearchHitFields = SearchHit.partial().openapi('SearchHitFields');

function hrefOf(kind: z.infer<typeof SearchKind>, id: string, parkIds: string[]): string {
  if (kind === 'park') return `/v1/parks/${id}`;
  if (kind === 'indicator') return `/v1/observations?indicator=${encodeURIComponent(id)}`;
  return parkIds.length === 1 ? `/v1/entities?park=${parkIds[0]}` : '/v1/entities';
}

export function searchRoutes(cat: Catalogue) {
  const searchRoute = createRoute({
    method: 'get',
    path: '/search',
    operationId: 'search',
    tags: ['Search'],
    summary: 'Search parks, entities and indicators in Chinese or English',
    request: {
      query: z.strictObject({
        q: z.string().max(100).openapi({
          description:
            'Words in Chinese or English (all must match); a blank query matches nothing and gives an empty page',
          example: '尼龙',
        }),
        kind: SearchKind.optional().openapi({ description: 'Only hits of this kind' }),
        ...pageParams,
        fields: fieldsParam(SearchHit.keyof().options),
      }),
    },
    responses: {
      200: {
        description: 'Hits, best first',
        headers: listHeaders,
        content: jsonContent(
          pageOf(
            z.union([SearchHit, SearchHitFields]).openapi({
              description: 'A hit, or only the fields named in `fields`',
            }),
            'SearchPage',
          ),
        ),
      },
      400: errorResponses[400],
    },
  });

  return new OpenAPIHono().openapi(searchRoute, (c) => {
    const query = c.req.valid('query');
    const hits = cat.search(query.q, query.kind ? { kinds: [query.kind] } : {}).map((hit) => ({
      ...hit,
      href: hrefOf(hit.kind, hit.id, hit.parkIds),
    }));
    return c.json(listPage(hits, query, c.req.url), 200);
  });
}
