/**
 * Opaque pagination cursors: the offset of the next page in base 36. Every string matching `CURSOR_PATTERN`
 * is a cursor (one past the end of a list gives an empty page), so the documented pattern is the whole rule.
 * Clients must treat cursors as opaque and follow `next`; the encoding may change between API versions.
 */

export const CURSOR_PATTERN = '^[0-9a-z]{1,8}$';
const CURSOR_RE = new RegExp(CURSOR_PATTERN);

export function encodeCursor(offset: number): string {
  return offset.toString(36);
}

/** The offset a cursor stands for, or `undefined` when the string does not match the cursor pattern. */
export function decodeCursor(cursor: string): number | undefined {
  return CURSOR_RE.test(cursor) ? Number.parseInt(cursor, 36) : undefined;
}
