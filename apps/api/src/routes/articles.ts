import { ParkId } from '@hitech/data/schema';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listRoute } from '../lib/list.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { Article, recordOf } from '../lib/schemas.js';

export function articlesRoutes(cat: Catalogue) {
  const listArticles = listRoute({
    path: '/articles',
    operationId: 'listArticles',
    tag: 'Articles',
    summary: 'The reports of the column, one per zone',
    filters: {
      park: ParkId.optional().openapi({ description: 'Park id' }),
    },
    keys: Article.keyof().options,
    item: recordOf(Article, 'Article'),
    page: 'ArticlePage',
    what: 'articles',
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
