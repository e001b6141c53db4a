import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import BarChart from '../../src/lib/components/BarChart.svelte';
import Figure from '../../src/lib/components/Figure.svelte';
import OfflineBadge from '../../src/lib/components/OfflineBadge.svelte';
import T from '../../src/lib/components/T.svelte';
import Timeline from '../../src/lib/components/Timeline.svelte';
import ZoneCard from '../../src/lib/components/ZoneCard.svelte';
import { LANG_CONTEXT } from '../../src/lib/context';
import type { Lang } from '../../src/lib/i18n';
import type { BarDatum, FigureCard, ZoneCardData } from '../../src/lib/types';

/** The page's language, as the layout provides it. */
const inLang = (lang: Lang) => new Map([[LANG_CONTEXT, lang]]);

/** Text of the page with tags and Svelte's hydration comments removed. */
const strip = (html: string) => html.replace(/<!--.*?-->/g, '');

const figure: FigureCard = {
  id: 'demo-figure',
  parkId: 'demo',
  indicator: 'signed-projects',
  label: { zh: '签约项目', en: 'Signed projects' },
  value: { zh: '47个', en: '47 projects' },
  status: 'target',
  qualifier: 'exact',
  period: { zh: '2021年', en: '2021' },
};

describe('T', () => {
  test('renders the page language only', () => {
    const t = { zh: '搜索', en: 'Search' };
    expect(strip(render(T, { props: { t }, context: inLang('zh') }).body)).toBe('搜索');
    expect(strip(render(T, { props: { t }, context: inLang('en') }).body)).toBe('Search');
  });

  test('is Chinese where no language is provided', () => {
    expect(strip(render(T, { props: { t: { zh: '搜索', en: 'Search' } } }).body)).toBe('搜索');
  });
});

describe('Figure', () => {
  test('links to the figure page and shows value, label, period and a non-achieved status', () => {
    const html = strip(render(Figure, { props: { figure }, context: inLang('zh') }).body);
    expect(html).toContain('href="/figures/demo-figure/"');
    expect(html).toContain('>47个<');
    expect(html).not.toContain('47 projects');
    expect(html).toContain('>签约项目<');
    expect(html).toContain('>2021年<');
    expect(html).toContain('>目标<');
  });

  test('in English it links to the English figure page and says everything in English', () => {
    const html = strip(render(Figure, { props: { figure }, context: inLang('en') }).body);
    expect(html).toContain('href="/en/figures/demo-figure/"');
    expect(html).toContain('>47 projects<');
    expect(html).toContain('>Signed projects<');
    expect(html).toContain('>Target<');
    expect(html).not.toMatch(/\p{Script=Han}/u);
  });

  test('an achieved figure carries no status tag, and a caption replaces the label', () => {
    const html = strip(
      render(Figure, {
        props: { figure: { ...figure, status: 'reported' }, caption: { zh: '亮点', en: 'Highlight' } },
      }).body,
    );
    expect(html).not.toContain('class="tag"');
    expect(html).toContain('>亮点<');
    expect(html).not.toContain('>签约项目<');
  });
});

describe('BarChart', () => {
  const bars: BarDatum[] = [
    {
      parkId: 'a',
      zone: { zh: '甲区', en: 'Zone A' },
      value: 300,
      display: { zh: '300家', en: '300 institutions' },
      label: { zh: '机构', en: 'Institutions' },
      period: null,
      figureId: 'fig-a',
      qualifier: 'exact',
      status: 'reported',
    },
    {
      parkId: 'b',
      zone: { zh: '乙区', en: 'Zone B' },
      value: 100,
      display: { zh: '100家', en: '100 institutions' },
      label: { zh: '机构', en: 'Institutions' },
      period: { zh: '2021年', en: '2021' },
      figureId: 'fig-b',
      qualifier: 'exact',
      status: 'reported',
    },
  ];
  const html = strip(
    render(BarChart, {
      props: { id: 'c1', title: { zh: '研发机构', en: 'R&D' }, bars },
      context: inLang('zh'),
    }).body,
  );

  test('is an image named by its title and described by its values', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="c1-title c1-desc"/);
    expect(html).toContain('<title id="c1-title">条形图: 研发机构</title>');
    expect(html).toContain('<desc id="c1-desc">甲区：300家；乙区：100家</desc>');
  });

  test('draws one bar per zone, proportional to the values', () => {
    const widths = [...html.matchAll(/<rect class="chart-bar"[^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(116);
    expect(widths[1]).toBe(39);
  });

  test('has a table with a link to every figure', () => {
    expect(html).toContain('<table');
    expect(html).toContain('href="/figures/fig-a/"');
    expect(html).toContain('href="/figures/fig-b/"');
    expect(html.match(/<th scope="row">/g)).toHaveLength(2);
  });

  test('in English the chart reads out in English and links to English pages', () => {
    const en = strip(
      render(BarChart, {
        props: { id: 'c1', title: { zh: '研发机构', en: 'R&D' }, bars },
        context: inLang('en'),
      }).body,
    );
    expect(en).toContain('<title id="c1-title">Bar chart: R&amp;D</title>');
    expect(en).toContain('<desc id="c1-desc">Zone A: 300 institutions; Zone B: 100 institutions</desc>');
    expect(en).toContain('href="/en/figures/fig-a/"');
  });
});

describe('ZoneCard, Timeline and OfflineBadge', () => {
  const zone: ZoneCardData = {
    id: 'demo',
    name: { zh: '示范区', en: 'Demo Zone' },
    place: { zh: '某省', en: 'Some Province' },
    leadingIndustries: [{ zh: '新材料', en: 'New materials' }],
    summary: { zh: '概要文字', en: 'Summary text' },
    highlights: [
      { text: { zh: '一', en: 'One' }, figure },
      { text: { zh: '二', en: 'Two' }, figure: null },
      { text: { zh: '三', en: 'Three' }, figure: { ...figure, id: 'second' } },
      { text: { zh: '四', en: 'Four' }, figure: { ...figure, id: 'third' } },
    ],
  };

  test('a zone card names the zone, links to it and shows at most two figures', () => {
    const html = strip(render(ZoneCard, { props: { zone }, context: inLang('zh') }).body);
    expect(html).toContain('href="/zones/demo/"');
    expect(html).toMatch(/<h3 id="zone-demo">/);
    expect(html).toContain('>新材料<');
    expect(html.match(/class="figure"/g)).toHaveLength(2);
    expect(html).toContain('/figures/second/');
    expect(html).not.toContain('/figures/third/');
  });

  test('the timeline marks each date with a machine-readable time', () => {
    const html = strip(
      render(Timeline, {
        props: {
          items: [
            {
              id: 'e1',
              date: { zh: '2020年起', en: 'since 2020' },
              iso: '2020/..',
              kind: 'policy',
              title: { zh: '事件', en: 'Event' },
              national: true,
            },
          ],
        },
      }).body,
    );
    expect(html).toContain('<time datetime="2020">2020年起</time>');
    expect(html).toContain('<span class="tag">政策 · 全国</span>');
  });

  test('the offline badge is hidden until the browser reports no connection', () => {
    const html = strip(render(OfflineBadge).body);
    expect(html).toMatch(/<div class="offline" role="status"[^>]*hidden/);
  });
});
