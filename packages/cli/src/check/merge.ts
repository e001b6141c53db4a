import { type CollectionSchema, idOf } from '../data-package.js';
import type { SourceRecord } from '../sources/model.js';
import type { ContributedRecord } from './records.js';

export interface Merged {
  dataset: Record<string, unknown>;
  /**
   * Sources a contributor declared in `sources` while the installed schema still has a single `source`:
   * the CLI checks their texts and the evidence citing them itself (see check/run.ts).
   */
  extraSources: SourceRecord[];
  /** `collection\0id` → the contributed record's file and place, to name them in problems. */
  origins: Map<string, { file: string; at: string }>;
}

export const originKey = (collection: string, id: string | undefined) => `${collection}\0${id ?? ''}`;

/**
 * Lays contributed records over the dataset by id: a record with a known id is merged field by field over
 * the shipped one (fields it gives replace those fields), a new id is appended.
 */
export function mergeRecords(
  base: Record<string, unknown>,
  contributed: ContributedRecord[],
  schemas: CollectionSchema[],
): Merged {
  const dataset = base;
  const extraSources: SourceRecord[] = [];
  const origins = new Map<string, { file: string; at: string }>();
  const schemaHasSources = schemas.some((s) => s.name === 'sources');
  for (const { collection, record, file, at } of contributed) {
    const id = idOf(record);
    if (collection === 'sources' && !schemaHasSources) {
      const single = dataset.source as Record<string, unknown> | undefined;
      if (single && idOf(single) === id) {
        dataset.source = { ...single, ...record };
        origins.set(originKey('source', id), { file, at });
      } else extraSources.push(record as SourceRecord);
      continue;
    }
    origins.set(originKey(collection, id), { file, at });
    const many = collection === 'sources' || schemas.find((s) => s.name === collection)?.many;
    if (!many) {
      const current = dataset[collection] as Record<string, unknown> | undefined;
      dataset[collection] = current && idOf(current) === id ? { ...current, ...record } : record;
      continue;
    }
    const list = Array.isArray(dataset[collection]) ? (dataset[collection] as unknown[]) : [];
    dataset[collection] = list;
    const i = id === undefined ? -1 : list.findIndex((r) => idOf(r) === id);
    if (i >= 0) list[i] = { ...(list[i] as Record<string, unknown>), ...record };
    else list.push(record);
  }
  return { dataset, extraSources, origins };
}
