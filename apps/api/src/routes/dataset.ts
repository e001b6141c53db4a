import { asJson } from '@hitech/data/query';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { Dataset, errorResponses, jsonContent, recordHeaders } from '../lib/schemas.js';

export function datasetRoutes(cat: Catalogue) {
  const getDataset = createRoute({
    method: 'get',
    path: '/dataset',
    operationId: 'getDataset',
    tags: ['Dataset'],
    summary: 'Every collection in one document, with its version',
    request: { query: z.strictObject({}) },
    responses: {
      200: { description: 'The whole dataset', headers: recordHeaders, content: jsonContent(Dataset) },
      400: errorResponses[400],
    },
  });

  return new OpenAPIHono().openapi(getDataset, (c) => c.json(asJson(cat.dataset), 200));
}
