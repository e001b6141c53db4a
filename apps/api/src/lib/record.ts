import { createRoute, z } from '@hono/zod-openapi';
import { pick } from './fields.js';
import { notFound } from './problem.js';
import { errorResponses, fieldsParam, idParam, jsonContent, recordHeaders, recordOf } from './schemas.js';

interface RecordRouteOptions<
  P extends `/${string}/{id}`,
  Shape extends z.core.$ZodShape,
  Config extends z.core.$ZodObjectConfig,
  K extends string,
> {
  path: P;
  /** The record's top-level keys (`schema.keyof().options`), the values `fields` may name. */
  keys: readonly K[];
  operationId: string;
  tag: string;
  summary: string;
  schema: z.ZodObject<Shape, Config>;
  name: string;
  example: string;
}

/** `GET /<collection>/{id}` with `fields=`: one record (or the named fields of it) or a 404 problem. */
export function recordRoute<
  P extends `/${string}/{id}`,
  Shape extends z.core.$ZodShape,
  Config extends z.core.$ZodObjectConfig,
  const K extends string,
>(options: RecordRouteOptions<P, Shape, Config, K>) {
  const { path, keys, operationId, tag, summary, schema, name, example } = options;
  return createRoute({
    method: 'get',
    path,
    operationId,
    tags: [tag],
    summary,
    request: {
      params: idParam(example),
      query: z.strictObject({ fields: fieldsParam(keys) }),
    },
    responses: {
      200: { description: summary, headers: recordHeaders, content: jsonContent(recordOf(schema, name)) },
      400: errorResponses[400],
      404: errorResponses[404],
    },
  });
}

/**
 * The record, keeping only `fields` when given; a 404 problem naming the list to look in when the id is
 * unknown (the id is echoed cut short).
 */
export function recordOr404<T extends object>(
  record: T | undefined,
  request: { id: string; fields?: (keyof T)[] | undefined; what: string; listPath: string },
): T | Partial<T> {
  if (!record)
    throw notFound(`No ${request.what} has the id "${request.id.slice(0, 80)}"; see ${request.listPath}.`);
  return request.fields === undefined ? record : pick(record, request.fields);
}
