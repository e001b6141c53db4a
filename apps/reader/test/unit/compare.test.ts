import { indicatorFamilies, indicators, observations } from '@hitech/data';
import { describe, expect, test } from 'vitest';
import { compareSelections } from '../../src/lib/compare';
import { compareView } from '../../src/lib/server/views';

const obs = (
  id: string,
  parkId: string,
  indicator: string,
  extra: { partOf?: string; status?: 'reported' | 'target' } = {},
) =>
  ({
    id,
    parkId,
    indicator,
    partOf: extra.partOf ?? null,
    status: extra.status ?? 'reported',
  }) as never;

describe('compareSelections', () => {
  const family = { key: 'g' } as never;
  const members = [
    { key: 'a', family: 'g' },
    { key: 'b', family: 'g' },
    { key: 'c', family: null },
  ] as never[];

  test('one whole figure per zone, achieved figures and earlier members first', () => {
    const result = compareSelections([family], members, [
      obs('p1-a-part', 'p1', 'a', { partOf: 'p1-a' }),
      obs('p1-b', 'p1', 'b'),
      obs('p1-a', 'p1', 'a'),
      obs('p2-a-target', 'p2', 'a', { status: 'target' }),
      obs('p2-b', 'p2', 'b'),
    ]);
    expect(result).toHaveLength(1);
    expect([...(result[0]?.observationIds ?? [])].sort()).toEqual(['p1-a', 'p2-b']);
  });

  test('a family found in a single zone is left out', () => {
    expect(compareSelections([family], members, [obs('x', 'p1', 'a'), obs('y', 'p1', 'b')])).toEqual([]);
  });

  test('an indicator outside every family is never compared, even when two zones report it', () => {
    expect(compareSelections([family], members, [obs('x', 'p1', 'c'), obs('y', 'p2', 'c')])).toEqual([]);
  });
});

describe('compare view from the data’s indicator families', () => {
  const view = compareView();

  test('every chart is one family of the data, with its own name and description', () => {
    for (const group of view) {
      const family = indicatorFamilies.find((f) => f.key === group.key);
      expect(family, group.key).toBeDefined();
      expect(group.title).toEqual({ zh: family?.zh, en: family?.en });
      expect(group.description).toEqual({ ...family?.description });
    }
  });

  test('each bar is a figure of a member of its family, one per zone, in at least two zones', () => {
    for (const group of view) {
      const memberKeys = indicators.filter((i) => i.family === group.key).map((i) => i.key as string);
      const parks = group.bars.map((b) => b.parkId);
      expect(new Set(parks).size, group.key).toBe(parks.length);
      expect(parks.length, group.key).toBeGreaterThan(1);
      for (const bar of group.bars) {
        const o = observations.find((x) => x.id === bar.figureId);
        expect(memberKeys, bar.figureId).toContain(o?.indicator);
      }
    }
  });

  test('every family that two zones report is charted', () => {
    const spanning = indicatorFamilies.filter((f) => {
      const keys = indicators.filter((i) => i.family === f.key).map((i) => i.key as string);
      return new Set(observations.filter((o) => keys.includes(o.indicator)).map((o) => o.parkId)).size > 1;
    });
    expect(view.map((g) => g.key).sort()).toEqual(spanning.map((f) => f.key).sort());
    expect(spanning.length).toBeGreaterThan(0);
  });
});
