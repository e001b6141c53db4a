import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Encoding } from './encoding.js';

/** Bodies smaller than this are sent as they are: compression would save next to nothing. */
const MIN_BYTES = 512;
/** Above this size brotli's best quality costs seconds at start-up; a middle quality stays close. */
const BEST_QUALITY_LIMIT = 1024 * 1024;

/** Brotli and gzip of a body, computed once when the response is stored (Node only). */
export function compressOnNode(body: Uint8Array): Partial<Record<Encoding, Uint8Array<ArrayBuffer>>> {
  if (body.byteLength < MIN_BYTES) return {};
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: body.byteLength > BEST_QUALITY_LIMIT ? 6 : 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  const result: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>> = {};
  if (br.byteLength < body.byteLength) result.br = new Uint8Array(br);
  if (gzip.byteLength < body.byteLength) result.gzip = new Uint8Array(gzip);
  return result;
}
