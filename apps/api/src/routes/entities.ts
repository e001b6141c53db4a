import { entities } from '@hitech/data';
import { EntityType, ParkId } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listPage } from '../lib/list-page.js';
import {
  Entity,
  errorResponses,
  fieldsParam,
  jsonContent,
  keysOf,
  pageOf,
  pageParams,
} from '../lib/schemas.js';

const listEntities = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['Entities'],
  summary: 'Organisations, documents, programmes, facilities and industries the column names',
  request: {
    query: z.strictObject({
      type: EntityType.optional().openapi({ description: 'Entity type' }),
      park: ParkId.optional().openapi({ description: 'Park the entity is tied to' }),
      ...pageParams,
      fields: fieldsParam(keysOf(Entity)),
    }),
  },
  responses: {
    200: { description: 'A page of entities', content: jsonContent(pageOf(Entity, 'EntityPage')) },
    400: errorResponses[400],
  },
});

export const entitiesRoutes = new OpenAPIHono().openapi(listEntities, (c) => {
  const query = c.req.valid('query');
  const list = entities.filter(
    (e) =>
      (query.type === undefined || e.type === query.type) &&
      (query.park === undefined || e.parkIds.includes(query.park)),
  );
  return c.json(listPage(list, query, c.req.url), 200);
});
