import { entities, entityById } from '@hitech/data';
import { EntityType } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { ParkId } from '../lib/reported.js';
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

const getEntity = recordRoute({
  path: '/entities/{id}',
  tag: 'Entities',
  summary: 'One organisation, document, programme, facility or industry',
  schema: Entity,
});

export const entitiesRoutes = new OpenAPIHono()
  .openapi(listEntities, (c) => {
    const query = c.req.valid('query');
    const list = entities.filter(
      (e) =>
        (query.type === undefined || e.type === query.type) &&
        (query.park === undefined || e.parkIds.includes(query.park)),
    );
    return c.json(listPage(list, query, c.req.url), 200);
  })
  .openapi(getEntity, (c) => {
    const { id } = c.req.valid('param');
    const { fields } = c.req.valid('query');
    return c.json(recordOr404(entityById(id), { id, fields, what: 'entity', listPath: '/v1/entities' }), 200);
  });
