import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import type { Dataset } from '../src/schema/dataset.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

function problemsAfter(change: (data: Dataset) => void) {
  const data = copyOfDataset();
  change(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
}
const index = (id: string) => dataset.entities.findIndex((e) => e.id === id);
const entity = <E extends { readonly id: string }>(
  data: { readonly entities: readonly E[] },
  id: string,
): E => {
  const found = data.entities.find((e) => e.id === id);
  if (!found) throw new Error(`fixture lost entity ${id}`);
  return found;
};

describe('zones of entities', () => {
  it('keeps national entities such as the State Council opinion out of every zone', () => {
    expect(entity(dataset, 'state-council-opinions-2020')).toMatchObject({ national: true, parkIds: [] });
  });

  it('finds a national entity that carries zone ids', () => {
    const problems = problemsAfter((d) => {
      entity(d, 'most').parkIds = ['zhangjiang'];
    });
    expect(problems).toContainEqual({
      path: `entities[${index('most')}].parkIds`,
      message: expect.stringContaining('is national, so it carries no zone ids'),
    });
  });

  it('finds an entity that is neither national nor tied to a zone', () => {
    const problems = problemsAfter((d) => {
      entity(d, 'gaoxin-loan').parkIds = [];
    });
    expect(problems).toContainEqual({
      path: `entities[${index('gaoxin-loan')}].parkIds`,
      message: expect.stringContaining('names no zone'),
    });
  });
});
