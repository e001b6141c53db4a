/**
 * Hostile and malformed requests over real HTTP, sent byte-for-byte (no client-side normalisation).
 * Each row says what status it must get; every row must also satisfy the invariant: no 5xx, and every error
 * is RFC 9457 problem+json without a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { problemViolation, rawRequest } from './http.js';
import { startLoopbackServer } from './node-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const long = (n: number) => 'a'.repeat(n);

type Row = [
  description: string,
  method: string,
  path: string,
  status: number,
  headers?: Record<string, string>,
];

const rows: Row[] = [
  // numbers
  ['huge limit', 'GET', '/v1/parks?limit=99999999999999999999999999', 400],
  ['negative limit', 'GET', '/v1/parks?limit=-1', 400],
  ['zero limit', 'GET', '/v1/parks?limit=0', 400],
  ['fractional limit', 'GET', '/v1/parks?limit=2.5', 400],
  ['exponent limit', 'GET', '/v1/parks?limit=1e2', 400],
  ['hex limit', 'GET', '/v1/parks?limit=0x10', 400],
  ['NaN limit', 'GET', '/v1/parks?limit=NaN', 400],
  ['Infinity limit', 'GET', '/v1/parks?limit=Infinity', 400],
  ['empty limit', 'GET', '/v1/parks?limit=', 400],
  ['huge year', 'GET', '/v1/observations?year=99999999999', 400],
  ['negative year', 'GET', '/v1/observations?year=-2021', 400],
  ['impossible date', 'GET', '/v1/observations?period=2021-13-40', 400],
  ['reversed interval (matches nothing)', 'GET', '/v1/observations?period=2022/2020', 200],
  ['open interval', 'GET', '/v1/observations?period=2020/..', 200],
  // cursors
  ['garbage cursor', 'GET', '/v1/entities?cursor=%%%%', 400],
  ['empty cursor', 'GET', '/v1/entities?cursor=', 400],
  ['cursor past the end (empty page)', 'GET', '/v1/entities?cursor=zzzz', 200],
  ['overlong cursor', 'GET', `/v1/entities?cursor=${long(5000)}`, 400],
  [
    'cursor with negative offset',
    'GET',
    `/v1/entities?cursor=${Buffer.from('o:-5').toString('base64url')}`,
    400,
  ],
  [
    'cursor with huge offset',
    'GET',
    `/v1/entities?cursor=${Buffer.from('o:99999999').toString('base64url')}`,
    400,
  ],
  // unknown and repeated parameters
  ['unknown parameter', 'GET', '/v1/parks?debug=true', 400],
  ['prototype pollution key', 'GET', '/v1/parks?__proto__=x', 400],
  ['constructor key', 'GET', '/v1/parks?constructor=x', 400],
  ['bracketed key', 'GET', '/v1/parks?limit[]=1', 400],
  ['repeated limit', 'GET', '/v1/parks?limit=1&limit=2', 400],
  ['repeated park', 'GET', '/v1/observations?park=suqian&park=suqian', 400],
  ['repeated fields', 'GET', '/v1/parks?fields=id&fields=name', 400],
  ['fields __proto__', 'GET', '/v1/parks?fields=__proto__', 400],
  ['fields empty', 'GET', '/v1/parks?fields=', 400],
  ['fields with commas only', 'GET', '/v1/parks?fields=,,,', 400],
  ['sort injection', 'GET', '/v1/observations?sort=id%3B%20DROP%20TABLE', 400],
  ['format unknown', 'GET', '/v1/observations?format=xml', 400],
  ['parameter on dataset', 'GET', '/v1/dataset?x=1', 400],
  // strings and unicode
  ['overlong q', 'GET', `/v1/search?q=${long(10_000)}`, 400],
  ['overlong province', 'GET', `/v1/parks?province=${long(1000)}`, 400],
  ['emoji q', 'GET', `/v1/search?q=${encodeURIComponent('😀🚀')}`, 200],
  ['full-width nylon', 'GET', `/v1/search?q=${encodeURIComponent('ＮＹＬＯＮ')}`, 200],
  ['NUL in q', 'GET', '/v1/search?q=%00', 200],
  ['malformed percent in q', 'GET', '/v1/search?q=%E0%A4%A', 200],
  ['lone surrogate in q', 'GET', '/v1/search?q=%ED%A0%80', 200],
  ['RTL override in id', 'GET', `/v1/parks/${encodeURIComponent('\u202Epingdingshan')}`, 404],
  ['Chinese id', 'GET', `/v1/parks/${encodeURIComponent('平顶山')}`, 404],
  ['overlong id', 'GET', `/v1/parks/${long(5000)}`, 400],
  ['NUL in id', 'GET', '/v1/parks/%00', 404],
  ['malformed percent in id', 'GET', '/v1/parks/%E0%A4%A', 404],
  // paths
  ['path traversal', 'GET', '/v1/parks/../../../etc/passwd', 404],
  ['encoded traversal', 'GET', '/v1/parks/..%2F..%2F..%2Fetc%2Fpasswd', 404],
  ['double-encoded traversal', 'GET', '/v1/parks/%252e%252e%252fetc', 404],
  ['backslash traversal', 'GET', '/v1/parks/..%5C..%5Cwindows', 404],
  ['double slashes', 'GET', '//v1//parks', 404],
  ['trailing slash', 'GET', '/v1/parks/', 404],
  ['dot segment to a real park', 'GET', '/v1/articles/../parks/suqian', 200],
  ['very long path', 'GET', `/${long(8000)}`, 404],
  ['deep path', 'GET', `/v1${'/x'.repeat(1000)}`, 404],
  // methods and headers
  ['POST', 'POST', '/v1/parks', 405],
  ['DELETE', 'DELETE', '/v1/parks/pingdingshan', 405],
  ['PUT', 'PUT', '/v1/dataset', 405],
  ['PATCH on unknown path', 'PATCH', '/v1/nowhere', 404],
  ['garbage If-None-Match', 'GET', '/v1/parks', 200, { 'if-none-match': `"${long(4000)}", W/, ,,` }],
  ['garbage Accept', 'GET', '/v1/observations', 200, { accept: 'text/csv;q=abc, */*;q=-1, ;;;' }],
  ['CSV by Accept with q', 'GET', '/v1/observations', 200, { accept: 'application/json;q=0.5, text/csv' }],
];

