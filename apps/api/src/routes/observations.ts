import { periodBounds } from '@hitech/data/format';
import {
  filterObservations,
  OBSERVATION_SORT_KEYS,
  type ObservationSortKey,
  observationsToCsv,
  sortObservations,
} from '@hitech/data/query';
import { ObservationStatus, Topic, Unit } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Catalogue } from '../catalogue.js';
import { project } from '../lib/fields.js';
import { CSV_CONTENT_TYPE, preferredFormat } from '../lib/format.js';
import { offsetOf } from '../lib/list-page.js';
import { paginate } from '../lib/pagination.js';
import { PERIOD_PATTERN } from '../lib/period.js';
import { notFound } from '../lib/problem.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  csvListHeaders,
  errorResponses,
  fieldsParam,
  idParam,
  Observation,
  pageOf,
  pageParams,
  recordOf,
} from '../lib/schemas.js';

const SORTS = OBSERVATION_SORT_KEYS.flatMap((key) => [key, `-${key}`] as const);
type Sort = (typeof SORTS)[number];

function sortKeyOf(sort: Sort): [ObservationSortKey, 'ascending' | 'descending'] {
  return sort.startsWith('-')
    ? [sort.slice(1) as ObservationSortKey, 'descending']
    : [sort as ObservationSortKey, 'ascending'];
}

