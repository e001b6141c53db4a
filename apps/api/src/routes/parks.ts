import type { Park as ParkRecord } from '@hitech/data';
import { ZoneKind } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { filterParks } from '../lib/park-filter.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { ParkResolution, resolvePark } from '../lib/resolution.js';
import {
  errorResponses,
  fieldsParam,
  jsonContent,
  listHeaders,
  Park,
  pageOf,
  pageParams,
  recordHeaders,
  recordOf,
} from '../lib/schemas.js';

const Confidence = Park.shape.registry.shape.confidence;
const YEAR_MESSAGE = 'must be a four-digit year';

const ListParksQuery = z.strictObject({
  province: z.string().min(1).max(100).optional().openapi({
    description: 'Province: GB/T 2260 code, or part of its Chinese or English name',
    example: 'Henan',
  }),
  city: z.string().min(1).max(100).optional().openapi({
    description: 'City: GB/T 2260 code, or part of its Chinese or English name',
    example: '平顶山',
  }),
  approvedFrom: z
    .string()
    .regex(/^\d{4}$/, YEAR_MESSAGE)
    .optional()
    .openapi({
      description:
        'Zones approved in this year or later; zones whose approval date no source gives are left out. ' +
        'With `approvedTo` before it, nothing matches.',
      example: '2010',
    }),
  approvedTo: z
    .string()
    .regex(/^\d{4}$/, YEAR_MESSAGE)
    .optional()
    .openapi({
      description:
        'Zones approved in this year or earlier; zones whose approval date no source gives are left out',
      example: '2015',
    }),
  confidence: Confidence.optional().openapi({
    description: 'How well the cited sources establish the zone’s registry facts',
  }),
  kind: ZoneKind.optional().openapi({ description: 'Kind of zone' }),
  reported: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true`: only the zones the column reports on; `false`: only the others' }),
  industry: z.string().min(1).max(100).optional().openapi({
    description: 'A leading industry: its entity id, or part of its Chinese or English name',
    example: 'nylon',
  }),
  q: z.string().min(1).max(100).optional().openapi({
    description: 'Free text in Chinese or English (parks tied to any search hit, best first)',
    example: '尼龙',
  }),
  ...pageParams,
  fields: fieldsParam(Park.keyof().options),
});

type ListParksFilters = z.infer<typeof ListParksQuery>;

function selectParks(cat: Catalogue, query: ListParksFilters): ParkRecord[] {
  const { reported, q, ...filter } = query;
  const result = filterParks(cat.dataset.parks, {
    ...filter,
    reported: reported === undefined ? undefined : reported === 'true',
  });
  if (q === undefined) return result;
  const ranked = new Map<string, number>();
  for (const hit of cat.search(q)) {
    for (const parkId of hit.parkIds) ranked.set(parkId, Math.max(ranked.get(parkId) ?? 0, hit.score));
  }
  return result
    .filter((p) => ranked.has(p.id))
    .sort((a, b) => (ranked.get(b.id) ?? 0) - (ranked.get(a.id) ?? 0));
}

export function parksRoutes(cat: Catalogue) {
  const listParks = createRoute({
    method: 'get',
    path: '/parks',
    operationId: 'listParks',
    tags: ['Parks'],
    summary: 'List the national high-tech zones',
    description:
      'Every national zone of the registry, in dataset order (by `q` score when `q` is given). ' +
      'Every filter given must hold.',
    request: { query: ListParksQuery },
    responses: {
      200: {
        description: 'A page of parks',
        headers: listHeaders,
        content: jsonContent(pageOf(recordOf(Park, 'Park'), 'ParkPage')),
      },
      400: errorResponses[400],
    },
  });

  const resolveParkRoute = createRoute({
    method: 'get',
    path: '/parks/resolve',
    operationId: 'resolvePark',
    tags: ['Parks'],
    summary: 'Resolve a zone named in any text to its id',
    description:
      'Official, short, English and pinyin names, with or without 国家 or 高新区, case- and width-blind. ' +
      'Always 200 when `name` is valid: `status` says whether one zone (`found`), several (`ambiguous`, ' +
      'with candidates and reasons) or none (`none`) fit, so a batch of names resolves without error ' +
      'handling and every answer is cacheable.',
    request: {
      query: z.strictObject({
        name: z
          .string()
          .min(1)
          .max(100)
          .openapi({ description: 'The name as written (1 to 100 characters)', example: '平顶山高新区' }),
      }),
    },
    responses: {
      200: { description: 'The resolution', headers: recordHeaders, content: jsonContent(ParkResolution) },
      400: errorResponses[400],
    },
  });

  const getPark = recordRoute({
    path: '/parks/{id}',
    operationId: 'getPark',
    tag: 'Parks',
    summary: 'One high-tech zone',
    keys: Park.keyof().options,
    body: recordOf(Park, 'Park'),
    example: cat.examples.park,
  });

  return new OpenAPIHono()
    .openapi(listParks, (c) => {
      const query = c.req.valid('query');
      return c.json(listPage(selectParks(cat, query), query, c.req.url), 200);
    })
    .openapi(resolveParkRoute, (c) => {
      const { name } = c.req.valid('query');
      return c.json(resolvePark(name, cat.dataset.parks, cat.parkById), 200);
    })
    .openapi(getPark, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(recordOr404(cat.parkById(id), { id, fields, what: 'park', listPath: '/v1/parks' }), 200);
    });
}