describe('hostile and malformed requests', () => {
  it.each(rows)('%s: %s %s → %i', async (_description, method, path, status, headers) => {
    const res = await rawRequest(server.url, method, path, headers);
    expect(problemViolation(method, path, res)).toBeUndefined();
    expect(res.status).toBe(status);
  });

  it('validation problems name every failing parameter and why', async () => {
    const res = await rawRequest(
      server.url,
      'GET',
      '/v1/observations?limit=999&park=mars&colour=red&year=20',
    );
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body) as { errors: { in: string; name: string; detail: string }[] };
    expect(body.errors.map((e) => e.name).sort()).toEqual(['colour', 'limit', 'park', 'year']);
    for (const error of body.errors) {
      expect(error.in).toBe('query');
      expect(error.detail.length).toBeGreaterThan(5);
    }
  });

  it('echoes no more than a bounded part of hostile input', async () => {
    for (const [path, status] of [
      [`/v1/parks/${long(150)}`, 404],
      [`/v1/parks/${long(5000)}`, 400],
      [`/${long(8000)}`, 404],
      [`/v1/parks/${long(3000)}`, 405],
    ] as const) {
      const res = await rawRequest(server.url, status === 405 ? 'POST' : 'GET', path);
      expect(res.status).toBe(status);
      expect(res.body.length).toBeLessThan(1000);
    }
  });
});
