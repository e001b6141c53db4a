import { ParkId } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  Article,
  errorResponses,
  fieldsParam,
  jsonContent,
  listHeaders,
  pageOf,
  pageParams,
  recordOf,
} from '../lib/schemas.js';

export function articlesRoutes(cat: Catalogue) {
  const listArticles = createRoute({
    method: 'get',
    path: '/articles',
    operationId: 'listArticles',
    tags: ['Articles'],
    summary: 'The reports of the column, one per zone',
    request: {
      query: z.strictObject({
        park: ParkId.optional().openapi({ description: 'Park id' }),
        ...pageParams,
        fields: fieldsParam(Article.keyof().options),
      }),
    },
    responses: {
      200: {
        description: 'A page of articles',
        headers: listHeaders,
        content: jsonContent(pageOf(recordOf(Article, 'Article'), 'ArticlePage')),
      },
      400: errorResponses[400],
    },
  });

  const getArticle = recordRoute({
    path: '/articles/{id}',
    operationId: 'getArticle',
    tag: 'Articles',
    summary: 'One report',
    keys: Article.keyof().options,
    body: recordOf(Article, 'Article'),
    example: cat.examples.article,
  });

  return new OpenAPIHono()
    .openapi(listArticles, (c) => {
      const query = c.req.valid('query');
      const all = cat.dataset.articles;
      const list = query.park === undefined ? all : all.filter((a) => a.parkId === query.park);
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getArticle, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.articleById(id), { id, fields, what: 'article', listPath: '/v1/articles' }),
        200,
      );
    });
}
