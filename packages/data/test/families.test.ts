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
const indicatorIndex = (key: string) => dataset.indicators.findIndex((i) => i.key === key);
const indicator = (data: Dataset, key: string) => {
  const found = data.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`fixture lost indicator ${key}`);
  return found;
};
const familyIndex = (key: string) => dataset.indicatorFamilies.findIndex((f) => f.key === key);

describe('indicator families', () => {
  it('gives every family members in at least two zones', () => {
    for (const family of dataset.indicatorFamilies) {
      const keys = new Set(dataset.indicators.filter((i) => i.family === family.key).map((i) => i.key));
      const zones = new Set(dataset.observations.filter((o) => keys.has(o.indicator)).map((o) => o.parkId));
      expect(zones.size, family.key).toBeGreaterThan(1);
    }
  });

  it('finds an unknown family', () => {
    const problems = problemsAfter((d) => {
      indicator(d, 'tax-relief').family = 'taxes';
    });
    expect(problems).toContainEqual({
      path: `indicators[${indicatorIndex('tax-relief')}].family`,
      message: 'refers to unknown indicator family "taxes"',
    });
  });

  it('finds a family that mixes units of different kinds', () => {
    const problems = problemsAfter((d) => {
      indicator(d, 'rnd-intensity').family = 'signed-projects';
    });
    expect(problems).toContainEqual({
      path: `indicators[${indicatorIndex('rnd-intensity')}].family`,
      message: expect.stringContaining('family "signed-projects" measures count'),
    });
  });

  it('finds a family measured in one zone only', () => {
    const problems = problemsAfter((d) => {
      indicator(d, 'cooperation-projects').family = null;
    });
    expect(problems).toContainEqual({
      path: `indicatorFamilies[${familyIndex('signed-projects')}]`,
      message: expect.stringContaining('compares nothing'),
    });
  });

  it('finds an indicator measured in two zones without a family', () => {
    const problems = problemsAfter((d) => {
      const obs = d.observations.find((o) => o.id === 'sq-tech-fund-2021')!;
      obs.indicator = 'innovation-fund-payout';
    });
    expect(problems).toContainEqual({
      path: `indicators[${indicatorIndex('innovation-fund-payout')}].family`,
      message: expect.stringContaining('measured in 2 zones'),
    });
  });

  it('finds a duplicate family key', () => {
    const problems = problemsAfter((d) => {
      d.indicatorFamilies.push(structuredClone(d.indicatorFamilies[0]!));
    });
    expect(problems.map((p) => p.path)).toContain(`indicatorFamilies[${dataset.indicatorFamilies.length}]`);
  });
});
