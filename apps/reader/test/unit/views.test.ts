import { brotliCompressSync } from 'node:zlib';
import { observations, parks } from '@hitech/data';
import { createSearch } from '@hitech/data/query';
import { describe, expect, test } from 'vitest';
import { hitLink } from '../../src/lib/search';
import { compareView, figureView, homeView, searchIndex, zoneView } from '../../src/lib/server/views';

describe('figures are formatted for both languages', () => {
  test.each([
    ['pds-signed-projects-2021', '47个', '47 projects', '2021年1—10月'],
    ['pds-signed-investment-2021', '62亿元', 'CNY 6.2 billion', '2021年1—10月'],
    ['cq-cooperation-investment', '超300亿元', 'more than CNY 30 billion', null],
    ['cq-rnd-institutions', '近500家', 'nearly 500 institutions', '2021年'],
  ])('%s', (id, zh, en, periodZh) => {
    const view = figureView(id);
    expect(view.card.value).toEqual({ zh, en });
    expect(view.card.period?.zh ?? null).toBe(periodZh);
  });

  test('a figure view carries its evidence, its parts and its zone', () => {
    const view = figureView('pds-signed-investment-2021');
    expect(view.evidence).toEqual({ before: '总投资', figure: '62亿元', after: '' });
    expect(view.source.headline?.zh).toBe('平顶山高新区：“中原煤仓”转型密码');
    expect(view.zone).toEqual({
      id: 'pingdingshan',
      name: { zh: '平顶山高新区', en: 'Pingdingshan High-Tech Zone' },
    });
    expect(view.parts.map((p) => p.value.zh).sort()).toEqual(['30亿元', '32亿元']);
    expect(view.absolute).toBe(6_200_000_000);
  });

  test('an unknown figure is an error, not an empty page', () => {
    expect(() => figureView('no-such-figure')).toThrow();
  });
});

describe('zone view', () => {
  test('every observation of the zone appears once, grouped by topic', () => {
    for (const park of parks) {
      const view = zoneView(park.id);
      const shown = view.topics.flatMap((t) => t.figures.map((f) => f.id)).sort();
      const expected = observations
        .filter((o) => o.parkId === park.id)
        .map((o) => o.id)
        .sort();
      expect(shown, park.id).toEqual(expected);
      expect(view.figureCount).toBe(expected.length);
      expect(new Set(view.topics.map((t) => t.topic)).size).toBe(view.topics.length);
    }
  });

  test('the timeline is in date order and includes the national opinion', () => {
    const view = zoneView('pingdingshan');
    const dates = view.timeline.map((t) => t.iso);
    expect(dates).toEqual([...dates].sort());
    expect(view.timeline.find((t) => t.national)?.iso).toBe('2020-07-13');
  });

  test('the report: reporter, headline and the page’s own defects', () => {
    const view = zoneView('pingdingshan');
    expect(view.article?.reporter).toEqual({ zh: '李洋', en: 'Li Yang' });
    expect(view.article?.headline.zh).toBe('平顶山高新区：“中原煤仓”转型密码');
    expect(view.article?.defects.map((d) => d.kind)).toContain('split-word');
  });
});

describe('home and compare', () => {
  test('home has the opinion and one card per zone with headline figures', () => {
    const view = homeView();
    expect(view.policy.iso).toBe('2020-07-13');
    expect(view.policy.issued).toEqual({ zh: '2020年7月13日', en: '13 July 2020' });
    expect(view.goals).toHaveLength(2);
    expect(view.zones.map((z) => z.id)).toEqual(['pingdingshan', 'zhangjiang', 'chongqing', 'suqian']);
    expect(view.zones[0]?.highlights[0]?.figure?.value.zh).toBe('47个');
  });

  test('compare groups chart values in absolute units', () => {
    const groups = compareView();
    const investment = groups.find((g) => g.key === 'signed-project-investment');
    expect(investment?.bars.map((b) => [b.parkId, b.value])).toEqual([
      ['pingdingshan', 6_200_000_000],
      ['chongqing', 30_000_000_000],
    ]);
    for (const group of groups) expect(new Set(group.bars.map((b) => b.parkId)).size).toBeGreaterThan(1);
  });
});

describe('search over the downloaded index', () => {
  const index = searchIndex();
  const search = createSearch(index);

  test.each([
    ['新材料', 'pingdingshan'],
    ['new materials', 'pingdingshan'],
    ['张江', 'zhangjiang'],
    ['Chongqing', 'chongqing'],
  ])('%s finds %s first', (query, park) => {
    const [first] = search(query);
    expect(first?.kind).toBe('park');
    expect(first?.id).toBe(park);
  });

  test('the index is small enough to download on a phone', () => {
    // Brotli, as the static server sends it; it now carries every zone of the registry.
    expect(brotliCompressSync(JSON.stringify(index)).length).toBeLessThan(40_000);
  });

  test('every zone of the registry is found by its pinyin, its short English name and its Chinese short name', () => {
    expect(index.parks).toHaveLength(parks.length);
    for (const park of parks) {
      for (const query of [park.name.pinyin, park.name.enShort, park.name.zhShort]) {
        const ids = search(query, { kinds: ['park'] }).map((hit) => hit.id);
        expect(ids, `${query} → ${park.id}`).toContain(park.id);
      }
    }
  });

  test('hits lead to a page', () => {
    const links = search('实验室').map((hit) => hitLink(hit, index).href);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/(zones|figures|compare)\/|^\/$/);
    expect(hitLink({ kind: 'park', id: 'suqian', parkIds: ['suqian'] }, index).href).toBe('/zones/suqian/');
    expect(hitLink({ kind: 'entity', id: 'x', parkIds: ['chongqing'] }, index)).toEqual({
      href: '/zones/chongqing/#entity-x',
      zone: { zh: '重庆高新区', en: 'Chongqing High-Tech Zone' },
    });
    // Only Pingdingshan states a zone-wide count, so the indicator leads to that figure.
    expect(hitLink({ kind: 'indicator', id: 'high-tech-enterprises', parkIds: [] }, index).href).toBe(
      '/figures/pds-high-tech-enterprises-2021/',
    );
    const twoZones = {
      zoneNames: index.zoneNames,
      figures: {
        shared: [
          { ...index.figures['rnd-intensity']![0]!, parkId: 'suqian' },
          index.figures['rnd-intensity']![0]!,
        ],
      },
    };
    expect(hitLink({ kind: 'indicator', id: 'shared', parkIds: [] }, twoZones).href).toBe('/compare/');
    expect(hitLink({ kind: 'indicator', id: 'rnd-intensity', parkIds: [] }, index).href).toBe(
      '/figures/cq-rnd-intensity/',
    );
  });
});
