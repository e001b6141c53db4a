import { describe, expect, it } from 'vitest';
import {
  absoluteValue,
  entitiesOfPark,
  eventsOfPark,
  formatValue,
  indicatorByKey,
  indicators,
  observationById,
  observations,
  observationsOfPark,
  observationsToCsv,
  parkById,
  periodsOverlap,
  search,
} from '../src/index.js';

const get = (id: string) => {
  const found = observationById(id);
  if (!found) throw new Error(`no observation ${id}`);
  return found;
};

describe('look-ups', () => {
  it('find records by id and return undefined for unknown ids', () => {
    expect(parkById('suqian')?.name.zhShort).toBe('宿迁高新区');
    expect(parkById('shenzhen')?.name.zh).toBe('深圳市高新技术产业园区');
    expect(parkById('beijing')).toBeUndefined();
    expect(indicatorByKey('rnd-intensity')?.topic).toBe('rnd');
    expect(get('cq-rnd-intensity').value).toBe(4.9);
  });
});

describe('absoluteValue', () => {
  it.each([
    ['pds-signed-investment-2021', 6_200_000_000],
    ['pds-key-projects-investment-2021', 31_320_000_000],
    ['cq-loans-issued', 695_000_000],
    ['cq-loan-cap', 5_000_000],
    ['zj-sci-papers', 10_000],
    ['pds-pv-module-capacity', 30_000_000],
    ['cq-rnd-intensity', 4.9],
    ['pds-pv-build-days-2020', 181],
  ])('%s is %d', (id, expected) => {
    expect(absoluteValue(get(id))).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    ['pds-signed-investment-2021', '62亿元', 'CNY 6.2 billion'],
    ['pds-key-projects-investment-2021', '313.2亿元', 'CNY 31.32 billion'],
    ['zj-tax-relief', '超300亿元', 'more than CNY 30 billion'],
    ['cq-rnd-institutions', '近500家', 'nearly 500 institutions'],
    ['cq-innovation-fund-2020', '超7000万元', 'more than CNY 70 million'],
    ['cq-loans-issued', '6.95亿元', 'CNY 695 million'],
    ['cq-one-stop-services', '1481项', '1,481 items'],
    ['pds-high-tech-enterprises-growth-2021', '27.3%', '27.3%'],
    ['cq-innovation-talents', '105人次', '105 person-times'],
    ['sq-innovation-centre-area', '200亩', '200 mu'],
    ['zj-sci-papers', '超1万篇', 'more than 10,000 papers'],
  ])('%s reads %s / %s', (id, zh, en) => {
    expect(formatValue(get(id), 'zh-CN')).toBe(zh);
    expect(formatValue(get(id), 'en')).toBe(en);
  });

  it('treats any zh locale as Chinese and any other as English', () => {
    const obs = get('pds-signed-investment-2021');
    expect(formatValue(obs, 'zh-Hans-CN')).toBe('62亿元');
    expect(formatValue(obs, 'en-GB')).toBe('CNY 6.2 billion');
    // @ts-expect-error: not a language the package writes; JavaScript callers still get English
    expect(formatValue(obs, 'fr')).toBe('CNY 6.2 billion');
  });

  it('uses the singular for one', () => {
    expect(formatValue({ value: 1, unitMult: 0, unit: 'day', qualifier: 'exact' }, 'en')).toBe('1 day');
  });
});

describe('observationsOfPark', () => {
  it('returns only that park', () => {
    const found = observationsOfPark('zhangjiang');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((o) => o.parkId))).toEqual(new Set(['zhangjiang']));
  });

  it('filters by indicator, topic, unit and period', () => {
    expect(observationsOfPark('pingdingshan', { indicator: 'signed-projects' }).map((o) => o.value)).toEqual([
      47, 32, 15,
    ]);
    const finance = observationsOfPark('chongqing', { topic: 'finance' });
    expect(finance.map((o) => o.id).sort()).toEqual(
      [
        'cq-innovation-fund-2020',
        'cq-loan-cap',
        'cq-loan-cap-before',
        'cq-loan-recipients',
        'cq-loans-issued',
      ].sort(),
    );
    expect(
      observationsOfPark('chongqing', { unit: 'percent' })
        .map((o) => o.value)
        .sort(),
    ).toEqual([100, 4.9]);
    expect(observationsOfPark('pingdingshan', { period: '2020' }).map((o) => o.id)).toEqual([
      'pds-pv-build-days-2020',
    ]);
  });

  it('returns nothing for an unknown park', () => {
    // @ts-expect-error: not a park id; untyped callers get an empty list
    expect(observationsOfPark('nowhere')).toEqual([]);
  });
});

