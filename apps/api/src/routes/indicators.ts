import { Topic, UnitKind } from '@hitech/data/schema';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listRoute } from '../lib/list.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { Indicator, recordOf } from '../lib/schemas.js';

export function indicatorsRoutes(cat: Catalogue) {
  const listIndicators = listRoute({
    path: '/indicators',
    operationId: 'listIndicators',
    tag: 'Indicators',
    summary: 'Measured concepts the observations refer to',
    filters: {
      topic: Topic.optional().openapi({ description: 'Topic' }),
      unitKind: UnitKind.optional().openapi({ description: 'Kind of unit' }),
    },
    keys: Indicator.keyof().options,
    item: recordOf(Indicator, 'Indicator'),
    page: 'IndicatorPage',
    what: 'indicators',
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