export function observationsRoutes(cat: Catalogue) {
  const { indicators } = cat.dataset;
  const indicatorKeys = indicators.map((i) => i.key);
  const parkIds = cat.dataset.parks.map((p) => p.id);
  const storedSourceIds = cat.dataset.sources.filter((s) => s.storage === 'stored').map((s) => s.id);

  const observationFilters = {
    indicator: z
      .enum(indicatorKeys, { error: 'must be an indicator key listed at /v1/indicators' })
      .optional()
      .openapi({ description: 'Indicator key (see /v1/indicators)', example: cat.examples.indicator }),
    topic: Topic.optional().openapi({ description: 'Topic of the indicator' }),
    unit: Unit.optional().openapi({ description: 'Unit of measure' }),
    period: z
      .string()
      .regex(
        new RegExp(PERIOD_PATTERN),
        'must be an ISO 8601 year, month, day or interval, such as 2021 or 2020-01/2021-06',
      )
      .optional()
      .openapi({
        description:
          'ISO 8601 year, month, day or interval (`..` for an open end); keeps observations whose period ' +
          'overlaps it. An interval that ends before it starts overlaps nothing. Combined with `year`, both apply.',
        example: '2020/2021',
      }),
    year: z
      .string()
      .regex(/^\d{4}$/, 'must be a four-digit year')
      .optional()
      .openapi({
        description: 'Keeps observations whose period overlaps this year; combined with `period`, both apply',
        example: '2021',
      }),
    status: ObservationStatus.optional().openapi({ description: 'Reported, target or planned' }),
    source: z
      .enum(storedSourceIds, {
        error: 'must be the id of a stored source listed at /v1/sources?storage=stored',
      })
      .optional()
      .openapi({
        description:
          'Only figures whose evidence quotes this source (see /v1/sources; evidence quotes stored sources only)',
        example: cat.examples.storedSource,
      }),
    sort: z
      .enum(SORTS)
      .optional()
      .openapi({ description: 'Sort key, `-` for descending; dataset order when omitted (nulls last)' }),
    format: z
      .enum(['json', 'csv'])
      .optional()
      .openapi({ description: 'Overrides `Accept`: `csv` returns RFC 4180 CSV (text/csv)' }),
    ...pageParams,
    fields: fieldsParam(Observation.keyof().options).openapi({
      description:
        'Comma-separated fields to return for each observation in JSON (others are omitted). ' +
        'CSV always has the same columns, so `fields` does not change it.',
    }),
  };

  const ObservationsQuery = z.strictObject({
    park: z
      .enum(parkIds, { error: 'must be a park id listed at /v1/parks' })
      .optional()
      .openapi({ description: 'Park id (see /v1/parks)', example: cat.examples.park }),
    ...observationFilters,
  });
  const ParkObservationsQuery = z.strictObject(observationFilters);
  type Filters = z.infer<typeof ParkObservationsQuery> & { park?: string | undefined };

  /** An interval that ends before it starts holds no day, so nothing overlaps it. */
  function isEmptyPeriod(period: string | undefined): boolean {
    if (period === undefined) return false;
    const [start, end] = periodBounds(period);
    return end < start;
  }

  function selectObservations(filters: Filters) {
    if (isEmptyPeriod(filters.period)) return [];
    const { park, indicator, topic, unit, status, period, year, sort, source } = filters;
    const list = filterObservations(
      cat.observationsMatching({ park, indicator, topic }),
      { parkId: park, indicator, topic, unit, status, period, year, sourceId: source },
      cat.indicatorsWithTopic(topic),
    );
    return sort === undefined ? list : sortObservations(list, ...sortKeyOf(sort));
  }

  function respond(c: Context, filters: Filters) {
    const format = filters.format ?? preferredFormat(c.req.header('accept'));
    const page = paginate(selectObservations(filters), filters.limit, offsetOf(filters.cursor), c.req.url);
    c.header('vary', 'Accept');
    if (format === 'csv') {
      if (page.page.next) c.header('link', `<${page.page.next}>; rel="next"`);
      c.header('x-total-count', String(page.page.total));
      return { csv: observationsToCsv(page.data, indicators), page } as const;
    }
    return { csv: undefined, page: { ...page, data: project(page.data, filters.fields) } } as const;
  }

  const ObservationPage = pageOf(recordOf(Observation, 'Observation'), 'ObservationPage');
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
    operationId: 'listObservations',
    tags: ['Observations'],
    summary: 'Figures the column states, filtered and sorted (JSON or CSV)',
    request: { query: ObservationsQuery },
    responses: {
      200: { description: 'A page of observations', headers: csvListHeaders, content: observationContent },
      400: errorResponses[400],
    },
  });

  const listParkObservations = createRoute({
    method: 'get',
    path: '/parks/{id}/observations',
    operationId: 'listParkObservations',
    tags: ['Observations', 'Parks'],
    summary: 'Figures about one park (JSON or CSV)',
    request: { params: idParam(cat.examples.park), query: ParkObservationsQuery },
    responses: {
      200: {
        description: 'A page of the park’s observations',
        headers: csvListHeaders,
        content: observationContent,
      },
      400: errorResponses[400],
      404: errorResponses[404],
    },
  });

  const getObservation = recordRoute({
    path: '/observations/{id}',
    operationId: 'getObservation',
    tag: 'Observations',
    summary: 'One figure with its evidence',
    keys: Observation.keyof().options,
    body: recordOf(Observation, 'Observation'),
    example: cat.examples.observation,
  });

  return new OpenAPIHono()
    .openapi(listObservations, (c) => {
      const result = respond(c, c.req.valid('query'));
      if (result.csv !== undefined) return c.body(result.csv, 200, { 'content-type': CSV_CONTENT_TYPE });
      return c.json(result.page, 200);
    })
    .openapi(listParkObservations, (c) => {
      const { id } = c.req.valid('param');
      if (!cat.parkById(id)) throw notFound(`No park has the id "${id.slice(0, 80)}"; see /v1/parks.`);
      const result = respond(c, { ...c.req.valid('query'), park: id });
      if (result.csv !== undefined) return c.body(result.csv, 200, { 'content-type': CSV_CONTENT_TYPE });
      return c.json(result.page, 200);
    })
    .openapi(getObservation, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.observationById(id), {
          id,
          fields,
          what: 'observation',
          listPath: '/v1/observations',
        }),
        200,
      );
    });
}
