import { asJson, type Writable } from '@hitech/data/query';
import { createRoute, z } from '@hono/zod-openapi';
import { pick } from './fields.js';
import { notFound } from './problem.js';
import { errorResponses, fieldsParam, idParam, jsonContent, recordHeaders } from './schemas.js';

interface RecordRouteOptions<P extends `/${string}/{id}`, Body extends z.ZodType, K extends string> {
  path: P;
  /** The record's top-level keys (`schema.keyof().options`), the values `fields` may name. */
  keys: readonly K[];
  operationId: string;
  tag: string;
  summary: string;
  /** The documented 200 body: `recordOf(schema, name)`, the record or its `fields` projection. */
  body: Body;
  example: string;
}

/** `GET /<collection>/{id}` with `fields=`: one record (or the named fields of it) or a 404 problem. */
export function recordRoute<P extends `/${string}/{id}`, Body extends z.ZodType, const K extends string>(
  options: RecordRouteOptions<P, Body, K>,
) {
  const { path, keys, operationId, tag, summary, body, example } = options;
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
      200: { description: summary, headers: recordHeaders, content: jsonContent(body) },
      400: errorResponses[400],
      404: errorResponses[404],
    },
  });
}

/**
 * The record, keeping only `fields` when given; a 404 problem naming the list to look in when the id is
 * unknown (the id is echoed cut short). Typed as mutable JSON for `c.json` (the record stays frozen).
 */
export function recordOr404<T extends object>(
  record: T | undefined,
  request: { id: string; fields?: readonly (keyof T)[] | undefined; what: string; listPath: string },
): Writable<T> | Writable<Partial<T>> {
  if (!record)
    throw notFound(`No ${request.what} has the id "${request.id.slice(0, 80)}"; see ${request.listPath}.`);
  return request.fields === undefined ? asJson(record) : asJson(pick(record, request.fields));
}
