import {
  Article as ArticleRecord,
  Dataset as DatasetRecord,
  DatasetVersion as DatasetVersionRecord,
  Entity as EntityRecord,
  Event as EventRecord,
  Indicator as IndicatorRecord,
  Observation as ObservationRecord,
  Park as ParkRecord,
} from '@hitech/data/schema';
import { z } from '@hono/zod-openapi';
import { decodeCursor } from './cursor.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './pagination.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

// The record schemas of @hitech/data, registered as named OpenAPI components.
export const Park = ParkRecord.openapi('Park');
export const Article = ArticleRecord.openapi('Article');
export const Indicator = IndicatorRecord.openapi('Indicator');
export const Observation = ObservationRecord.openapi('Observation');
export const Event = EventRecord.openapi('Event');
export const Entity = EntityRecord.openapi('Entity');
export const DatasetVersion = DatasetVersionRecord.openapi('DatasetVersion');
export const Dataset = DatasetRecord.openapi('Dataset');

export const Problem = z
  .object({
    type: z.string().openapi({ example: '/problems/invalid-parameters' }),
    title: z.string().openapi({ example: 'Invalid request parameters' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          in: z.enum(['query', 'path']),
          name: z.string(),
          detail: z.string(),
        }),
      )
      .optional()
      .openapi({ description: 'Each failing parameter and why (validation problems only)' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: Problem } };

export const errorResponses = {
  400: { description: 'Invalid, unknown or repeated parameter', content: problemContent },
  404: { description: 'No such resource', content: problemContent },
} as const;

export const PageInfo = z
  .object({
    total: z.number().int().describe('Items matching the filters, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
    next: z.string().nullable().describe('Absolute-path link to the next page; null on the last page'),
  })
  .openapi('PageInfo');

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), page: PageInfo }).openapi(name);
}

const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_LIMIT}`;

/** Query parameters every list accepts. `fields` is added per resource with its own field names. */
export const pageParams = {
  limit: z
    .preprocess(
      (value) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value),
      z
        .number({ error: LIMIT_MESSAGE })
        .int(LIMIT_MESSAGE)
        .min(1, LIMIT_MESSAGE)
        .max(MAX_LIMIT, LIMIT_MESSAGE)
        .default(DEFAULT_LIMIT),
    )
    .openapi({
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
      description: `Page size, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})`,
      example: 20,
    }),
  cursor: z
    .string()
    .refine((value) => decodeCursor(value) !== undefined, {
      message: 'is not a cursor this API issued; follow `page.next` or omit it',
    })
    .optional()
    .openapi({ description: 'Opaque cursor from `page.nextCursor`' }),
};

export function offsetOf(cursor: string | undefined): number {
  return cursor === undefined ? 0 : (decodeCursor(cursor) ?? 0);
}

/** `fields=a,b` restricted to the top-level keys of a record schema. */
export function fieldsParam(keys: readonly string[]) {
  const allowed = new Set(keys);
  return z
    .string()
    .max(500)
    .superRefine((value, ctx) => {
      const names = value.split(',');
      const unknown = names.filter((name) => !allowed.has(name));
      if (names.length === 0 || unknown.length > 0) {
        const shown = unknown.map((name) => JSON.stringify(name.slice(0, 40))).join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `unknown field ${shown}; choose from ${keys.join(', ')}`,
        });
      }
    })
    .optional()
    .openapi({
      description: `Comma-separated fields to return for each record (others are omitted): ${keys.join(', ')}`,
      example: keys.slice(0, 2).join(','),
    });
}

export function keysOf(schema: { shape: Record<string, unknown> }): string[] {
  return Object.keys(schema.shape);
}

export const IdParam = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'pingdingshan' }),
});

export function jsonContent<T extends z.ZodType>(schema: T) {
  return { 'application/json': { schema } };
}
