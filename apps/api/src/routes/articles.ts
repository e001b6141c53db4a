import { articleById, articles } from '@hitech/data';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listPage } from '../lib/list-page.js';
import { recordOr404 } from '../lib/record.js';
import { ParkId } from '../lib/reported.js';
import {
  Article,
  errorResponses,
  fieldsParam,
  IdParam,
  jsonContent,
  keysOf,
  pageOf,
  pageParams,
} from '../lib/schemas.js';

const ARTICLE_FIELDS = keysOf(Article);

const listArticles = createRoute({
  method: 'get',
  path: '/articles',
  tags: ['Articles'],
  summary: 'The reports of the column, one per zone',
  request: {
    query: z.strictObject({
      park: ParkId.optional().openapi({ description: 'Park id' }),
      ...pageParams,
      fields: fieldsParam(ARTICLE_FIELDS),
    }),
  },
  responses: {
    200: { description: 'A page of articles', content: jsonContent(pageOf(Article, 'ArticlePage')) },
    400: errorResponses[400],
  },
});

const getArticle = createRoute({
  method: 'get',
  path: '/articles/{id}',
  tags: ['Articles'],
  summary: 'One report',
  request: {
    params: IdParam,
    query: z.strictObject({ fields: fieldsParam(ARTICLE_FIELDS) }),
  },
  responses: {
    200: { description: 'The article', content: jsonContent(Article) },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export const articlesRoutes = new OpenAPIHono()
  .openapi(listArticles, (c) => {
    const query = c.req.valid('query');
    const list = query.park === undefined ? articles : articles.filter((a) => a.parkId === query.park);
    return c.json(listPage(list, query, c.req.url), 200);
  })
  .openapi(getArticle, (c) => {
    const { id } = c.req.valid('param');
    const { fields } = c.req.valid('query');
    return c.json(
      recordOr404(articleById(id), { id, fields, what: 'article', listPath: '/v1/articles' }),
      200,
    );
  });
