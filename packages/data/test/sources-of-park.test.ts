import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import { filterObservations, PARK_MATCH_KINDS, sourcesByPark } from '../src/query/index.js';

const park = (id: string) => {
  const found = dataset.parks.find((p) => p.id === id);
  if (!found) throw new Error(`no park ${id}`);
  return found;
};
const page = dataset.sources.find((s) => s.storage === 'stored');

describe('sourcesByPark', () => {
  it('gives a zone without records only the sources its registry facts cite', () => {
    const zone = park('zhongguancun');
    expect(zone.articleId).toBeNull();
    const cited = new Set(Object.values(zone.registry.citations).flat());
    expect(sourcesByPark(dataset).get('zhongguancun')).toEqual(cited);
  });

  it('adds the page to a zone the column reports on, beside its citations', () => {
    const sources = sourcesByPark(dataset).get('pingdingshan');
    expect(sources?.has(page?.id ?? '')).toBe(true);
    for (const id of Object.values(park('pingdingshan').registry.citations).flat())
      expect(sources?.has(id)).toBe(true);
  });

  it('names only sources the dataset has', () => {
    const ids = new Set<string>(dataset.sources.map((s) => s.id));
    for (const sources of sourcesByPark(dataset).values())
      for (const id of sources) expect(ids.has(id), id).toBe(true);
  });
});

describe('filterObservations by source', () => {
  it('keeps the figures whose evidence quotes that source', () => {
    const quoted = dataset.observations.filter((o) => o.evidence.sourceId === page?.id);
    expect(quoted.length).toBeGreaterThan(0);
    expect(filterObservations(dataset.observations, { sourceId: page?.id })).toEqual(quoted);
  });

  it('finds nothing quoting a cited source, which has no text to quote', () => {
    const cited = dataset.sources.find((s) => s.storage === 'cited');
    expect(filterObservations(dataset.observations, { sourceId: cited?.id })).toEqual([]);
  });
});

it('lists every way findPark can match', () => {
  expect(PARK_MATCH_KINDS).toEqual(['name', 'core', 'contained']);
});
