import { type Park as ParkRecord, search } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listPage } from '../lib/list-page.js';
import { recordOr404 } from '../lib/record.js';
import { reportedParkById as parkById, reportedParks as parks } from '../lib/reported.js';
import {
  errorResponses,
  fieldsParam,
  IdParam,
  jsonContent,
  keysOf,
  Park,
  pageOf,
  pageParams,
} from '../lib/schemas.js';
import { normaliseText } from '../lib/text.js';

const PARK_FIELDS = keysOf(Park);

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
  fields: fieldsParam(PARK_FIELDS),
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

export function filterParks(query: { province?: string; industry?: string; q?: string }): ParkRecord[] {
  let result: ParkRecord[] = parks;
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
    for (const hit of search(query.q)) {
      for (const parkId of hit.parkIds) ranked.set(parkId, Math.max(ranked.get(parkId) ?? 0, hit.score));
    }
    result = result
      .filter((p) => ranked.has(p.id))
      .sort((a, b) => (ranked.get(b.id) ?? 0) - (ranked.get(a.id) ?? 0));
  }
  return result;
}

const listParks = createRoute({
  method: 'get',
  path: '/parks',
  tags: ['Parks'],
  summary: 'List the high-tech zones',
  request: { query: ListParksQuery },
  responses: {
    200: { description: 'A page of parks', content: jsonContent(pageOf(Park, 'ParkPage')) },
    400: errorResponses[400],
  },
});

const getPark = createRoute({
  method: 'get',
  path: '/parks/{id}',
  tags: ['Parks'],
  summary: 'One high-tech zone',
  request: {
    params: IdParam,
    query: z.strictObject({ fields: fieldsParam(PARK_FIELDS) }),
  },
  responses: {
    200: { description: 'The park', content: jsonContent(Park) },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export const parksRoutes = new OpenAPIHono()
  .openapi(listParks, (c) => {
    const query = c.req.valid('query');
    return c.json(listPage(filterParks(query), query, c.req.url), 200);
  })
  .openapi(getPark, (c) => {
    const { id } = c.req.valid('param');
    const { fields } = c.req.valid('query');
    return c.json(recordOr404(parkById(id), { id, fields, what: 'park', listPath: '/v1/parks' }), 200);
  });
