import { observations } from '@hitech/data';
import { describe, expect, test } from 'vitest';
import { COMPARE_GROUPS, type CompareGroup, compareSelections } from '../../src/lib/compare';

const obs = (
  id: string,
  parkId: string,
  indicator: string,
  extra: { partOf?: string; status?: string } = {},
) => ({
  id,
  parkId,
  indicator,
  partOf: extra.partOf ?? null,
  status: extra.status ?? 'reported',
});

describe('compareSelections', () => {
  const group: CompareGroup = {
    key: 'g',
    title: { zh: '组', en: 'Group' },
    unit: { zh: '个', en: 'items' },
    indicators: ['a', 'b'],
  };

  test('one whole figure per zone, achieved figures and earlier indicators first', () => {
    const result = compareSelections(
      [group],
      [
        obs('p1-a-part', 'p1', 'a', { partOf: 'p1-a' }),
        obs('p1-b', 'p1', 'b'),
        obs('p1-a', 'p1', 'a'),
        obs('p2-a-target', 'p2', 'a', { status: 'target' }),
        obs('p2-b', 'p2', 'b'),
      ],
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.observationIds.sort()).toEqual(['p1-a', 'p2-b']);
  });

  test('a group found in a single zone is left out', () => {
    expect(compareSelections([group], [obs('x', 'p1', 'a'), obs('y', 'p1', 'b')])).toEqual([]);
  });

  test('an indicator key reported by two zones is compared even when no group names it', () => {
    const result = compareSelections(
      [group],
      [obs('x', 'p1', 'c'), obs('y', 'p2', 'c'), obs('z', 'p3', 'd')],
    );
    expect(result.map((r) => r.group.key)).toEqual(['c']);
    expect(result[0]?.observationIds).toEqual(['x', 'y']);
  });

  test('with the dataset: the named families each span several zones', () => {
    const result = compareSelections(COMPARE_GROUPS, observations);
    const byKey = Object.fromEntries(result.map((r) => [r.group.key, r.observationIds]));
    // Only Pingdingshan states a zone-wide count of high-tech enterprises, so it is not compared.
    expect(byKey['high-tech-enterprises']).toBeUndefined();
    expect(byKey['project-investment']).toEqual(['pds-signed-investment-2021', 'cq-cooperation-investment']);
    expect(byKey['rnd-institutions']).toHaveLength(4);
  });
});
