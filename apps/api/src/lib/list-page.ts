import { parseFields, project } from './fields.js';
import { type Page, paginate } from './pagination.js';
import { offsetOf } from './schemas.js';

/** The validated query parameters every list shares. */
export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  fields?: string | undefined;
}

/** The page of `items` a list request asks for (`limit`, `cursor`), keeping only its `fields`. */
export function listPage<T extends object>(items: readonly T[], query: ListQuery, url: string): Page<T> {
  const page = paginate(items, query.limit, offsetOf(query.cursor), url);
  return { ...page, data: project(page.data, parseFields(query.fields)) };
}
