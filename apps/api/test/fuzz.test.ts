/**
 * A bounded fuzz loop: random paths and queries from a seeded PRNG (same requests on every run), a third of
 * them built from the served document's own parameter schemas (valid and invalid values), sent over loopback.
 * Fails on any 5xx, on any error whose body is not RFC 9457 problem+json, and on any response that breaks
 * the served OpenAPI document (status, content type, body).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import {
  type Contract,
  createContract,
  encodeQuery,
  invalidValue,
  type OpenApiDocument,
  type Parameter,
  validValue,
} from './contract.js';
import { problemViolation, type RawResponse, rawRequest } from './http.js';
import { startLoopbackServer } from './node-server.js';

const SEED = 0x5eed_2021;
const COUNT = 600;

/** mulberry32: a small, well-known 32-bit PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = [
  'v1',
  'parks',
  'observations',
  'indicators',
  'articles',
  'events',
  'entities',
  'search',
  'sources',
  'claims',
  'resolve',
  'page-b69735abe0be3e0d',
  'reg-gh',
  'zhongguancun',
  'dataset',
  'health',
  'openapi.json',
  'docs',
  'problems',
  'pingdingshan',
  'zhangjiang',
  'chongqing',
  'suqian',
  'v2',
  '..',
  '.',
  '%2e%2e',
  '%00',
  '%ff',
  '%E5%B0%BC%E9%BE%99',
  '😀',
  '',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];
const KEYS = [
  'limit',
  'cursor',
  'fields',
  'park',
  'indicator',
  'topic',
  'unit',
  'period',
  'year',
  'sort',
  'format',
  'status',
  'q',
  'kind',
  'type',
  'province',
  'industry',
  'unitKind',
  'name',
  'source',
  'city',
  'approvedFrom',
  'approvedTo',
  'confidence',
  'reported',
  'storage',
  'trust',
  'scope',
  '__proto__',
  'x',
  '',
  'limit[]',
];
const VALUES = [
  '1',
  '0',
  '-1',
  '200',
  '201',
  '1e309',
  '9'.repeat(40),
  'NaN',
  '',
  ' ',
  '%',
  '%zz',
  '%00',
  'csv',
  'json',
  'pingdingshan',
  'signed-investment',
  'investment',
  'percent',
  '2021',
  '2021-10',
  '2020/2021',
  '2021/..',
  '-absoluteValue',
  'id,name',
  'id,,',
  '尼龙',
  'nylon',
  'true',
  'false',
  'high',
  'cited',
  'stored',
  'Suzhou',
  '平顶山高新区',
  '１９９１',
  'bzoy',
  'o:1',
  '\u202e',
  '😀',
  'a'.repeat(300),
];
const ENDPOINTS = [
  '/v1',
  '/v1/parks',
  '/v1/parks/pingdingshan',
  '/v1/parks/suqian/observations',
  '/v1/observations',
  '/v1/indicators',
  '/v1/articles',
  '/v1/events',
  '/v1/entities',
  '/v1/search',
  '/v1/parks/resolve',
  '/v1/sources',
  '/v1/sources/reg-gh',
  '/v1/claims',
  '/v1/dataset',
  '/health',
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];

function encodeLoosely(text: string, random: () => number): string {
  // Mostly encoded; sometimes raw, so the server also sees reserved characters such as % and &.
  return random() < 0.7 ? encodeURIComponent(text) : text.replace(/[^\x21-\x7e]/gu, encodeURIComponent);
}

function randomRequest(random: () => number): { method: string; path: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const depth = 1 + Math.floor(random() * 4);
  const segments =
    random() < 0.5
      ? pick(ENDPOINTS).slice(1).split('/')
      : Array.from({ length: depth }, () => encodeLoosely(pick(SEGMENTS), random));
  const params = Array.from({ length: Math.floor(random() * 5) }, () => {
    const key = encodeLoosely(pick(KEYS), random);
    return random() < 0.1 ? key : `${key}=${encodeLoosely(pick(VALUES), random)}`;
  });
  const query = params.length ? `?${params.join('&')}` : random() < 0.1 ? '?' : '';
  return { method: pick(METHODS), path: `/${segments.join('/')}${query}` };
}

/** A request to a documented operation, each parameter given a value its schema allows or (sometimes) forbids. */
function documentedRequest(random: () => number, contract: Contract): { method: string; path: string } {
  const operations = Object.entries(contract.document.paths);
  const [template, item] = operations[
    Math.floor(random() * operations.length)
  ] as (typeof operations)[number];
  const parameters = (item.get?.parameters ?? []) as Parameter[];
  const seed = Math.floor(random() * 2 ** 31);
  const entries: [string, string][] = [];
  let path = template;
  for (const [i, p] of parameters.entries()) {
    if (p.in === 'query' && !p.required && random() < 0.6) continue;
    const invalid = random() < 0.15 ? invalidValue(p) : undefined;
    const [value] = fc.sample(invalid ?? validValue(p), { seed: seed + i, numRuns: 1 });
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value as string));
    else entries.push([p.name, value as string]);
  }
  const query = encodeQuery(entries);
  return { method: random() < 0.9 ? 'GET' : 'HEAD', path: query ? `${path}?${query}` : path };
}

function headersOf(res: RawResponse): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

let server: RunningServer;
let contract: Contract;
beforeAll(async () => {
  server = await startLoopbackServer();
  contract = createContract((await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(async () => {
  await server?.close();
});

describe(`fuzz: ${COUNT} seeded random requests`, () => {
  it('never answers 5xx, and every error is problem+json', async () => {
    const random = prng(SEED);
    const violations: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const { method, path } = random() < 0.35 ? documentedRequest(random, contract) : randomRequest(random);
      const res = await rawRequest(server.url, method, path);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const violation = problemViolation(method, path, res);
      if (violation) violations.push(violation);
      if (!/^\/[^?]*(\/\.{1,2}|%2e)/i.test(path)) {
        // Dot segments are resolved by the router, not by the template match: those paths are judged above.
        violations.push(...contract.violations(method, path, res.status, headersOf(res), res.body));
      }
    }
    expect(violations).toEqual([]);
    // The generator must reach both successes and errors, or the loop proves little.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(5);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(5);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(5);
  });
});
