/**
 * The HTTP conformance suite, written once as a function of a base URL and run against every runtime
 * (Node in node.test.ts, workerd in workerd.test.ts). Expected values come from the records of
 * @hitech/data and from literals, never from the API's own code.
 */

import {
  articles,
  claims,
  ENTITY_TYPES,
  entities,
  events,
  indicators,
  OBSERVATION_CSV_COLUMNS,
  observations,
  parks,
  registry,
  selectEntities,
  selectEvents,
  sources,
  version,
} from '@hitech/data';
import { validate } from '@readme/openapi-parser';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/client.js';
import {
  type Contract,
  createContract,
  encodeQuery,
  invalidValue,
  type OpenApiDocument,
  type Parameter,
  validValue,
} from './contract.js';

type Json = Record<string, unknown>;
interface PageBody<T = Json> {
  data: T[];
  page: { total: number; limit: number; offset: number; nextCursor: string | null; next: string | null };
}

const PARK_IDS = parks.map((p) => p.id);
const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id);
const approvalYear = (p: (typeof parks)[number]) =>
  p.registry.approved === null ? null : Number(p.registry.approved.slice(0, 4));

export interface RuntimeTraits {
  /** Whether the runtime itself sends brotli/gzip (Node) or leaves it to the edge (Workers). */
  compresses: boolean;
}

const SEED = 0x0a11_2026;

