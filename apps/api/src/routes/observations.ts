import {
  absoluteValue,
  filterObservations,
  indicatorByKey,
  indicators,
  type Observation as ObservationRecord,
  observationById,
  observations,
  observationsToCsv,
} from '@hitech/data';
import { Period, Topic, Unit } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { parseFields, project } from '../lib/fields.js';
import { CSV_CONTENT_TYPE, preferredFormat } from '../lib/format.js';
import { paginate } from '../lib/pagination.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { ParkId, reportedParkById } from '../lib/reported.js';
import {
  errorResponses,
  fieldsParam,
  IdParam,
  keysOf,
  Observation,
  offsetOf,
  pageOf,
  pageParams,
} from '../lib/schemas.js';

const SORT_KEYS = ['id', 'parkId', 'indicator', 'period', 'absoluteValue'] as const;
const SORTS = SORT_KEYS.flatMap((key) => [key, `-${key}`]) as [string, ...string[]];

const observationFilters = {
  indicator: z
    .string()
    .max(80)
    .refine((key) => indicatorByKey(key) !== undefined, {
      message: 'is not an indicator key; see /v1/indicators',
    })
    .optional()
    .openapi({ description: 'Indicator key (see /v1/indicators)', example: 'signed-investment' }),
  topic: Topic.optional().openapi({ description: 'Topic of the indicator' }),
  unit: Unit.optional().openapi({ description: 'Unit of measure' }),
  period: Period.optional().openapi({
    description: 'ISO 8601 year, month, day or interval; keeps observations whose period overlaps it',
    example: '2020/2021',
  }),
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .optional()
    .openapi({ description: 'Shorthand for `period=<year>`', example: '2021' }),
  status: z
    .enum(['reported', 'target', 'planned'])
    .optional()
    .openapi({ description: 'Reported, target or planned' }),
  sort: z
    .enum(SORTS)
    .optional()
    .openapi({ description: 'Sort key, `-` for descending; dataset order when omitted (nulls last)' }),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'Overrides `Accept`: `csv` returns RFC 4180 CSV (text/csv)' }),
  ...pageParams,
  fields: fieldsParam(keysOf(Observation)),
};

const ObservationsQuery = z.strictObject({
  park: ParkId.optional().openapi({ description: 'Park id' }),
  ...observationFilters,
});
const ParkObservationsQuery = z.strictObject(observationFilters);

type Filters = z.infer<typeof ParkObservationsQuery> & { park?: string };

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function sortKey(o: ObservationRecord, key: (typeof SORT_KEYS)[number]): string | number | null {
  return key === 'absoluteValue' ? absoluteValue(o) : o[key];
}

function sortObservations(list: ObservationRecord[], sort: string | undefined): ObservationRecord[] {
  if (!sort) return list;
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as (typeof SORT_KEYS)[number];
  return [...list].sort((a, b) => {
    const ka = sortKey(a, key);
    const kb = sortKey(b, key);
    if (ka === null || kb === null) return compare(ka, kb); // nulls last either way
    return (descending ? -compare(ka, kb) : compare(ka, kb)) || a.id.localeCompare(b.id);
  });
}

function selectObservations(filters: Filters): ObservationRecord[] {
  const period = filters.year ?? filters.period;
  if (filters.year !== undefined && filters.period !== undefined) {
    throw invalidParameter('query', 'year', 'cannot be combined with `period`; give one of them');
  }
  const list = filterObservations(
    observations,
    {
      parkId: filters.park,
      indicator: filters.indicator,
      topic: filters.topic,
      unit: filters.unit,
      period,
    },
    indicators,
  );
  const byStatus = filters.status ? list.filter((o) => o.status === filters.status) : list;
  return sortObservations(byStatus, filters.sort);
}

function respond(c: Context, filters: Filters) {
  const format = filters.format ?? preferredFormat(c.req.header('accept'));
  const page = paginate(selectObservations(filters), filters.limit, offsetOf(filters.cursor), c.req.url);
  c.header('vary', 'Accept');
  if (format === 'csv') {
    if (filters.fields !== undefined) {
      throw invalidParameter('query', 'fields', 'cannot be combined with CSV, whose columns are fixed');
    }
    if (page.page.next) c.header('link', `<${page.page.next}>; rel="next"`);
    c.header('x-total-count', String(page.page.total));
    return { csv: observationsToCsv(page.data, indicators), page } as const;
  }
  return {
    csv: undefined,
    page: { ...page, data: project(page.data, parseFields(filters.fields)) },
  } as const;
}

const ObservationPage = pageOf(Observation, 'ObservationPage');
const observationContent = {
  'application/json': { schema: ObservationPage },
  'text/csv': {
    schema: z
      .string()
      .openapi({ description: 'RFC 4180 CSV with a header row; `Link: rel="next"` pages it' }),
  },
};

const listObservations = createRoute({
  method: 'get',
  path: '/observations',
  tags: ['Observations'],
  summary: 'Figures the column states, filtered and sorted (JSON or CSV)',
  request: { query: ObservationsQuery },
  responses: {
    200: { description: 'A page of observations', content: observationContent },
    400: errorResponses[400],
  },
});

const listParkObservations = createRoute({
  method: 'get',
  path: '/parks/{id}/observations',
  tags: ['Observations', 'Parks'],
  summary: 'Figures about one park (JSON or CSV)',
  request: { params: IdParam, query: ParkObservationsQuery },
  responses: {
    200: { description: 'A page of the park’s observations', content: observationContent },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const getObservation = recordRoute({
  path: '/observations/{id}',
  tag: 'Observations',
  summary: 'One figure with its evidence',
  schema: Observation,
});

export const observationsRoutes = new OpenAPIHono()
  .openapi(listObservations, (c) => {
    const result = respond(c, c.req.valid('query'));
    if (result.csv !== undefined) return c.body(result.csv, 200, { 'content-type': CSV_CONTENT_TYPE });
    return c.json(result.page, 200);
  })
  .openapi(listParkObservations, (c) => {
    const { id } = c.req.valid('param');
    if (!reportedParkById(id)) throw notFound(`No park has the id "${id.slice(0, 80)}"; see /v1/parks.`);
    const result = respond(c, { ...c.req.valid('query'), park: id });
    if (result.csv !== undefined) return c.body(result.csv, 200, { 'content-type': CSV_CONTENT_TYPE });
    return c.json(result.page, 200);
  })
  .openapi(getObservation, (c) => {
    const { id } = c.req.valid('param');
    const { fields } = c.req.valid('query');
    return c.json(
      recordOr404(observationById(id), { id, fields, what: 'observation', listPath: '/v1/observations' }),
      200,
    );
  });
