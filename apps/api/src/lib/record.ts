import { createRoute, z } from '@hono/zod-openapi';
import { parseFields, project } from './fields.js';
import { notFound } from './problem.js';
import { errorResponses, fieldsParam, IdParam, jsonContent, keysOf } from './schemas.js';

interface RecordRouteOptions<P extends `/${string}/{id}`, S extends z.ZodObject> {
  path: P;
  tag: string;
  summary: string;
  schema: S;
}

/** `GET /<collection>/{id}` with `fields=`: one record or a 404 problem. */
export function recordRoute<P extends `/${string}/{id}`, S extends z.ZodObject>({
  path,
  tag,
  summary,
  schema,
}: RecordRouteOptions<P, S>) {
  return createRoute({
    method: 'get',
    path,
    tags: [tag],
    summary,
    request: {
      params: IdParam,
      query: z.strictObject({ fields: fieldsParam(keysOf(schema)) }),
    },
    responses: {
      200: { description: summary, content: jsonContent(schema) },
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
  request: { id: string; fields?: string | undefined; what: string; listPath: string },
): T {
  if (!record)
    throw notFound(`No ${request.what} has the id "${request.id.slice(0, 80)}"; see ${request.listPath}.`);
  const [projected] = project([record], parseFields(request.fields));
  return projected as T;
}
