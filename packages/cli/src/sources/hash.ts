import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

export const isSha256 = (value: string): boolean => /^[0-9a-f]{64}$/i.test(value);

/**
 * A source id derived from the text's hash, in the style of the first page's `page-<16 hex>`: a slug
 * prefix and the first 16 hex digits of the SHA-256 (64 bits: no clash expected below ~10^9 texts).
 */
export function sourceIdFromHash(sha256: string, prefix = 'page'): string {
  return `${prefix}-${sha256.slice(0, 16).toLowerCase()}`;
}
