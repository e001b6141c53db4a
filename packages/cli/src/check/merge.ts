import { type CollectionSchema, idOf } from '../data-package.js';
import type { ContributedRecord } from './records.js';

export interface Merged {
  dataset: Record<string, unknown>;
  /** `collection\0id` → the contributed record's file and place, to name them in problems. */
  origins: Map<string, { file: string; at: string }>;
}

export const originKey = (collection: string, id: string | undefined) => `${collection}\0${id ?? ''}`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Lays contributed records over the dataset by id: a record with a known id is merged field by field over
 * the shipped one (fields it gives replace those fields), a new id is appended. A single-record
 * collection (`registry`) is merged field by field.
 */
export function mergeRecords(
  base: Record<string, unknown>,
  contributed: ContributedRecord[],
  schemas: CollectionSchema[],
): Merged {
  const dataset = base;
  const origins = new Map<string, { file: string; at: string }>();
  for (const { collection, record, file, at } of contributed) {
    const id = idOf(record);
    origins.set(originKey(collection, id), { file, at });
    if (!schemas.find((s) => s.name === collection)?.many) {
      const current = dataset[collection];
      dataset[collection] = isObject(current) ? { ...current, ...record } : record;
      continue;
    }
    const list = Array.isArray(dataset[collection]) ? (dataset[collection] as unknown[]) : [];
    dataset[collection] = list;
    const i = id === undefined ? -1 : list.findIndex((r) => idOf(r) === id);
    if (i >= 0) list[i] = { ...(list[i] as Record<string, unknown>), ...record };
    else list.push(record);
  }
  return { dataset, origins };
}
