import { dataset } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Dataset, errorResponses, jsonContent } from '../lib/schemas.js';

const getDataset = createRoute({
  method: 'get',
  path: '/dataset',
  tags: ['Dataset'],
  summary: 'Every collection in one document, with its version',
  request: { query: z.strictObject({}) },
  responses: {
    200: { description: 'The whole dataset', content: jsonContent(Dataset) },
    400: errorResponses[400],
  },
});

export const datasetRoutes = new OpenAPIHono().openapi(getDataset, (c) => c.json(dataset, 200));
