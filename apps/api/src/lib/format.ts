/** Content negotiation between JSON and CSV for the observation lists. */

export type Format = 'json' | 'csv';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

/** Paths whose representation depends on `Accept` (and so carry `Vary: Accept`). */
export function negotiatesFormat(path: string): boolean {
  return path === '/v1/observations' || /^\/v1\/parks\/[^/]+\/observations$/.test(path);
}

function qualityOf(accept: string, types: string[]): number {
  let best = -1;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.trim().toLowerCase().split(';');
    if (!types.includes(type.trim())) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number(value);
    }
    if (Number.isFinite(q) && q > best) best = q;
  }
  return best;
}

/**
 * CSV when the client asks for `text/csv` with a higher quality than `application/json` and at least that of
 * any wildcard; JSON otherwise (also with no `Accept` or one naming neither).
 */
export function preferredFormat(accept: string | null | undefined): Format {
  if (!accept?.includes('csv')) return 'json';
  const csv = qualityOf(accept, ['text/csv']);
  const json = qualityOf(accept, ['application/json']);
  const wildcard = qualityOf(accept, ['application/*', '*/*', 'text/*']);
  return csv > 0 && csv > json && csv >= wildcard ? 'csv' : 'json';
}
