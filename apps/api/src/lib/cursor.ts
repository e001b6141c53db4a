/**
 * Opaque pagination cursors: base64url of `o:<offset>`. Clients must treat them as opaque and follow `next`;
 * the encoding may change between API versions.
 */

const PREFIX = 'o:';
const MAX_OFFSET = 1_000_000;

function toBase64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function encodeCursor(offset: number): string {
  return toBase64Url(`${PREFIX}${offset}`);
}

/** The offset a cursor stands for, or `undefined` when the cursor is not one this API issued. */
export function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(cursor)) return undefined;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
  const match = /^o:(0|[1-9]\d{0,6})$/.exec(text);
  if (!match) return undefined;
  const offset = Number(match[1]);
  return offset <= MAX_OFFSET ? offset : undefined;
}
