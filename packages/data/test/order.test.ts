import { describe, expect, it } from 'vitest';
import {
  entitiesOfPark,
  events,
  eventsOfPark,
  filterObservations,
  indicators,
  observations,
  observationsOfPark,
  selectEntities,
  selectEvents,
  sortObservations,
} from '../src/index.js';

/** Made-up events, so the tie-breaks are tested on dates the real data happens not to share. */
const made = [
  { id: 'b', date: '2020-03', parkId: 'suqian', kind: 'policy' },
  { id: 'a', date: '2020-03', parkId: null, kind: 'reform' },
  { id: 'c', date: '2020', parkId: 'suqian', kind: 'policy' },
  { id: 'd', date: '2020-03/2020-09', parkId: 'suqian', kind: 'project' },
  { id: 'e', date: '2019-12-31', parkId: 'zhangjiang', kind: 'policy' },
] as const;

describe('event order', () => {
  it('is date as written, then id, whatever the input order', () => {
    const orders = [made, [...made].reverse(), [made[2], made[4], made[0], made[3], made[1]]];
    for (const input of orders) {
      expect(selectEvents(input, { parkId: 'suqian' }).map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
    }
    expect(selectEvents(made).map((e) => e.id)).toEqual(['e', 'c', 'a', 'b', 'd']);
    expect(selectEvents(made, { kind: 'policy' }).map((e) => e.id)).toEqual(['e', 'c', 'b']);
  });

  it('is the order eventsOfPark gives, with the national events included', () => {
    const list = eventsOfPark('pingdingshan');
    expect(list.map((e) => e.id)).toEqual(selectEvents(events, { parkId: 'pingdingshan' }).map((e) => e.id));
    const keys = list.map((e) => `${e.date} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(list.some((e) => e.parkId === null)).toBe(true);
    expect(list.every((e) => e.parkId === null || e.parkId === 'pingdingshan')).toBe(true);
  });
});

describe('entity order', () => {
  it('groups by type in vocabulary order, then id', () => {
    const made = [
      { id: 'z', type: 'enterprise', parkIds: ['suqian'] },
      { id: 'b', type: 'university', parkIds: ['suqian'] },
      { id: 'a', type: 'enterprise', parkIds: ['suqian'] },
      { id: 'c', type: 'government-body', parkIds: [] },
    ] as const;
    expect(selectEntities(made).map((e) => e.id)).toEqual(['c', 'b', 'a', 'z']);
    expect(selectEntities(made, { parkId: 'suqian', type: 'enterprise' }).map((e) => e.id)).toEqual([
      'a',
      'z',
    ]);
  });

  it('is the order entitiesOfPark gives', () => {
    const list = entitiesOfPark('chongqing');
    expect(list.length).toBeGreaterThan(3);
    expect(list.every((e) => e.parkIds.includes('chongqing'))).toBe(true);
    expect(entitiesOfPark('chongqing', { type: 'enterprise' }).every((e) => e.type === 'enterprise')).toBe(
      true,
    );
  });
});

describe('observation filter', () => {
  it('filters by status', () => {
    const targets = filterObservations(observations, { status: 'target' });
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.length).toBe(observations.filter((o) => o.status === 'target').length);
    expect(new Set(targets.map((o) => o.status))).toEqual(new Set(['target']));
  });

  it('takes a year as a one-year period', () => {
    expect(filterObservations(observations, { year: 2020 })).toEqual(
      filterObservations(observations, { period: '2020' }),
    );
    expect(observationsOfPark('pingdingshan', { year: '2020' }).map((o) => o.id)).toEqual([
      'pds-pv-build-days-2020',
    ]);
  });

  it('combines every criterion', () => {
    const found = filterObservations(
      observations,
      { parkId: 'chongqing', topic: 'finance', unit: 'CNY', status: 'reported' },
      indicators,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const o of found) {
      expect(o.parkId).toBe('chongqing');
      expect(o.unit).toBe('CNY');
      expect(o.status).toBe('reported');
      expect(indicators.find((i) => i.key === o.indicator)?.topic).toBe('finance');
    }
  });

  it('matches nothing for an id it does not know', () => {
    expect(filterObservations(observations, { parkId: 'nowhere' })).toEqual([]);
  });
});

describe('observation sort', () => {
  it('puts figures without a period last, both ways, and breaks ties by id', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortObservations(observations, 'period', direction);
      const firstNull = sorted.findIndex((o) => o.period === null);
      expect(sorted.slice(firstNull).every((o) => o.period === null)).toBe(true);
      const nullIds = sorted.slice(firstNull).map((o) => o.id);
      expect(nullIds).toEqual([...nullIds].sort());
    }
  });

  it('sorts by absolute value, not by the printed number', () => {
    const sorted = sortObservations(observations, 'absoluteValue', 'descending');
    expect(sorted[0]?.unitMult).toBe(8);
    expect(sorted).toHaveLength(observations.length);
  });
});
