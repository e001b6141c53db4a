/**
 * Everything the CLI takes from @hitech/data, in one module: the shipped dataset, the dataset schema
 * (its collections are read from the schema, never listed here), the validator, the source schema and
 * parser, and the loader of source texts.
 */
import { dataset } from '@hitech/data';
import { readSourceTexts, type SourceTexts } from '@hitech/data/node';
import {
  Dataset,
  formatPath,
  type Problem,
  parseSource,
  type Source,
  SourceKind,
  StoredSource,
  validateDataset,
} from '@hitech/data/schema';

export {
  formatPath,
  type Problem,
  parseSource,
  readSourceTexts,
  type Source,
  SourceKind,
  type SourceTexts,
  StoredSource,
  validateDataset,
};

/** The dataset as shipped in the installed @hitech/data, as plain JSON the CLI may edit. */
export const shippedDataset = (): Record<string, unknown> =>
  structuredClone(dataset) as unknown as Record<string, unknown>;

/** The sources a (merged) dataset declares: its `sources` array, as the schema has it. */
export const sourcesOf = (data: Record<string, unknown>): Source[] =>
  Array.isArray(data.sources)
    ? (data.sources as Source[]).filter(
        (s) => s !== null && typeof s === 'object' && typeof s.id === 'string',
      )
    : [];

interface SchemaLike {
  safeParse(input: unknown): { success: boolean; error?: { issues: unknown[] } };
  def?: { type?: string; element?: SchemaLike };
  shape?: Record<string, SchemaLike>;
}

export interface CollectionSchema {
  name: string;
  /** An array of records (parks, observations, sources…) or a single record (`registry`). */
  many: boolean;
  /** The schema of one record. */
  record: SchemaLike;
}

/** The dataset's collections as its zod schema declares them, `version` aside. */
export function collectionSchemas(): CollectionSchema[] {
  const shape = (Dataset as unknown as SchemaLike).shape ?? {};
  return Object.entries(shape)
    .filter(([name]) => name !== 'version')
    .map(([name, schema]) => {
      const element = schema.def?.type === 'array' ? schema.def.element : undefined;
      return { name, many: element !== undefined, record: element ?? schema };
    });
}

/** The field that identifies a record: `id`, or `key` for indicators. */
export const idOf = (record: unknown): string | undefined => {
  if (record === null || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  return typeof r.id === 'string' ? r.id : typeof r.key === 'string' ? r.key : undefined;
};
