import { Topic, UnitKind } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  errorResponses,
  fieldsParam,
  Indicator,
  jsonContent,
  listHeaders,
  pageOf,
  pageParams,
  recordOf,
} from '../lib/schemas.js';

export function indicatorsRoutes(cat: Catalogue) {
  const listIndicators = createRoute({
    method: 'get',
    path: '/indicators',
    operationId: 'listIndicators',
    tags: ['Indicators'],
    summary: 'Measured concepts the observations refer to',
    request: {
      query: z.strictObject({
        topic: Topic.optional().openapi({ description: 'Topic' }),
        unitKind: UnitKind.optional().openapi({ description: 'Kind of unit' }),
        ...pageParams,
        fields: fieldsParam(Indicator.keyof().options),
      }),
    },
    responses: {
      200: {
        description: 'A page of indicators',
        headers: listHeaders,
        content: jsonContent(pageOf(recordOf(Indicator, 'Indicator'), 'IndicatorPage')),
      },
      400: errorResponses[400],
    },
  });

  const getIndicator = recordRoute({
    path: '/indicators/{id}',
    operationId: 'getIndicator',
    tag: 'Indicators',
    summary: 'One indicator, by its key',
    keys: Indicator.keyof().options,
    body: recordOf(Indicator, 'Indicator'),
    example: cat.examples.indicator,
  });

  return new OpenAPIHono()
    .openapi(listIndicators, (c) => {
      const query = c.req.valid('query');
      const list = cat.dataset.indicators.filter(
        (i) =>
          (query.topic === undefined || i.topic === query.topic) &&
          (query.unitKind === undefined || i.unitKind === query.unitKind),
      );
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getIndicator, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.indicatorByKey(id), { id, fields, what: 'indicator', listPath: '/v1/indicators' }),
        200,
      );
    });
}