describe('periodsOverlap', () => {
  it.each([
    ['2021', '2021-01/2021-10', true],
    ['2020', '2021-01/2021-10', false],
    ['2021-11', '2021-01/2021-10', false],
    ['2025', '2020/..', true],
    ['2019', '2020/..', false],
    ['2020-02', '2020-02-29', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
  });
});

describe('timeline and entities of a park', () => {
  it('lists events in date order, including those for every zone', () => {
    const dates = eventsOfPark('pingdingshan').map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2018');
    expect(dates).toContain('2020-07-13');
  });
  it('lists entities tied to a park', () => {
    const names = entitiesOfPark('chongqing').map((e) => e.name.zh);
    expect(names).toContain('中科院重庆科学中心');
    expect(names).not.toContain('平高集团');
  });
});

describe('search', () => {
  it.each([
    ['尼龙', 'pingdingshan'],
    ['nylon', 'pingdingshan'],
    ['NYLON', 'pingdingshan'],
    ['张江', 'zhangjiang'],
    ['Zhangjiang', 'zhangjiang'],
    ['宿迁', 'suqian'],
    ['science city', 'chongqing'],
  ])('%s finds the %s zone', (q, park) => {
    const hits = search(q);
    expect(hits.some((h) => h.kind === 'park' && h.id === park)).toBe(true);
  });

  it('ranks the zone first for its leading industry', () => {
    expect(search('新材料')[0]).toMatchObject({ kind: 'park', id: 'pingdingshan' });
  });

  it('finds entities and indicators too', () => {
    expect(search('李政道').map((h) => h.id)).toContain('tsung-dao-lee-institute');
    expect(search('R&D intensity').map((h) => h.id)).toContain('rnd-intensity');
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzzz-no-such-thing')).toEqual([]);
  });

  it('requires every term to match', () => {
    expect(search('nylon shanghai')).toEqual([]);
  });
});

describe('observationsToCsv', () => {
  /** A small RFC 4180 reader, written independently of the writer under test. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += c;
    }
    return rows;
  }

  it('quotes a field that holds a quote, a comma or a line break, and reads back the same', () => {
    const base = observations[0]!;
    const tricky = {
      ...base,
      label: { zh: '含"引号",和逗号', en: 'a "quoted" label,\r\nover two lines' },
      evidence: { ...base.evidence, quote: '第一行\n第二行' },
    };
    const text = observationsToCsv([tricky], indicators);
    expect(text).toContain('"a ""quoted"" label,\r\nover two lines"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('labelZh')]).toBe('含"引号",和逗号');
    expect(row[header.indexOf('labelEn')]).toBe('a "quoted" label,\r\nover two lines');
    expect(row[header.indexOf('evidenceQuote')]).toBe('第一行\n第二行');
  });

  it('writes one row per observation under a header, and survives quotes and commas', () => {
    const rows = parseCsv(observationsToCsv(observations, indicators));
    expect(rows).toHaveLength(observations.length + 1);
    const header = rows[0] ?? [];
    expect(header.slice(0, 3)).toEqual(['id', 'parkId', 'indicator']);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const col = (name: string) => header.indexOf(name);
    const row = rows.find((r) => r[0] === 'pds-equipment-investment-2021') ?? [];
    expect(row[col('evidenceQuote')]).toBe('签约32个,总投资32亿元');
    expect(row[col('absoluteValue')]).toBe('3200000000');
    expect(row[col('topic')]).toBe('investment');
    const quoted = rows.find((r) => r[0] === 'cq-at-most-one-visit-services') ?? [];
    expect(quoted[col('evidenceQuote')]).toBe('1299项“最多跑一次”');
  });
});

describe('search by place', () => {
  it.each([
    ['Henan', '河南省', 'pingdingshan'],
    ['江苏', '江苏省', 'suqian'],
  ])('%s ranks the zones in that province first', (q, province, park) => {
    const hits = search(q);
    const top = hits.filter((h) => h.score === hits[0]?.score);
    expect(top.every((h) => h.kind === 'park' && parkById(h.id)?.province.zh === province)).toBe(true);
    expect(top.map((h) => h.id)).toContain(park);
  });
});