export function conformanceSuite(runtime: string, baseUrl: () => string, traits: RuntimeTraits) {
  const url = (path: string) => `${baseUrl()}${path}`;
  let contract: Contract;

  /** `fetch`, with every response checked against the served document (status, content type, body). */
  async function fetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    const res = await globalThis.fetch(input, init);
    const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const body = method === 'HEAD' || res.status === 304 ? '' : await res.clone().text();
    expect(
      contract.violations(method, `${target.pathname}${target.search}`, res.status, res.headers, body),
    ).toEqual([]);
    return res;
  }
  const get = (path: string, headers: Record<string, string> = {}) => fetch(url(path), { headers });
  async function json<T = Json>(path: string, headers: Record<string, string> = {}): Promise<T> {
    const res = await get(path, headers);
    expect(res.status, `${path} → ${res.status}`).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return (await res.json()) as T;
  }
  async function problem(path: string, status: number, init: RequestInit = {}) {
    const res = await fetch(url(path), init);
    expect(res.status, `${path} → ${res.status}`).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors?: { in: string; name: string; detail: string }[];
    };
    expect(body.status).toBe(status);
    expect(typeof body.type).toBe('string');
    expect(body.title.length).toBeGreaterThan(0);
    expect(body.detail.length).toBeGreaterThan(0);
    return { res, body };
  }
  async function walk(path: string): Promise<Json[]> {
    const items: Json[] = [];
    let next: string | null = path;
    for (let guard = 0; next && guard < 100; guard++) {
      const body: PageBody = await json<PageBody>(next);
      items.push(...body.data);
      next = body.page.next;
    }
    expect(next).toBeNull();
    return items;
  }

  describe(`HTTP conformance on ${runtime}`, () => {
    beforeAll(async () => {
      const res = await globalThis.fetch(url('/openapi.json'));
      contract = createContract((await res.json()) as OpenApiDocument);
    });

    describe('meta', () => {
      it('GET /health reports the dataset version', async () => {
        const body = await json<{ status: string; dataset: { version: string; contentHash: string } }>(
          '/health',
        );
        expect(body.status).toBe('ok');
        expect(body.dataset).toEqual(version);
      });

      it('GET /v1 links to every resource, and each link answers 200', async () => {
        const body = await json<{ links: Record<string, string> }>('/v1');
        for (const path of [
          '/v1/parks',
          '/v1/observations',
          '/v1/indicators',
          '/v1/articles',
          '/v1/events',
        ]) {
          expect(Object.values(body.links)).toContain(path);
        }
        for (const link of Object.values(body.links).filter((l) => !l.includes('{'))) {
          expect((await get(link)).status, link).toBe(200);
        }
      });

      it('problem types resolve to their description', async () => {
        const body = await json<{ status: number }>('/problems/not-found');
        expect(body.status).toBe(404);
        await problem('/problems/no-such-type', 404);
      });

      it('unknown paths are 404 problems', async () => {
        await problem('/v2/parks', 404);
        await problem('/v1/parks/pingdingshan/nothing', 404);
      });
    });

    describe('parks', () => {
      it('lists every zone of the registry, in dataset order', async () => {
        const first = await json<PageBody<{ id: string }>>('/v1/parks');
        expect(first.page).toMatchObject({ total: parks.length, offset: 0 });
        expect(parks.length).toBe(registry.zones);
        const items = await walk('/v1/parks?limit=200');
        expect(items.map((p) => p.id)).toEqual(PARK_IDS);
        expect(items).toEqual(parks);
      });

      it('filters by province and city (code, or name in either language, case- and width-blind)', async () => {
        const ids = async (q: string) => (await walk(`/v1/parks?limit=200&${q}`)).map((p) => p.id);
        const henan = idsOf(parks.filter((p) => p.province.code === '410000'));
        expect(henan.length).toBeGreaterThan(1);
        expect(henan).toContain('pingdingshan');
        for (const q of ['Henan', 'HENAN', 'Ｈｅｎａｎ', encodeURIComponent('河南'), '410000']) {
          expect(await ids(`province=${q}`), q).toEqual(henan);
        }
        expect(await ids('province=Atlantis')).toEqual([]);
        const city = idsOf(parks.filter((p) => p.city.zh.startsWith('平顶山')));
        expect(city).toEqual(['pingdingshan']);
        expect(await ids(`city=${encodeURIComponent('平顶山')}`)).toEqual(city);
        expect(await ids('city=Pingdingshan')).toEqual(city);
      });

      it('filters by approval year range, confidence, kind and whether the column reports on it', async () => {
        const ids = async (q: string) => (await walk(`/v1/parks?limit=200&${q}`)).map((p) => p.id);
        const within = (from: number, to: number) =>
          idsOf(parks.filter((p) => (approvalYear(p) ?? -1) >= from && (approvalYear(p) ?? 1e9) <= to));
        expect(within(2010, 2012).length).toBeGreaterThan(0);
        expect(await ids('approvedFrom=2010&approvedTo=2012')).toEqual(within(2010, 2012));
        expect(await ids('approvedFrom=2018')).toEqual(within(2018, 9999));
        expect(await ids('approvedTo=1991')).toEqual(within(0, 1991));
        expect(within(1991, 1991).length).toBeGreaterThan(1);
        expect(await ids('approvedFrom=1991&approvedTo=1991')).toEqual(within(1991, 1991));
        expect(await ids('approvedFrom=2015&approvedTo=2010')).toEqual([]);
        const undated = parks.filter((p) => p.registry.approved === null);
        expect(undated.length).toBeGreaterThan(0);
        const dated = await ids('approvedFrom=1000&approvedTo=9999');
        expect(dated.length).toBe(parks.length - undated.length);

        // The reported zones are exactly those an article is about.
        const reported = idsOf(parks.filter((p) => articles.some((a) => a.parkId === p.id)));
        expect(reported.length).toBe(articles.length);
        expect(await ids('reported=true')).toEqual(reported);
        expect(await ids('reported=false')).toEqual(PARK_IDS.filter((id) => !reported.includes(id)));
        expect(await ids('reported=true&province=Henan')).toEqual(['pingdingshan']);

        for (const confidence of ['high', 'medium', 'low'] as const) {
          const expected = idsOf(parks.filter((p) => p.registry.confidence === confidence));
          expect(await ids(`confidence=${confidence}`), confidence).toEqual(expected);
        }
        const kind = 'agricultural-demonstration-zone';
        expect(await ids(`kind=${kind}`)).toEqual(idsOf(parks.filter((p) => p.registry.kind === kind)));

        await problem('/v1/parks?approvedFrom=91', 400);
        await problem('/v1/parks?reported=yes', 400);
        await problem('/v1/parks?confidence=certain', 400);
      });

      it('filters by leading industry and free text', async () => {
        const ids = async (q: string) => (await walk(`/v1/parks?limit=200&${q}`)).map((p) => p.id);
        expect(await ids('industry=materials')).toEqual(
          idsOf(parks.filter((p) => p.leadingIndustries.some((i) => /materials/i.test(i.en)))),
        );
        expect((await ids(`q=${encodeURIComponent('尼龙')}`))[0]).toBe('pingdingshan');
      });

      it('GET /v1/parks/{id} returns the record, for every zone', async () => {
        for (const park of parks) expect(await json(`/v1/parks/${park.id}`)).toEqual(park);
      });

      it('unknown park id is a 404 problem', async () => {
        const { body } = await problem('/v1/parks/atlantis', 404);
        expect(body.type).toBe('/problems/not-found');
        await problem('/v1/parks/atlantis/observations', 404);
      });
    });

    describe('park name resolver', () => {
      type Resolution =
        | { status: 'found'; name: string; matchedBy: string; park: { id: string; href: string } }
        | { status: 'ambiguous'; name: string; candidates: { id: string; reason: string; href: string }[] }
        | { status: 'none'; name: string };
      const resolve = (name: string) =>
        json<Resolution>(`/v1/parks/resolve?name=${encodeURIComponent(name)}`);

      it('resolves the official name of every zone to its id', async () => {
        expect(PARK_IDS).not.toContain('resolve');
        for (const park of parks) {
          const answer = await resolve(park.name.zh);
          expect(answer, park.name.zh).toMatchObject({
            status: 'found',
            name: park.name.zh,
            park: { id: park.id, href: `/v1/parks/${park.id}` },
          });
        }
      });

      it('resolves real-world spellings, and answers ambiguous names with candidates and reasons', async () => {
        for (const [name, id] of [
          ['平顶山国家高新区', 'pingdingshan'],
          ['张江', 'zhangjiang'],
          ['ＺＨＯＮＧＧＵＡＮＣＵＮ', 'zhongguancun'],
        ] as const) {
          expect(await resolve(name), name).toMatchObject({ status: 'found', park: { id } });
        }
        // Several zones of the registry are named after Suzhou in English.
        const inSuzhou = idsOf(parks.filter((p) => /^Suzhou\b/.test(p.name.en)));
        expect(inSuzhou.length).toBeGreaterThan(1);
        const answer = await resolve('Suzhou');
        expect(answer.status).toBe('ambiguous');
        if (answer.status !== 'ambiguous') return;
        expect(answer.candidates.map((c) => c.id).sort()).toEqual([...inSuzhou].sort());
        for (const c of answer.candidates) {
          expect(c.reason.length).toBeGreaterThan(0);
          expect(c.href).toBe(`/v1/parks/${c.id}`);
        }
      });

      it('answers a name that fits no zone with 200 and status none; a missing or empty name is a 400', async () => {
        expect(await resolve('Atlantis')).toEqual({ status: 'none', name: 'Atlantis' });
        const { body } = await problem('/v1/parks/resolve', 400);
        expect(body.errors?.[0]).toMatchObject({ name: 'name', detail: 'is required' });
        await problem('/v1/parks/resolve?name=', 400);
        await problem(`/v1/parks/resolve?name=${'x'.repeat(101)}`, 400);
        await problem('/v1/parks/resolve?name=a&fields=id', 400);
      });
    });

    describe('single records of every collection', () => {
      it.each([
        ['observations', 'cq-loans-issued', 'evidence', observations.find((o) => o.id === 'cq-loans-issued')],
        ['indicators', 'rnd-intensity', 'topic', indicators.find((i) => i.key === 'rnd-intensity')],
        ['events', 'pds-reform-start', 'date', events.find((e) => e.id === 'pds-reform-start')],
        [
          'entities',
          'tsung-dao-lee-institute',
          'type',
          entities.find((e) => e.id === 'tsung-dao-lee-institute'),
        ],
      ])(
        'GET /v1/%s/{id} returns the record, fields= narrows it, an unknown id is a 404',
        async (list, id, field, expected) => {
          expect(expected).toBeDefined();
          expect(await json(`/v1/${list}/${id}`)).toEqual(expected);
          const narrowed = await json<Record<string, unknown>>(`/v1/${list}/${id}?fields=${field}`);
          expect(narrowed).toEqual({ [field]: (expected as Record<string, unknown>)[field] });
          const { body } = await problem(`/v1/${list}/no-such-${list}`, 404);
          expect(body.detail).toContain(`see /v1/${list}`);
          await problem(`/v1/${list}/${id}?fields=colour`, 400);
        },
      );
    });

    describe('observations', () => {
      const ofPark = (id: string) => observations.filter((o) => o.parkId === id);

      it('GET /v1/parks/{id}/observations returns every figure of the park', async () => {
        const items = await walk('/v1/parks/pingdingshan/observations?limit=10');
        expect(items.map((o) => o.id)).toEqual(ofPark('pingdingshan').map((o) => o.id));
      });

      it('filters by park, indicator, topic, unit and status', async () => {
        const byPark = await walk('/v1/observations?park=suqian');
        expect(byPark.map((o) => o.id)).toEqual(ofPark('suqian').map((o) => o.id));

        const byIndicator = await walk('/v1/observations?park=pingdingshan&indicator=signed-investment');
        expect(byIndicator.map((o) => o.id)).toContain('pds-signed-investment-2021');
        expect(byIndicator.every((o) => o.indicator === 'signed-investment')).toBe(true);

        const investmentKeys = new Set(indicators.filter((i) => i.topic === 'investment').map((i) => i.key));
        const byTopic = await walk('/v1/observations?topic=investment');
        expect(byTopic.length).toBe(observations.filter((o) => investmentKeys.has(o.indicator)).length);
        expect(byTopic.length).toBeGreaterThan(0);

        const percent = await walk('/v1/observations?unit=percent');
        expect(percent.length).toBe(observations.filter((o) => o.unit === 'percent').length);
        expect(percent.every((o) => o.unit === 'percent')).toBe(true);

        const targets = await walk('/v1/observations?status=target');
        expect(targets.length).toBe(observations.filter((o) => o.status === 'target').length);
      });

      it('filters by year and ISO 8601 period (overlap)', async () => {
        const years = (period: string) => {
          const [from = '', to] = period.split('/');
          const end = to === undefined ? from : to === '..' ? '9999' : to;
          return [Number(from.slice(0, 4)), Number(end.slice(0, 4))] as const;
        };
        const expected2019 = observations
          .filter((o) => o.period !== null && years(o.period)[0] <= 2019 && years(o.period)[1] >= 2019)
          .map((o) => o.id);
        const byYear = await walk('/v1/observations?year=2019');
        expect(byYear.map((o) => o.id)).toEqual(expected2019);
        const byPeriod = await walk('/v1/observations?period=2019');
        expect(byPeriod.map((o) => o.id)).toEqual(expected2019);
        const interval = await walk('/v1/observations?period=2020-01/2021-12');
        expect(interval.every((o) => o.period !== null)).toBe(true);
        expect(interval.length).toBeGreaterThan(expected2019.length);
      });

      it('applies year and period together, and an interval that ends before it starts matches nothing', async () => {
        const both = await walk('/v1/observations?year=2021&period=2021-01/2021-06');
        const year = new Set((await walk('/v1/observations?year=2021')).map((o) => o.id));
        const half = new Set((await walk('/v1/observations?period=2021-01/2021-06')).map((o) => o.id));
        expect(both.map((o) => o.id)).toEqual([...half].filter((id) => year.has(id)));
        expect(await walk('/v1/observations?period=2021/2020')).toEqual([]);
      });

      it('sorts by absolute value, descending, and by id', async () => {
        const items = await walk('/v1/observations?sort=-absoluteValue&limit=200');
        const values = items.map((o) => (o.value as number) * 10 ** (o.unitMult as number));
        for (let i = 1; i < values.length; i++) {
          expect(values[i]).toBeLessThanOrEqual((values[i - 1] as number) * (1 + 1e-12));
        }
        const byId = await walk('/v1/observations?sort=id&limit=200');
        expect(byId.map((o) => o.id)).toEqual(observations.map((o) => o.id).sort());
      });

      it('rejects unknown indicators, malformed periods and years with 400', async () => {
        const { body } = await problem('/v1/observations?indicator=no-such-indicator', 400);
        expect(body.errors?.[0]?.name).toBe('indicator');
        expect(body.detail).toBe(
          'The query parameter `indicator` must be an indicator key listed at /v1/indicators.',
        );
        await problem('/v1/observations?period=2021-02-30', 400);
        await problem('/v1/observations?year=21', 400);
        await problem('/v1/observations?park=atlantis', 400);
        await problem('/v1/observations?sort=value;drop', 400);
      });
    });

    describe('pagination and fields', () => {
      it('walks every entity exactly once by following next', async () => {
        const first = await json<PageBody>('/v1/entities?limit=7');
        expect(first.page.total).toBe(entities.length);
        expect(first.data).toHaveLength(7);
        expect(first.page.next).toMatch(/^\/v1\/entities\?/);
        const items = await walk('/v1/entities?limit=7');
        // The package's one ordering (shared with the reader): by type in ENTITY_TYPES order, then id.
        expect(items.map((e) => e.id)).toEqual(idsOf(selectEntities(entities)));
        const rank = items.map((e) => ENTITY_TYPES.indexOf(e.type as (typeof ENTITY_TYPES)[number]));
        expect(rank).toEqual([...rank].sort((a, b) => a - b));
        expect(new Set(items.map((e) => e.id)).size).toBe(entities.length);
      });

      it('defaults to 50 items and allows at most 200', async () => {
        const body = await json<PageBody>('/v1/entities');
        expect(body.page.limit).toBe(50);
        expect(body.data).toHaveLength(Math.min(50, entities.length));
        const { body: tooMany } = await problem('/v1/entities?limit=201', 400);
        expect(tooMany.errors).toEqual([expect.objectContaining({ in: 'query', name: 'limit' })]);
        await problem('/v1/entities?limit=0', 400);
        await problem('/v1/entities?limit=-5', 400);
        await problem('/v1/entities?limit=ten', 400);
      });

      it('rejects malformed cursors; a cursor past the end gives an empty last page', async () => {
        const { body } = await problem('/v1/entities?cursor=not-a-cursor!', 400);
        expect(body.errors?.[0]?.name).toBe('cursor');
        await problem('/v1/parks?cursor=', 400);
        await problem('/v1/parks?cursor=ABC', 400);
        const past = await json<PageBody>('/v1/parks?cursor=zz');
        expect(past.data).toEqual([]);
        expect(past.page).toMatchObject({ total: parks.length, next: null, nextCursor: null });
      });

      it('fields= returns only the named fields', async () => {
        const body = await json<PageBody>('/v1/parks?fields=id,province');
        for (const park of body.data) expect(Object.keys(park).sort()).toEqual(['id', 'province']);
        const one = await json('/v1/parks/suqian?fields=name');
        expect(one).toEqual({ name: parks.find((p) => p.id === 'suqian')?.name });
        const { body: bad } = await problem('/v1/parks?fields=id,secret', 400);
        expect(bad.errors?.[0]).toMatchObject({ in: 'query', name: 'fields' });
        expect(bad.detail).toMatch(
          /^The query parameter `fields` names an unknown field, "secret"; the fields are id, /,
        );
      });

      it('unknown and repeated query parameters are 400 naming each parameter', async () => {
        const { body } = await problem('/v1/parks?colour=red&limit=2', 400);
        expect(body.errors).toEqual([{ in: 'query', name: 'colour', detail: expect.any(String) }]);
        const { body: repeated } = await problem('/v1/observations?park=suqian&park=chongqing', 400);
        expect(repeated.errors?.[0]).toMatchObject({ name: 'park' });
        expect(repeated.errors?.[0]?.detail).toMatch(/once/);
        await problem('/v1/dataset?all=1', 400);
        await problem('/openapi.json?v=2', 400);
        await problem('/docs?theme=dark', 400);
      });
    });

    describe('CSV', () => {
      const columns = OBSERVATION_CSV_COLUMNS.join(',');

      it('Accept: text/csv returns RFC 4180 CSV with the header row', async () => {
        const res = await get('/v1/parks/chongqing/observations?limit=200', { accept: 'text/csv' });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(res.headers.get('vary')).toMatch(/accept/i);
        const text = await res.text();
        expect(text.endsWith('\r\n')).toBe(true);
        const lines = text.split('\r\n');
        expect(lines[0]).toBe(columns);
        const rows = lines.slice(1, -1);
        expect(rows.map((r) => r.split(',')[0])).toEqual(
          observations.filter((o) => o.parkId === 'chongqing').map((o) => o.id),
        );
      });

      it('format=csv overrides Accept and pages with a Link header', async () => {
        const res = await get('/v1/observations?format=csv&limit=5', { accept: 'application/json' });
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(res.headers.get('link')).toMatch(/^<\/v1\/observations\?.*cursor=.+>; rel="next"$/);
        expect((await res.text()).split('\r\n').filter(Boolean)).toHaveLength(6);
      });

      it('JSON stays the default, also for browsers', async () => {
        const res = await get('/v1/observations?limit=1', { accept: 'text/html,*/*;q=0.8' });
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        await res.arrayBuffer();
      });

      it('fields= shapes JSON only: CSV keeps its columns', async () => {
        const res = await get('/v1/observations?format=csv&fields=id&limit=2');
        expect(res.status).toBe(200);
        expect((await res.text()).split('\r\n')[0]).toBe(columns);
      });
    });

    describe('other collections', () => {
      it('indicators filter by topic', async () => {
        const all = await walk('/v1/indicators');
        expect(all.map((i) => i.key)).toEqual(indicators.map((i) => i.key));
        const rnd = await walk('/v1/indicators?topic=rnd');
        expect(rnd.map((i) => i.key)).toEqual(indicators.filter((i) => i.topic === 'rnd').map((i) => i.key));
      });

      it('articles list and by id', async () => {
        const all = await walk('/v1/articles');
        expect(all.map((a) => a.id)).toEqual(articles.map((a) => a.id));
        const first = articles[0];
        expect(await json(`/v1/articles/${first?.id}`)).toEqual(first);
        await problem('/v1/articles/no-such-article', 404);
        const byPark = await walk('/v1/articles?park=suqian');
        expect(byPark.every((a) => a.parkId === 'suqian')).toBe(true);
      });

      it('events come in date order and filter by park (national events included)', async () => {
        const all = await walk('/v1/events');
        expect(all).toHaveLength(events.length);
        const dates = all.map((e) => e.date as string);
        expect(dates).toEqual([...dates].sort());
        expect(all.map((e) => e.id)).toEqual(idsOf(selectEvents(events)));
        const ofPark = await walk('/v1/events?park=zhangjiang');
        expect(ofPark.every((e) => e.parkId === 'zhangjiang' || e.parkId === null)).toBe(true);
        expect(ofPark.length).toBe(
          events.filter((e) => e.parkId === 'zhangjiang' || e.parkId === null).length,
        );
      });

      it('entities filter by type and park', async () => {
        const unis = await walk('/v1/entities?type=university&park=zhangjiang');
        const expected = entities.filter((e) => e.type === 'university' && e.parkIds.includes('zhangjiang'));
        expect(expected.length).toBeGreaterThan(0);
        expect(unis.map((e) => e.id).sort()).toEqual(idsOf(expected).sort());
        await problem('/v1/entities?type=spaceship', 400);
      });

      it('GET /v1/dataset returns everything with its version', async () => {
        const body = await json<Record<string, unknown[]> & { version: unknown }>('/v1/dataset');
        expect(body.version).toEqual(version);
        expect(body.observations).toHaveLength(observations.length);
        expect(body.entities).toHaveLength(entities.length);
        expect(body.parks).toEqual(parks);
      });
    });

    describe('sources', () => {
      it('lists every source, stored and cited, each matching the documented union', async () => {
        const items = await walk('/v1/sources?limit=200');
        expect(items).toEqual(sources);
        const stored = await walk('/v1/sources?storage=stored');
        expect(stored.map((s) => s.id)).toEqual(idsOf(sources.filter((s) => s.storage === 'stored')));
        expect(stored.length).toBeGreaterThan(0);
        const cited = await walk('/v1/sources?storage=cited&limit=200');
        expect(cited.length + stored.length).toBe(sources.length);
        const trusted = sources.filter((s) => s.storage === 'cited' && s.trust === 'high');
        expect((await walk('/v1/sources?trust=high&limit=200')).map((s) => s.id)).toEqual(idsOf(trusted));
        const kind = sources[0]?.kind as string;
        expect((await walk(`/v1/sources?kind=${kind}&limit=200`)).map((s) => s.id)).toEqual(
          idsOf(sources.filter((s) => s.kind === kind)),
        );
      });

      it('GET /v1/sources/{id} returns either kind; fields= may name the keys of both', async () => {
        const stored = sources.find((s) => s.storage === 'stored');
        const cited = sources.find((s) => s.storage === 'cited');
        expect(await json(`/v1/sources/${stored?.id}`)).toEqual(stored);
        expect(await json(`/v1/sources/${cited?.id}`)).toEqual(cited);
        expect(await json(`/v1/sources/${cited?.id}?fields=id,sha256,trust`)).toEqual({
          id: cited?.id,
          trust: cited?.storage === 'cited' ? cited.trust : undefined,
        });
        expect(await json(`/v1/sources/${stored?.id}?fields=storage,sha256`)).toEqual({
          storage: 'stored',
          sha256: stored?.storage === 'stored' ? stored.sha256 : undefined,
        });
        await problem('/v1/sources/no-such-source', 404);
        await problem(`/v1/sources/${cited?.id}?fields=colour`, 400);
      });

      it('park= lists the sources a zone rests on: its registry citations and the sources its figures quote', async () => {
        for (const id of ['pingdingshan', 'zhongguancun']) {
          const park = parks.find((p) => p.id === id);
          const listed = (await walk(`/v1/sources?park=${id}&limit=200`)).map((s) => s.id as string);
          const citations = new Set(Object.values(park?.registry.citations ?? {}).flat());
          const quoted = new Set(observations.filter((o) => o.parkId === id).map((o) => o.evidence.sourceId));
          expect(new Set(listed)).toEqual(new Set([...citations, ...quoted]));
          expect(listed).toEqual(idsOf(sources).filter((s) => listed.includes(s)));
        }
      });

      it('filters observations by the source their evidence quotes', async () => {
        const page = sources.find((s) => s.storage === 'stored')?.id as string;
        const quoting = observations.filter((o) => o.evidence.sourceId === page);
        expect(quoting.length).toBeGreaterThan(0);
        expect((await walk(`/v1/observations?source=${page}&limit=200`)).map((o) => o.id)).toEqual(
          idsOf(quoting),
        );
        const { body } = await problem('/v1/observations?source=reg-gh', 400);
        expect(body.detail).toBe(
          'The query parameter `source` must be the id of a stored source listed at /v1/sources?storage=stored.',
        );
      });
    });

    describe('claims', () => {
      it('lists the claims, filters them, and serves each with its evidence', async () => {
        expect(claims.length).toBeGreaterThan(0);
        expect(await walk('/v1/claims')).toEqual(claims);
        const park = claims[0]?.parkId as string;
        expect((await walk(`/v1/claims?park=${park}`)).map((c) => c.id)).toEqual(
          idsOf(claims.filter((c) => c.parkId === park)),
        );
        const kind = claims[0]?.kind as string;
        expect((await walk(`/v1/claims?kind=${kind}`)).map((c) => c.id)).toEqual(
          idsOf(claims.filter((c) => c.kind === kind)),
        );
        expect((await walk('/v1/claims?scope=national')).map((c) => c.id)).toEqual(
          idsOf(claims.filter((c) => c.scopes.includes('national'))),
        );
        const first = claims[0];
        expect(await json(`/v1/claims/${first?.id}`)).toEqual(first);
        await problem('/v1/claims/no-such-claim', 404);
        await problem('/v1/claims?scope=galactic', 400);
      });
    });

    describe('search', () => {
      it('finds Pingdingshan for 尼龙 and for nylon', async () => {
        for (const q of ['尼龙', 'nylon', 'NYLON']) {
          const body = await json<PageBody<{ kind: string; id: string; href: string }>>(
            `/v1/search?q=${encodeURIComponent(q)}`,
          );
          expect(
            body.data.some((h) => h.kind === 'park' && h.id === 'pingdingshan'),
            q,
          ).toBe(true);
          expect(body.data.find((h) => h.kind === 'park')?.href).toBe('/v1/parks/pingdingshan');
        }
      });

      it('finds every zone of the registry by its official name and by its English name', async () => {
        for (const park of parks) {
          for (const name of [park.name.zh, park.name.en]) {
            const body = await json<PageBody<{ id: string }>>(
              `/v1/search?kind=park&limit=200&q=${encodeURIComponent(name)}`,
            );
            expect(
              body.data.map((h) => h.id),
              name,
            ).toContain(park.id);
          }
        }
      });

      it('filters by kind and requires q', async () => {
        const body = await json<PageBody<{ kind: string }>>(`/v1/search?q=nylon&kind=entity`);
        expect(body.data.length).toBeGreaterThan(0);
        expect(body.data.every((h) => h.kind === 'entity')).toBe(true);
        const { body: missing } = await problem('/v1/search', 400);
        expect(missing.errors?.[0]).toMatchObject({ name: 'q', detail: 'is required' });
        const blank = await json<PageBody>('/v1/search?q=%20%20');
        expect(blank.data).toEqual([]);
      });

      it('keeps only the requested fields of each hit', async () => {
        const body = await json<PageBody<Record<string, unknown>>>(
          `/v1/search?q=${encodeURIComponent('张江')}&fields=kind,id`,
        );
        expect(body.data[0]).toEqual({ kind: 'park', id: 'zhangjiang' });
        await problem('/v1/search?q=nylon&fields=colour', 400);
      });
    });

    describe('HTTP semantics', () => {
      it('every success has a strong ETag and answers If-None-Match with 304', async () => {
        for (const path of ['/v1/parks/pingdingshan', '/v1/observations?park=zhangjiang', '/openapi.json']) {
          const res = await get(path);
          const etag = res.headers.get('etag');
          expect(etag, path).toMatch(/^"[0-9a-f]{16}(-br|-gzip)?"$/);
          await res.arrayBuffer();
          const again = await get(path, { 'if-none-match': etag as string });
          expect(again.status, path).toBe(304);
          expect(again.headers.get('etag')).toBe(etag);
          expect(await again.text()).toBe('');
          const weak = await get(path, { 'if-none-match': `"nope", W/${etag}` });
          expect(weak.status).toBe(304);
          const other = await get(path, { 'if-none-match': '"0000000000000000"' });
          expect(other.status).toBe(200);
          await other.arrayBuffer();
        }
      });

      it('different representations have different ETags', async () => {
        const a = await get('/v1/parks/pingdingshan');
        const b = await get('/v1/parks/zhangjiang');
        const c = await get('/v1/observations?limit=3', { accept: 'text/csv' });
        const d = await get('/v1/observations?limit=3');
        const tags = [a, b, c, d].map((r) => r.headers.get('etag'));
        expect(new Set(tags).size).toBe(4);
        await Promise.all([a, b, c, d].map((r) => r.arrayBuffer()));
      });

      it('Cache-Control suits data that is immutable per version', async () => {
        const res = await get('/v1/parks');
        expect(res.headers.get('cache-control')).toMatch(/public/);
        expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
        expect(res.headers.get('x-dataset-version')).toBe(version.version);
        await res.arrayBuffer();
        const error = await get('/v1/parks/atlantis');
        expect(error.headers.get('cache-control')).toBe('no-store');
        await error.arrayBuffer();
      });

      it('HEAD returns the headers of GET without a body', async () => {
        const getRes = await get('/v1/parks/suqian');
        const getBody = await getRes.text();
        const head = await fetch(url('/v1/parks/suqian'), { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(head.headers.get('etag')).toBe(getRes.headers.get('etag'));
        expect(head.headers.get('content-type')).toBe(getRes.headers.get('content-type'));
        expect(await head.text()).toBe('');
        expect(getBody.length).toBeGreaterThan(0);
        const headMissing = await fetch(url('/v1/parks/atlantis'), { method: 'HEAD' });
        expect(headMissing.status).toBe(404);
      });

      it('other methods are 405 with Allow', async () => {
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
          const { res } = await problem('/v1/parks/pingdingshan', 405, { method });
          expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
        }
        await problem('/v1/observations', 405, { method: 'POST', body: '{}' });
        await problem('/v1/nothing-here', 404, { method: 'POST', body: '{}' });
      });

      it('CORS is open for reads, with preflight', async () => {
        const res = await get('/v1/parks', { origin: 'https://reader.example' });
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
        await res.arrayBuffer();
        const preflight = await fetch(url('/v1/parks'), {
          method: 'OPTIONS',
          headers: {
            origin: 'https://reader.example',
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'if-none-match',
          },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
        expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
        const error = await get('/v1/parks/atlantis', { origin: 'https://reader.example' });
        expect(error.headers.get('access-control-allow-origin')).toBe('*');
        await error.arrayBuffer();
      });

      it('sends security headers on successes and errors', async () => {
        for (const path of ['/v1/parks', '/v1/parks/atlantis']) {
          const res = await get(path);
          expect(res.headers.get('x-content-type-options')).toBe('nosniff');
          expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
          expect(res.headers.get('referrer-policy')).toBe('no-referrer');
          expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
          await res.arrayBuffer();
        }
      });
    });

    describe('OpenAPI', () => {
      it('serves a valid OpenAPI 3.1 document; /v1 links to each of its operations', async () => {
        const doc = await json<OpenApiDocument>('/openapi.json');
        expect(doc.openapi).toBe('3.1.0');
        const result = await validate(structuredClone(doc) as never);
        expect(result.valid ? [] : result.errors).toEqual([]);
        const index = await json<{ links: Record<string, string> }>('/v1');
        const operations = Object.entries(doc.paths).map(([path, item]) => [item.get?.operationId, path]);
        expect(operations.length).toBeGreaterThan(10);
        for (const [operationId, path] of operations) {
          expect(operationId, path).toMatch(/^[a-z][A-Za-z]+$/);
          expect(index.links[operationId as string]?.split('{?')[0]).toBe(path);
        }
      });

      it('every path parameter example is a real record: each operation answers 200 with its examples', async () => {
        for (const [template, item] of Object.entries(contract.document.paths)) {
          const parameters = item.get?.parameters ?? [];
          let path = template;
          for (const p of parameters.filter((p) => p.in === 'path')) {
            const example = (p.schema.example ?? (p as { example?: unknown }).example) as string | undefined;
            expect(example, `${template} {${p.name}} has an example`).toBeTypeOf('string');
            path = path.replace(`{${p.name}}`, encodeURIComponent(example as string));
          }
          const required = parameters.filter((p) => p.in === 'query' && p.required);
          const query = encodeQuery(required.map((p) => [p.name, String(p.schema.example ?? 'a')]));
          const res = await get(query ? `${path}?${query}` : path);
          expect(res.status, path).toBe(200);
          await res.arrayBuffer();
        }
      });

      it('documents parameters with the constraints the server enforces', async () => {
        const params = contract.document.paths['/v1/observations']?.get?.parameters ?? [];
        const limit = params.find((p) => p.name === 'limit');
        expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
        const park = params.find((p) => p.name === 'park');
        expect(park?.schema.enum).toEqual(PARK_IDS);
        const indicator = params.find((p) => p.name === 'indicator');
        expect(indicator?.schema.enum).toEqual(indicators.map((i) => i.key));
        const fields = params.find((p) => p.name === 'fields');
        expect(fields).toMatchObject({ style: 'form', explode: false, schema: { type: 'array' } });
      });

      const RUNS = 12;
      it(`accepts every request its parameter schemas allow (${RUNS} generated per operation)`, async () => {
        for (const [template, item] of Object.entries(contract.document.paths)) {
          const parameters = (item.get?.parameters ?? []) as Parameter[];
          const optional = parameters.filter((p) => p.in === 'query' && !p.required);
          const required = parameters.filter((p) => p.in === 'query' && p.required);
          const pathParams = parameters.filter((p) => p.in === 'path');
          const request = fc.record({
            path: fc.tuple(...pathParams.map((p) => fc.constant(String(p.schema.example))), fc.constant('')),
            required: fc.tuple(...required.map((p) => validValue(p)), fc.constant('')),
            chosen: fc.subarray(optional),
            seed: fc.integer(),
          });
          await fc.assert(
            fc.asyncProperty(request, async ({ path, required: values, chosen, seed }) => {
              let target = template;
              pathParams.forEach((p, i) => {
                target = target.replace(`{${p.name}}`, encodeURIComponent(path[i] as string));
              });
              const entries: [string, string][] = required.map((p, i) => [p.name, values[i] as string]);
              for (const [i, p] of chosen.entries()) {
                const [value] = fc.sample(validValue(p), { seed: seed + i, numRuns: 1 });
                entries.push([p.name, value as string]);
              }
              const query = encodeQuery(entries);
              const res = await get(query ? `${target}?${query}` : target);
              expect(res.status, `${target}?${query}`).toBe(200);
              await res.arrayBuffer();
            }),
            { seed: SEED, numRuns: RUNS },
          );
        }
      });

      it(`answers requests its parameter schemas forbid with a documented 400 naming the parameter`, async () => {
        for (const [template, item] of Object.entries(contract.document.paths)) {
          const parameters = (item.get?.parameters ?? []) as Parameter[];
          let base = template;
          for (const p of parameters.filter((p) => p.in === 'path')) {
            base = base.replace(`{${p.name}}`, String(p.schema.example));
          }
          const required = parameters.filter((p) => p.in === 'query' && p.required);
          const requiredEntries: [string, string][] = required.map((p) => [p.name, String(p.schema.example)]);
          for (const parameter of parameters.filter((p) => p.in === 'query')) {
            const invalid = invalidValue(parameter);
            if (!invalid) continue;
            await fc.assert(
              fc.asyncProperty(invalid, async (value) => {
                const entries = requiredEntries.filter(([name]) => name !== parameter.name);
                const target = `${base}?${encodeQuery([...entries, [parameter.name, value]])}`;
                const res = await get(target);
                expect(res.status, target).toBe(400);
                const body = (await res.json()) as { errors: { name: string }[]; detail: string };
                expect(body.errors.map((e) => e.name)).toContain(parameter.name);
                expect(body.detail).toMatch(
                  /^(The query parameter `[^`]+` .+\.|\d+ query parameters are invalid: .+\.)$/,
                );
              }),
              { seed: SEED, numRuns: 6 },
            );
          }
          if (required.length > 0) {
            const res = await get(base);
            expect(res.status, `${base} without required parameters`).toBe(400);
            await res.arrayBuffer();
          }
        }
      });

      it('GET /docs is self-contained: its scripts come from the API, and its CSP allows only them', async () => {
        const res = await get('/docs');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toMatch(/default-src 'none'/);
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toMatch(/https?:|\*/);
        const html = await res.text();
        expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
        const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] as string);
        expect(scripts.length).toBeGreaterThan(0);
        for (const src of scripts) {
          expect(src.startsWith('/')).toBe(true);
          const script = await get(src);
          expect(script.status, src).toBe(200);
          expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
          expect((await script.text()).length).toBeGreaterThan(0);
        }
        const init = await (await get('/docs/init.js')).text();
        expect(init).toContain('/openapi.json');
      });
    });

    describe('compression', () => {
      it(
        traits.compresses
          ? 'sends precomputed brotli or gzip by Accept-Encoding, with Vary and one ETag per encoding'
          : 'leaves compression to the runtime and edge: the app never sets Content-Encoding itself',
        async () => {
          const path = '/v1/dataset';
          const raw = async (encoding: string, extra: Record<string, string> = {}) => {
            const { request } = await import('node:http');
            const target = new URL(url(path));
            return new Promise<{
              status: number;
              headers: Record<string, string | string[] | undefined>;
              bytes: number;
            }>((resolve, reject) => {
              const req = request(
                {
                  host: target.hostname,
                  port: target.port,
                  path,
                  headers: { 'accept-encoding': encoding, ...extra },
                },
                (res) => {
                  let bytes = 0;
                  res.on('data', (chunk: Buffer) => {
                    bytes += chunk.length;
                  });
                  res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
                },
              );
              req.on('error', reject);
              req.end();
            });
          };
          const identity = await raw('identity');
          expect(identity.headers['content-encoding']).toBeUndefined();
          const br = await raw('gzip, deflate, br');
          const gzip = await raw('gzip');
          if (!traits.compresses) {
            // workerd (like Cloudflare's edge) may gzip the identity body once; the app adds no coding of its own.
            for (const r of [br, gzip]) {
              expect(String(r.headers['content-encoding'] ?? 'identity')).toMatch(/^(identity|gzip|br)$/);
              expect(String(r.headers.etag)).toMatch(/^(W\/)?"[0-9a-f]{16}"$/);
            }
            return;
          }
          expect(br.headers['content-encoding']).toBe('br');
          expect(gzip.headers['content-encoding']).toBe('gzip');
          expect(br.bytes).toBeLessThan(identity.bytes / 3);
          expect(gzip.bytes).toBeLessThan(identity.bytes / 3);
          expect(Number(br.headers['content-length'])).toBe(br.bytes);
          for (const r of [identity, br, gzip]) expect(String(r.headers.vary)).toMatch(/accept-encoding/i);
          const tags = [identity, br, gzip].map((r) => r.headers.etag);
          expect(new Set(tags).size).toBe(3);
          const notModified = await raw('br', { 'if-none-match': String(br.headers.etag) });
          expect(notModified.status).toBe(304);
          expect(notModified.headers.etag).toBe(br.headers.etag);
          expect(notModified.bytes).toBe(0);
          const otherEncoding = await raw('gzip', { 'if-none-match': String(br.headers.etag) });
          expect(otherEncoding.status).toBe(200);
          const head = await fetch(url(path), { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
          expect(head.headers.get('etag')).toBe(br.headers.etag);
        },
      );
    });

    describe('typed client', () => {
      it('reads a park and a filtered list with types from the app', async () => {
        const api = createClient(baseUrl(), { fetch });
        const res = await api.v1.parks[':id'].$get({ param: { id: 'chongqing' }, query: {} });
        expect(res.status).toBe(200);
        if (res.status !== 200) return;
        const park = await res.json();
        expect(park.name?.en).toBe(parks.find((p) => p.id === 'chongqing')?.name.en);

        const list = await api.v1.observations.$get({ query: { park: 'suqian', limit: '3', sort: 'id' } });
        expect(list.status).toBe(200);
        if (list.status !== 200) return;
        const body = await list.json();
        if (typeof body !== 'object' || !('data' in body)) throw new Error('expected JSON');
        expect(body.data).toHaveLength(3);
        expect(body.data.every((o) => o.parkId === 'suqian')).toBe(true);
        expect(body.page.total).toBe(observations.filter((o) => o.parkId === 'suqian').length);
      });

      it('surfaces problems with their status', async () => {
        const api = createClient(baseUrl(), { fetch });
        const res = await api.v1.parks[':id'].$get({ param: { id: 'atlantis' }, query: {} });
        expect(res.status).toBe(404);
        if (res.status !== 404) return;
        const body = await res.json();
        expect(body.type).toBe('/problems/not-found');
      });
    });
  });
}
