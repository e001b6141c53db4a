import { asJson, type Writable } from '@hitech/data/query';
import { decodeCursor } from './cursor.js';
import { project } from './fields.js';
import { type Page, paginate } from './pagination.js';

/** The validated query parameters every list shares. */
export interface ListQuery<K> {
  limit: number;
  cursor?: string | undefined;
  fields?: readonly K[] | undefined;
}

export function offsetOf(cursor: string | undefined): number {
  return cursor === undefined ? 0 : (decodeCursor(cursor) ?? 0);
}

/**
 * The page of `items` a list request asks for (`limit`, `cursor`), keeping only its `fields`; typed as
 * mutable JSON for `c.json` (the records stay frozen).
 */
export function listPage<T extends object>(
  items: readonly T[],
  query: ListQuery<keyof T>,
  url: string,
): Writable<Page<Partial<T>>> {
  const page = paginate(items, query.limit, offsetOf(query.cursor), url);
  return asJson({ ...page, data: project(page.data, query.fields) });
}
