import { selectEntities } from '@hitech/data/query';
import { EntityType, ParkId } from '@hitech/data/schema';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listRoute } from '../lib/list.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { Entity, recordOf } from '../lib/schemas.js';

export function entitiesRoutes(cat: Catalogue) {
  // The package's order (by type, then id), shared with the reader; sorted once, filtered per request.
  const ordered = selectEntities(cat.dataset.entities);

  const listEntities = listRoute({
    path: '/entities',
    operationId: 'listEntities',
    tag: 'Entities',
    summary: 'Organisations, documents, programmes, facilities and industries the column names',
    description: 'Grouped by type (in the order of the `type` enum), then by id.',
    filters: {
      type: EntityType.optional().openapi({ description: 'Entity type' }),
      park: ParkId.optional().openapi({ description: 'Park the entity is tied to' }),
    },
    keys: Entity.keyof().options,
    item: recordOf(Entity, 'Entity'),
    page: 'EntityPage',
    what: 'entities',
  });

  const getEntity = recordRoute({
    path: '/entities/{id}',
    operationId: 'getEntity',
    tag: 'Entities',
    summary: 'One organisation, document, programme, facility or industry',
    keys: Entity.keyof().options,
    body: recordOf(Entity, 'Entity'),
    example: cat.examples.entity,
  });

  return new OpenAPIHono()
    .openapi(listEntities, (c) => {
      const query = c.req.valid('query');
      const list = selectEntities(ordered, { parkId: query.park, type: query.type });
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getEntity, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.entityById(id), { id, fields, what: 'entity', listPath: '/v1/entities' }),
        200,
      );
    });
}
