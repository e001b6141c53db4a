import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, fieldsParam, jsonContent, listHeaders, pageOf, pageParams } from './schemas.js';

interface ListRouteOptions<
  P extends `/${string}`,
  F extends z.ZodRawShape,
  Item extends z.ZodType,
  K extends string,
> {
  path: P;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** The collection's own query parameters; paging and `fields` are added to every list. */
  filters: F;
  /** The record's top-level keys (`schema.keyof().options`), the values `fields` may name. */
  keys: readonly K[];
  /** One item of the page: `recordOf(schema, name)`, the record or its `fields` projection. */
  item: Item;
  /** The component name of the page schema, e.g. `ClaimPage`. */
  page: string;
  /** What the page holds, in the plural, for the 200 description. */
  what: string;
}

/** `GET /<collection>` with its filters, cursor paging and `fields=`: a page of records, or a 400 problem. */
export function listRoute<
  P extends `/${string}`,
  F extends z.ZodRawShape,
  Item extends z.ZodType,
  const K extends string,
>(options: ListRouteOptions<P, F, Item, K>) {
  const { path, operationId, tag, summary, description, filters, keys, item, page, what } = options;
  return createRoute({
    method: 'get',
    path,
    operationId,
    tags: [tag],
    summary,
    ...(description === undefined ? {} : { description }),
    request: { query: z.strictObject({ ...filters, ...pageParams, fields: fieldsParam(keys) }) },
    responses: {
      200: {
        description: `A page of ${what}`,
        headers: listHeaders,
        content: jsonContent(pageOf(item, page)),
      },
      400: errorResponses[400],
    },
  });
}
