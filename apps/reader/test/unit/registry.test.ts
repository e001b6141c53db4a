import { parks, registry, sources } from '@hitech/data';
import { CONFIDENCE_EXPLANATIONS } from '@hitech/data/vocabulary';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { describeApprovals, yearColumns } from '../../src/lib/chart';
import ApprovalsChart from '../../src/lib/components/ApprovalsChart.svelte';
import ZoneIdentity from '../../src/lib/components/ZoneIdentity.svelte';
import { LANG_CONTEXT } from '../../src/lib/context';
import type { Lang } from '../../src/lib/i18n';
import { approvalsPerYear, directoryView, figureView, zoneView } from '../../src/lib/server/views';

const inLang = (lang: Lang) => new Map([[LANG_CONTEXT, lang]]);
const strip = (html: string) => html.replace(/<!--.*?-->/g, '');
const decodeEntities = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe('directory', () => {
  const provinces = directoryView();

  test('lists every zone of the data exactly once, under its own province', () => {
    const listed = provinces.flatMap((p) => p.zones.map((z) => z.id));
    expect(listed).toHaveLength(parks.length);
    expect(new Set(listed)).toEqual(new Set(parks.map((p) => p.id)));
    for (const province of provinces) {
      for (const zone of province.zones) {
        expect(parks.find((p) => p.id === zone.id)?.province.code, zone.id).toBe(province.code);
      }
    }
  });

  test('one group per province of the data, each named in both languages', () => {
    expect(provinces.map((p) => p.code)).toEqual([...new Set(parks.map((p) => p.province.code))].sort());
    for (const p of provinces) expect(p.name.zh).not.toBe(p.name.en);
  });

  test('each zone has its approval year from the data and a short line in both languages', () => {
    for (const zone of provinces.flatMap((p) => p.zones)) {
      const park = parks.find((p) => p.id === zone.id);
      expect(zone.year, zone.id).toBe(
        park?.registry.approved ? Number(park.registry.approved.slice(0, 4)) : null,
      );
      expect(zone.summary.zh.length).toBeGreaterThan(0);
      expect(zone.summary.en.length).toBeGreaterThan(0);
      expect(zone.reported).toBe(park?.articleId !== null);
    }
  });
});

describe('approvals per year', () => {
  const approvals = approvalsPerYear();

  test('the counts add up to the zones of the data and match them year by year', () => {
    expect(approvals.total).toBe(parks.length);
    expect(approvals.years.reduce((n, y) => n + y.count, 0) + approvals.undated).toBe(parks.length);
    expect(approvals.undated).toBe(parks.filter((p) => p.registry.approved === null).length);
    for (const { year, count } of approvals.years) {
      expect(count, String(year)).toBe(
        parks.filter((p) => p.registry.approved?.startsWith(String(year))).length,
      );
    }
  });

  test('the text alternative reads the count of every year with approvals, and the undated', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = describeApprovals(lang, approvals, lang === 'en' ? 'Unknown' : '不明');
      const read = [...text.matchAll(/(\d{4}|Unknown|不明)[:：] ?(\d+)/g)].map((m) => [m[1], Number(m[2])]);
      const expected = [
        ...approvals.years.filter((y) => y.count > 0).map((y) => [String(y.year), y.count]),
        [lang === 'en' ? 'Unknown' : '不明', approvals.undated],
      ];
      expect(read).toEqual(expected);
    }
  });

  test('the chart draws one column per year with approvals, as tall as its count allows', () => {
    const html = strip(render(ApprovalsChart, { props: { approvals }, context: inLang('en') }).body);
    const drawn = [...html.matchAll(/data-year="(\d+)" data-count="(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(drawn).toEqual(approvals.years.filter((y) => y.count > 0).map((y) => [y.year, y.count]));
    expect(html).toContain('role="img"');
    const columns = yearColumns(approvals, 320, 120);
    const tallest = Math.max(...columns.map((c) => c.height));
    expect(tallest).toBe(120);
    // The table carries the same counts.
    const rows = [...html.matchAll(/<th scope="row">(\d{4})<\/th><td>(\d+)<\/td>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(rows).toEqual(drawn);
  });
});

describe('a registry zone page', () => {
  const park = parks.find((p) => p.articleId === null && p.registry.citations.approved.length > 0);
  if (!park) throw new Error('no registry zone with a dated citation');
  const view = zoneView(park.id);

  test('shows its identity facts from the data', () => {
    expect(view.reported).toBe(false);
    expect(view.figureCount).toBe(0);
    expect(view.identity.names.zh).toBe(park.name.zh);
    expect(view.identity.approved?.iso ?? null).toBe(park.registry.approved);
    expect(view.identity.documentNumber).toBe(park.registry.documentNumber);
    expect(view.identity.nbsCode).toBe(park.registry.nbsCode);
  });

  test('cites every source the data cites for it, each once, with the facts it backs', () => {
    const cited = new Set(Object.values(park.registry.citations).flat());
    expect(new Set(view.identity.citations.map((c) => c.id))).toEqual(cited);
    for (const c of view.identity.citations) {
      const source = sources.find((s) => s.id === c.id);
      expect(c.title).toEqual(source?.title ?? null);
      expect(c.url).toBe(source?.url ?? null);
      for (const fact of c.facts) {
        expect((park.registry.citations[fact] as readonly string[]).includes(c.id)).toBe(true);
      }
    }
  });

  test.each(['zh', 'en'] as const)(
    'renders citations with links and the confidence in plain words (%s)',
    (lang) => {
      const html = decodeEntities(
        strip(render(ZoneIdentity, { props: { identity: view.identity }, context: inLang(lang) }).body),
      );
      expect(html).toContain(CONFIDENCE_EXPLANATIONS[park.registry.confidence][lang]);
      for (const c of view.identity.citations) {
        if (c.url) expect(html).toContain(`href="${c.url}"`);
        if (c.title) expect(html).toContain(c.title[lang]);
      }
      expect(html).toContain(park.name.en);
    },
  );

  test('the four reported zones keep their rich view and gain the identity and their claims', () => {
    for (const id of ['pingdingshan', 'zhangjiang', 'chongqing', 'suqian']) {
      const rich = zoneView(id);
      expect(rich.reported).toBe(true);
      expect(rich.figureCount).toBeGreaterThan(0);
      expect(rich.article).not.toBeNull();
      expect(rich.identity.citations.length).toBeGreaterThan(0);
      expect(rich.claims.length).toBeGreaterThan(0);
    }
  });

  test('the registry states its completeness', () => {
    expect(registry.zones).toBe(parks.length);
  });
});

describe('a figure names its source', () => {
  test('the page prints no title, date or publisher: the view says so with nulls, and gives the column', () => {
    const view = figureView('pds-signed-investment-2021');
    expect(view.source.kind).toBe('newspaper-page');
    expect(view.source.series?.zh).toBe('国家高新区高质量发展在行动');
    expect(view.source.title).toBeNull();
    expect(view.source.date).toBeNull();
    expect(view.source.publisher).toBeNull();
    expect(view.source.referenceYear?.value).toBe(2021);
  });
});
