import {
  Article as ArticleRecord,
  CitedSource as CitedSourceRecord,
  Claim as ClaimRecord,
  Dataset as DatasetRecord,
  DatasetVersion as DatasetVersionRecord,
  Entity as EntityRecord,
  Event as EventRecord,
  Indicator as IndicatorRecord,
  Observation as ObservationRecord,
  Park as ParkRecord,
  StoredSource as StoredSourceRecord,
} from '@hitech/data/schema';
import { z } from '@hono/zod-openapi';
import { CURSOR_PATTERN } from './cursor.js';
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
export const Claim = ClaimRecord.openapi('Claim');
export const StoredSource = StoredSourceRecord.openapi('StoredSource');
export const CitedSource = CitedSourceRecord.openapi('CitedSource');

/** Stored (text held, quoted by offsets) or cited (title and address only), told apart by `storage`. */
export const Source = z.discriminatedUnion('storage', [StoredSource, CitedSource]).openapi('Source', {
  description: 'A source records cite: `stored` (its text is held and evidence quotes it) or `cited` only',
});

/** The top-level keys either kind of source has: the values `fields` may name on sources. */
export const SOURCE_KEYS = [
  ...new Set([...StoredSource.keyof().options, ...CitedSource.keyof().options]),
] as const;

/** A source as served: the whole record (either kind), or only the fields named in `fields`. */
export const SourceBody = z
  .union([
    Source,
    z
      .strictObject({
        ...StoredSource.shape,
        ...CitedSource.shape,
        storage: z.enum(['stored', 'cited']),
        // A stored source's title is the text as printed; a cited source's is bilingual.
        title: z.union([StoredSource.shape.title, CitedSource.shape.title]),
      })
      .partial()
      .openapi('SourceFields'),
  ])
  .openapi({ description: 'The whole Source, or only the fields named in `fields`' });

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
const errorHeaders = {
  'Cache-Control': { description: 'Always `no-store` on errors', schema: { type: 'string' as const } },
};

export const errorResponses = {
  400: {
    description:
      'A parameter is malformed, out of range, repeated, or not a parameter of this endpoint; `errors` names each one',
    headers: errorHeaders,
    content: problemContent,
  },
  404: { description: 'No such resource', headers: errorHeaders, content: problemContent },
} as const;

const successHeaders = {
  ETag: {
    description: 'Entity tag of this representation (one per content encoding)',
    schema: { type: 'string' as const },
    required: true,
  },
  'Cache-Control': {
    description: 'How long the representation may be cached',
    schema: { type: 'string' as const },
    required: true,
  },
  'X-Dataset-Version': {
    description: 'Version of the dataset the response was computed from',
    schema: { type: 'string' as const },
    required: true,
  },
};
export const listHeaders = successHeaders;
export const recordHeaders = successHeaders;
export const csvListHeaders = {
  ...successHeaders,
  Link: {
    description: 'The next page, `<…>; rel="next"`, on CSV responses that are not the last page',
    schema: { type: 'string' as const },
  },
  'X-Total-Count': {
    description: 'Items matching the filters over all pages (CSV responses)',
    schema: { type: 'string' as const, pattern: '^\\d+$' },
  },
};

/**
 * A record as served: the whole record, or, with `fields=`, an object holding only the named fields.
 * The partial form is its own component so that typed clients see the truth.
 */
export function recordOf<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<Shape, Config>,
  name: string,
) {
  const fields = z.strictObject(schema.shape).partial().openapi(`${name}Fields`);
  return z.union([schema, fields]).openapi({
    description: `The whole ${name}, or only the fields named in \`fields\``,
  });
}

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
    .regex(new RegExp(CURSOR_PATTERN), 'must be a cursor from `page.nextCursor` (1 to 8 digits or a–z)')
    .optional()
    .openapi({
      description: 'Opaque cursor from `page.nextCursor`; one past the end of the list gives an empty page',
      example: '2',
    }),
};

const MAX_FIELDS_LENGTH = 500;

/**
 * `fields=a,b` (comma-separated, OpenAPI `style: form, explode: false`) restricted to the top-level keys of a
 * record; the validated value is the list of keys.
 */
export function fieldsParam<const K extends string>(keys: readonly K[]) {
  const allowed = new Set<string>(keys);
  const isKey = (name: string): name is K => allowed.has(name);
  return z
    .string()
    .transform((value, ctx) => {
      const names = value.split(',');
      const unknown = names.filter((name) => !isKey(name));
      if (value.length > MAX_FIELDS_LENGTH || unknown.length > 0) {
        const shown = unknown
          .slice(0, 5)
          .map((name) => JSON.stringify(name.slice(0, 40)))
          .join(', ');
        ctx.addIssue({
          code: 'custom',
          message:
            unknown.length === 0
              ? `must be at most ${MAX_FIELDS_LENGTH} characters long`
              : `names ${unknown.length === 1 ? 'an unknown field' : 'unknown fields'}, ${shown}; the fields are ${keys.join(', ')}`,
        });
        return z.NEVER;
      }
      return names.filter(isKey);
    })
    .optional()
    .openapi({
      type: 'array',
      items: { type: 'string', enum: [...keys] },
      minItems: 1,
      description: `Comma-separated fields to return for each record (others are omitted): ${keys.join(', ')}`,
      example: keys.slice(0, 2),
      param: { style: 'form', explode: false },
    });
}

/** The `{id}` path parameter, with a real id of the collection as its example. */
export function idParam(example: string) {
  return z.object({
    id: z
      .string()
      .max(200)
      .openapi({ param: { name: 'id', in: 'path' }, example }),
  });
}

export function jsonContent<T extends z.ZodType>(schema: T) {
  return { 'application/json': { schema } };
}
