import type { Park as ParkRecord } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  errorResponses,
  fieldsParam,
  jsonContent,
  listHeaders,
  Park,
  pageOf,
  pageParams,
  recordOf,
} from '../lib/schemas.js';
import { normaliseText } from '../lib/text.js';

const ListParksQuery = z.strictObject({
  province: z.string().min(1).max(100).optional().openapi({
    description: 'Province: GB/T 2260 code, or part of its Chinese or English name',
    example: 'Henan',
  }),
  industry: z.string().min(1).max(100).optional().openapi({
    description: 'A leading industry: its entity id, or part of its Chinese or English name',
    example: 'nylon',
  }),
  q: z.string().min(1).max(100).optional().openapi({
    description: 'Free text in Chinese or English (parks tied to any search hit)',
    example: '尼龙',
  }),
  ...pageParams,
  fields: fieldsParam(Park.keyof().options),
});

function matchesDivision(division: ParkRecord['province'], wanted: string): boolean {
  return (
    division.code === wanted ||
    normaliseText(division.zh).includes(wanted) ||
    normaliseText(division.en).includes(wanted)
  );
}

function matchesIndustry(park: ParkRecord, wanted: string): boolean {
  return park.leadingIndustries.some(
    (i) =>
      i.entityId === wanted || normaliseText(i.zh).includes(wanted) || normaliseText(i.en).includes(wanted),
  );
}

export function filterParks(
  cat: Catalogue,
  query: { province?: string | undefined; industry?: string | undefined; q?: string | undefined },
): ParkRecord[] {
  let result: ParkRecord[] = cat.dataset.parks;
  if (query.province !== undefined) {
    const wanted = normaliseText(query.province);
    result = result.filter((p) => matchesDivision(p.province, wanted));
  }
  if (query.industry !== undefined) {
    const wanted = normaliseText(query.industry);
    result = result.filter((p) => matchesIndustry(p, wanted));
  }
  if (query.q !== undefined) {
    const ranked = new Map<string, number>();
    for (const hit of cat.search(query.q)) {
      for (const parkId of hit.parkIds) ranked.set(parkId, Math.max(ranked.get(parkId) ?? 0, hit.score));
    }
    result = result
      .filter((p) => ranked.has(p.id))
      .sort((a, b) => (ranked.get(b.id) ?? 0) - (ranked.get(a.id) ?? 0));
  }
  return result;
}

export function parksRoutes(cat: Catalogue) {
  const listParks = createRoute({
    method: 'get',
    path: '/parks',
    operationId: 'listParks',
    tags: ['Parks'],
    summary: 'List the high-tech zones',
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

  const getPark = recordRoute({
    path: '/parks/{id}',
    operationId: 'getPark',
    tag: 'Parks',
    summary: 'One high-tech zone',
    schema: Park,
    keys: Park.keyof().options,
    name: 'Park',
    example: cat.examples.park,
  });

  return new OpenAPIHono()
    .openapi(listParks, (c) => {
      const query = c.req.valid('query');
      return c.json(listPage(filterParks(cat, query), query, c.req.url), 200);
    })
    .openapi(getPark, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(recordOr404(cat.parkById(id), { id, fields, what: 'park', listPath: '/v1/parks' }), 200);
    });
}
