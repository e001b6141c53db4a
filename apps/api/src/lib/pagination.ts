import { encodeCursor } from './cursor.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface PageInfo {
  total: number;
  limit: number;
  offset: number;
  nextCursor: string | null;
  /** Absolute-path reference to the next page, or null on the last page. */
  next: string | null;
}

export interface Page<T> {
  data: T[];
  page: PageInfo;
}

/** `pathAndQuery` of the request with `cursor` replaced (the body never names the host, so it caches anywhere). */
export function linkWithCursor(url: string, cursor: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('cursor', cursor);
  return `${parsed.pathname}?${parsed.searchParams.toString()}`;
}

/** One page of `items` starting at `offset` (decoded from the cursor); empty past the end of the list. */
export function paginate<T>(items: readonly T[], limit: number, offset: number, url: string): Page<T> {
  const end = offset + limit;
  const nextCursor = end < items.length ? encodeCursor(end) : null;
  return {
    data: items.slice(offset, end),
    page: {
      total: items.length,
      limit,
      offset,
      nextCursor,
      next: nextCursor ? linkWithCursor(url, nextCursor) : null,
    },
  };
}
