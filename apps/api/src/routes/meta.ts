import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import type { Endpoint } from '../endpoints.js';
import { notFound, PROBLEM_TYPES } from '../lib/problem.js';
import { DatasetVersion, errorResponses, jsonContent, recordHeaders } from '../lib/schemas.js';
import { API_VERSION } from '../version.js';

const Index = z
  .object({
    name: z.string(),
    apiVersion: z.string(),
    dataset: DatasetVersion,
    links: z
      .record(z.string(), z.string())
      .describe('Each endpoint by its operationId, as an RFC 6570 URI template'),
  })
  .openapi('Index');

const Health = z
  .object({ status: z.literal('ok'), apiVersion: z.string(), dataset: DatasetVersion })
  .openapi('Health');

const ProblemType = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), description: z.string() })
  .openapi('ProblemType');

const noQuery = { query: z.strictObject({}) };

const getIndex = createRoute({
  method: 'get',
  path: '/v1',
  operationId: 'getIndex',
  tags: ['Meta'],
  summary: 'Links to every resource',
  request: noQuery,
  responses: {
    200: { description: 'The index', headers: recordHeaders, content: jsonContent(Index) },
    400: errorResponses[400],
  },
});

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Meta'],
  summary: 'Liveness and the dataset version served',
  request: noQuery,
  responses: {
    200: { description: 'Healthy', headers: recordHeaders, content: jsonContent(Health) },
    400: errorResponses[400],
  },
});

const problemKinds = Object.keys(PROBLEM_TYPES);

const getProblemType = createRoute({
  method: 'get',
  path: '/problems/{type}',
  operationId: 'getProblemType',
  tags: ['Meta'],
  summary: 'What a problem `type` means',
  request: {
    params: z.object({
      type: z
        .string()
        .max(100)
        .openapi({
          param: { name: 'type', in: 'path' },
          example: 'not-found',
          description: `One of ${problemKinds.join(', ')}`,
        }),
    }),
    query: z.strictObject({}),
  },
  responses: {
    200: { description: 'The problem type', headers: recordHeaders, content: jsonContent(ProblemType) },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** `/v1`, `/health` and `/problems/{type}`; the index links come from the app's own endpoint list. */
export function metaRoutes(cat: Catalogue, endpoints: () => Endpoint[], extraLinks: Record<string, string>) {
  const links = () => ({
    self: '/v1',
    ...Object.fromEntries(endpoints().map((e) => [e.operationId, e.link])),
    ...extraLinks,
  });
  return new OpenAPIHono()
    .openapi(getIndex, (c) =>
      c.json(
        { name: 'hitech-zones API', apiVersion: API_VERSION, dataset: cat.dataset.version, links: links() },
        200,
      ),
    )
    .openapi(getHealth, (c) => {
      c.header('cache-control', 'no-store');
      return c.json({ status: 'ok' as const, apiVersion: API_VERSION, dataset: cat.dataset.version }, 200);
    })
    .openapi(getProblemType, (c) => {
      const { type } = c.req.valid('param');
      const found = Object.entries(PROBLEM_TYPES).find(([kind]) => kind === type);
      if (!found) throw notFound(`No problem type is called "${type.slice(0, 80)}".`);
      const [, { status, title, description }] = found;
      return c.json({ type: `/problems/${type}`, title, status, description }, 200);
    });
}
