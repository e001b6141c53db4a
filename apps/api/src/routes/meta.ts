import { version } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { notFound, PROBLEM_TYPES, type ProblemKind } from '../lib/problem.js';
import { DatasetVersion, errorResponses, jsonContent } from '../lib/schemas.js';

export const API_VERSION = '1.0.0';

const Index = z
  .object({
    name: z.string(),
    apiVersion: z.string(),
    dataset: DatasetVersion,
    links: z.record(z.string(), z.string()),
  })
  .openapi('Index');

const Health = z
  .object({ status: z.literal('ok'), apiVersion: z.string(), dataset: DatasetVersion })
  .openapi('Health');

const ProblemType = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), description: z.string() })
  .openapi('ProblemType');

const index = {
  name: 'hitech-zones API',
  apiVersion: API_VERSION,
  dataset: version,
  links: {
    self: '/v1',
    parks: '/v1/parks',
    park: '/v1/parks/{id}',
    parkObservations: '/v1/parks/{id}/observations',
    observations: '/v1/observations',
    observation: '/v1/observations/{id}',
    indicators: '/v1/indicators',
    indicator: '/v1/indicators/{id}',
    articles: '/v1/articles',
    article: '/v1/articles/{id}',
    events: '/v1/events',
    event: '/v1/events/{id}',
    entities: '/v1/entities',
    entity: '/v1/entities/{id}',
    search: '/v1/search?q={q}',
    dataset: '/v1/dataset',
    openapi: '/openapi.json',
    docs: '/docs',
    health: '/health',
  },
};

const noQuery = { query: z.strictObject({}) };

const getIndex = createRoute({
  method: 'get',
  path: '/v1',
  tags: ['Meta'],
  summary: 'Links to every resource',
  request: noQuery,
  responses: {
    200: { description: 'The index', content: jsonContent(Index) },
    400: errorResponses[400],
  },
});

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Meta'],
  summary: 'Liveness and the dataset version served',
  request: noQuery,
  responses: {
    200: { description: 'Healthy', content: jsonContent(Health) },
    400: errorResponses[400],
  },
});

const getProblemType = createRoute({
  method: 'get',
  path: '/problems/{type}',
  tags: ['Meta'],
  summary: 'What a problem `type` means',
  request: {
    params: z.object({
      type: z
        .string()
        .max(100)
        .openapi({ param: { name: 'type', in: 'path' }, example: 'not-found' }),
    }),
    query: z.strictObject({}),
  },
  responses: {
    200: { description: 'The problem type', content: jsonContent(ProblemType) },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export const metaRoutes = new OpenAPIHono()
  .openapi(getIndex, (c) => c.json(index, 200))
  .openapi(getHealth, (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' as const, apiVersion: API_VERSION, dataset: version }, 200);
  })
  .openapi(getProblemType, (c) => {
    const { type } = c.req.valid('param');
    if (!Object.hasOwn(PROBLEM_TYPES, type))
      throw notFound(`No problem type is called "${type.slice(0, 80)}".`);
    const { status, title, description } = PROBLEM_TYPES[type as ProblemKind];
    return c.json({ type: `/problems/${type}`, title, status, description }, 200);
  });
