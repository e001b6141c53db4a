import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/lib/cursor.js';
import { chooseEncoding } from '../src/lib/encoding.js';
import { negotiatesFormat, preferredFormat } from '../src/lib/format.js';
import { hashBytes } from '../src/lib/hash.js';
import {
  etagMatches,
  pathAndQuery,
  ResponseStore,
  storedResponseOf,
  storeKey,
} from '../src/middleware/precomputed.js';

describe('cursor', () => {
  it('round-trips offsets and rejects strings outside the documented pattern', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor('zz')).toBe(35 * 36 + 35);
    for (const bad of ['', '!!', 'ABC', '-1', 'a'.repeat(9)]) {
      expect(decodeCursor(bad), bad).toBeUndefined();
    }
  });
});

describe('format negotiation', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['text/csv', 'csv'],
    ['text/csv, application/json', 'json'],
    ['application/json;q=0.5, text/csv', 'csv'],
    ['text/csv;q=0.1, */*', 'json'],
    ['text/csv, */*;q=0.1', 'csv'],
    ['text/csv;q=0', 'json'],
    ['text/html,application/xhtml+xml,*/*;q=0.8', 'json'],
  ])('Accept %j → %s', (accept, expected) => {
    expect(preferredFormat(accept)).toBe(expected);
  });

  it('only the observation lists negotiate', () => {
    expect(negotiatesFormat('/v1/observations')).toBe(true);
    expect(negotiatesFormat('/v1/parks/suqian/observations')).toBe(true);
    expect(negotiatesFormat('/v1/parks')).toBe(false);
    expect(negotiatesFormat('/v1/parks/a/b/observations')).toBe(false);
  });
});

describe('precomputed responses', () => {
  it('keys by path and query, and by format where it is negotiated', () => {
    expect(pathAndQuery('http://h:1/v1/parks?limit=2#x')).toBe('/v1/parks?limit=2');
    expect(pathAndQuery('https://h')).toBe('/');
    expect(storeKey('/v1/parks', 'text/csv')).toBe('/v1/parks');
    expect(storeKey('/v1/observations?park=suqian', 'text/csv')).toBe('csv /v1/observations?park=suqian');
    expect(storeKey('/v1/observations', null)).toBe('json /v1/observations');
  });

  it('compares entity tags weakly, as RFC 9110 requires for If-None-Match', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
    expect(etagMatches('abc', '"abc"')).toBe(false);
  });

  it('bounds the store by entries and bytes, evicting the oldest', () => {
    const store = new ResponseStore({ maxEntries: 2, maxBytes: 10 });
    const entry = (n: number) => storedResponseOf(new Uint8Array(n), new Headers());
    store.set('a', entry(4));
    store.set('b', entry(4));
    store.set('c', entry(4));
    expect([store.get('a'), store.get('b') !== undefined, store.get('c') !== undefined]).toEqual([
      undefined,
      true,
      true,
    ]);
    store.set('d', entry(8));
    expect(store.size).toBe(1);
    store.set('huge', entry(11));
    expect(store.get('huge')).toBeUndefined();
  });
});

describe('content coding', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['x-gzip', 'gzip'],
  ])('Accept-Encoding %j → %s', (header, expected) => {
    expect(chooseEncoding(header, ['br', 'gzip'])).toBe(expected);
  });

  it('only offers what was precomputed', () => {
    expect(chooseEncoding('br', ['gzip'])).toBeUndefined();
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
  });

  it('answers a remembered header by what is available this time, and long headers alike', () => {
    // The same header against different precomputed sets, in turns (the choice is memoised per pair).
    for (let round = 0; round < 2; round++) {
      expect(chooseEncoding('gzip;q=0.5, br', ['br', 'gzip'])).toBe('br');
      expect(chooseEncoding('gzip;q=0.5, br', ['gzip'])).toBe('gzip');
      expect(chooseEncoding('gzip;q=0.5, br', ['br'])).toBe('br');
    }
    const long = `${'x-custom;q=0.1, '.repeat(30)}gzip`;
    expect(long.length).toBeGreaterThan(200);
    expect(chooseEncoding(long, ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding(long, ['br'])).toBeUndefined();
  });

  it('stores one ETag per encoding and Vary: Accept-Encoding when it compresses', () => {
    const body = new TextEncoder().encode('{"a":1}');
    const entry = storedResponseOf(body, new Headers({ vary: 'Accept' }), () => ({
      gzip: new Uint8Array([1, 2]),
    }));
    expect(entry.encodings).toEqual(['gzip']);
    expect(entry.encoded.gzip?.etag).toBe(`${entry.identity.etag.slice(0, -1)}-gzip"`);
    expect(entry.encoded.gzip?.headers['content-encoding']).toBe('gzip');
    expect(entry.encoded.gzip?.headers['content-length']).toBe('2');
    expect(entry.identity.headers.vary).toBe('Accept, Accept-Encoding');
    expect(entry.encoded.gzip?.notModifiedHeaders['content-encoding']).toBeUndefined();
    expect(storedResponseOf(body, new Headers()).identity.headers.vary).toBeUndefined();
  });
});

describe('hash', () => {
  it('is stable and sensitive to every byte', () => {
    const bytes = new TextEncoder().encode('{"id":"pingdingshan"}');
    expect(hashBytes(bytes)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashBytes(bytes)).toBe(hashBytes(new Uint8Array(bytes)));
    const changed = new Uint8Array(bytes);
    changed[5] = (changed[5] as number) ^ 1;
    expect(hashBytes(changed)).not.toBe(hashBytes(bytes));
    expect(hashBytes(new Uint8Array(0))).not.toBe(hashBytes(new Uint8Array(1)));
  });
});
