import { describe, expect, it } from 'vitest';
import { observations, parks } from '../src/data/index.js';
import { Entity, Evidence, Observation, Park, Period } from '../src/schema/index.js';

const evidence = { sourceId: 'page-x', start: 10, end: 13, quote: '62亿' };
const goodObservation = structuredClone(observations[0]);

describe('Period', () => {
  it.each(['2021', '2021-10', '2021-02-28', '2021-01/2021-10', '2020/..', '2020-03/2020-09'])(
    'accepts %s',
    (p) => {
      expect(Period.safeParse(p).success).toBe(true);
    },
  );
  it.each([
    ['21', 'two-digit year'],
    ['2021-13', 'month 13'],
    ['2021-02-30', 'February 30th'],
    ['2021-10/2021-01', 'interval ending before it starts'],
    ['../2021', 'open start'],
    ['2021/', 'empty end'],
    ['今年', 'a relative word'],
  ])('rejects %s (%s)', (p) => {
    expect(Period.safeParse(p).success).toBe(false);
  });
});

describe('Evidence', () => {
  it('accepts offsets that span exactly the quote', () => {
    expect(Evidence.safeParse(evidence).success).toBe(true);
  });
  it('rejects offsets whose span differs from the quote length', () => {
    const result = Evidence.safeParse({ ...evidence, end: 15 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });
  it('rejects quotes longer than 40 characters', () => {
    const quote = '字'.repeat(41);
    expect(Evidence.safeParse({ ...evidence, end: 10 + 41, quote }).success).toBe(false);
  });
});

describe('Observation', () => {
  it('accepts a record of the dataset', () => {
    expect(Observation.safeParse(goodObservation).success).toBe(true);
  });
  it.each([
    ['a percentage with a multiplier', { unit: 'percent', unitMult: 8 }, 'unitMult'],
    ['a period without its basis', { period: '2021', periodBasis: null }, 'periodBasis'],
    ['a basis without a period', { period: null, periodBasis: 'stated' }, 'periodBasis'],
    ['an unknown unit', { unit: 'yuan' }, 'unit'],
    ['a park id that is not a slug', { parkId: 'Shen Zhen' }, 'parkId'],
    ['a multiplier that is not 0, 4 or 8', { unitMult: 3 }, 'unitMult'],
    ['a negative value', { value: -1 }, 'value'],
    ['an unknown qualifier', { qualifier: 'about' }, 'qualifier'],
    ['an extra field', { colour: 'red' }, ''],
    ['an id that is not a slug', { id: 'Has Spaces' }, 'id'],
  ])('rejects %s', (_, change, path) => {
    const result = Observation.safeParse({ ...goodObservation, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('Park', () => {
  it('accepts every park of the dataset', () => {
    for (const park of parks) expect(Park.safeParse(park).success).toBe(true);
  });
  it('rejects a division code that is not six digits', () => {
    const park = { ...parks[0], city: { ...parks[0]?.city, code: '4104' } };
    const result = Park.safeParse(park);
    expect(result.error?.issues[0]?.path).toEqual(['city', 'code']);
  });
  it('rejects a summary missing its English text', () => {
    const park = { ...parks[0], summary: { zh: '摘要' } };
    expect(Park.safeParse(park).error?.issues[0]?.path).toEqual(['summary', 'en']);
  });
});

describe('Entity', () => {
  it('rejects an unknown entity type', () => {
    const result = Entity.safeParse({
      id: 'x',
      type: 'person',
      name: { zh: '某', en: 'Someone' },
      parkIds: [],
      evidence,
    });
    expect(result.error?.issues[0]?.path).toEqual(['type']);
  });
});
