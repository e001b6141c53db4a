import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/lib/cursor.js';
import { negotiatesFormat, preferredFormat } from '../src/lib/format.js';
import { hashBytes } from '../src/lib/hash.js';
import { etagMatches, pathAndQuery, ResponseStore, storeKey } from '../src/middleware/precomputed.js';

describe('cursor', () => {
  it('round-trips offsets and rejects anything it did not issue', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(encodeCursor(2)).toBe('bzoy'); // base64url('o:2')
    for (const bad of ['', '!!', 'bzo', 'eDox', 'bzotMQ', 'bzowMQ', 'a'.repeat(100)]) {
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
    const entry = (n: number) => ({
      etag: '"e"',
      body: new Uint8Array(n),
      headers: {},
      notModifiedHeaders: {},
    });
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
