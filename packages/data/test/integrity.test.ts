import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import { absoluteValue } from '../src/query/value.js';
import type { DeepReadonly } from '../src/records.js';
import type { Dataset } from '../src/schema/dataset.js';
import type { Observation } from '../src/schema/observation.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

/** A zone the column reports on, so it has leading industries. */
const PDS = dataset.parks.findIndex((p) => p.id === 'pingdingshan');

function problemsAfter(change: (data: Dataset) => void, options = {}) {
  const data = copyOfDataset();
  change(data);
  const result = validateDataset(data, options);
  if (result.ok) return [];
  return result.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
}

const obsIndex = (data: DeepReadonly<Dataset>, id: string) => data.observations.findIndex((o) => o.id === id);
const obs = <D extends DeepReadonly<Dataset>>(data: D, id: string): D['observations'][number] => {
  const found = data.observations.find((o) => o.id === id);
  if (!found) throw new Error(`fixture lost observation ${id}`);
  return found;
};

describe('validateDataset', () => {
  it('accepts the dataset as shipped', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('returns typed data on success', () => {
    const result = validateDataset(copyOfDataset());
    const reported = result.ok ? result.value.parks.filter((p) => p.articleId !== null) : [];
    expect(reported.map((p) => p.id).sort()).toEqual(['chongqing', 'pingdingshan', 'suqian', 'zhangjiang']);
  });

  it('rejects input that is not a dataset without throwing', () => {
    for (const input of [null, undefined, 42, 'dataset', [], { parks: 'none' }]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
    }
  });

  it('reports every shape problem with its path, not only the first', () => {
    const data = copyOfDataset() as unknown as { parks: object[]; observations: object[] };
    data.parks[1] = { ...data.parks[1], id: 'Bei Jing' };
    data.observations[5] = { ...data.observations[5], unit: 'yuan' };
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => formatPath(p.path));
    expect(paths).toEqual(expect.arrayContaining(['parks[1].id', 'observations[5].unit']));
  });

  it('finds duplicate ids', () => {
    const problems = problemsAfter((d) => {
      d.observations.push(structuredClone(obs(d, 'cq-loans-issued')));
    });
    expect(problems).toContainEqual({
      path: `observations[${dataset.observations.length}]`,
      message: expect.stringContaining('duplicate id "cq-loans-issued"'),
    });
  });

  it.each([
    ['an unknown indicator', 'cq-loans-issued', (o: Observation) => (o.indicator = 'gdp'), 'indicator'],
    [
      'an unknown compared observation',
      'cq-loan-cap',
      (o: Observation) => (o.comparisons[0]!.observationId = 'nope'),
      'comparisons[0].observationId',
    ],
    [
      'a part of an unknown whole',
      'pds-materials-projects-2021',
      (o: Observation) => (o.partOf = 'nope'),
      'partOf',
    ],
    ['an unknown entity', 'cq-loan-cap', (o: Observation) => o.entityIds.push('nobody'), 'entityIds[1]'],
  ])('finds %s', (_, id, change, field) => {
    const problems = problemsAfter((d) => change(obs(d, id)));
    expect(problems.map((p) => p.path)).toContain(`observations[${obsIndex(dataset, id)}].${field}`);
  });

  it('finds a park whose article is about another park', () => {
    const problems = problemsAfter((d) => {
      d.parks[0]!.articleId = 'suqian-four-commitments';
    });
    expect(problems).toContainEqual({
      path: 'parks[0].articleId',
      message: expect.stringContaining('"suqian"'),
    });
  });

  it.each([
    [
      'a city in another province',
      '320000',
      '410400',
      'parks[0].city.code',
      'does not lie in province 320000',
    ],
    [
      'a province code that is a city',
      '410400',
      '410400',
      'parks[0].province.code',
      'not a province-level code',
    ],
    [
      'a county code given as the city',
      '410000',
      '410402',
      'parks[0].city.code',
      'not a prefecture-level code',
    ],
  ])('finds %s (GB/T 2260)', (_, province, city, path, message) => {
    const problems = problemsAfter((d) => {
      d.parks[0]!.province.code = province;
      d.parks[0]!.city.code = city;
    });
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('finds a unit that does not fit the indicator', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loans-issued').unit = 'day';
    });
    expect(problems.map((p) => p.path)).toContain(
      `observations[${obsIndex(dataset, 'cq-loans-issued')}].unit`,
    );
  });

  it('finds a quote that does not carry the printed value', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loans-issued').value = 7.95;
    });
    expect(problems).toContainEqual({
      path: `observations[${obsIndex(dataset, 'cq-loans-issued')}].evidence.quote`,
      message: expect.stringContaining('7.95'),
    });
  });

  it('finds evidence that lies beyond the end of the source', () => {
    const problems = problemsAfter((d) => {
      const e = obs(d, 'cq-loans-issued').evidence;
      e.start += 10_000;
      e.end += 10_000;
    });
    expect(problems.map((p) => p.path)).toContain(
      `observations[${obsIndex(dataset, 'cq-loans-issued')}].evidence.end`,
    );
  });

  it('checks quotes against their own source text when it is given', () => {
    const page = dataset.sources[0]!;
    const fakeText = 'x'.repeat(page.storage === 'stored' ? page.length : 0);
    const problems = problemsAfter(() => {}, { sourceTexts: { [page.id]: fakeText } });
    expect(problems.length).toBeGreaterThan(60);
    expect(problems[0]?.message).toMatch(/^source "page-b69735abe0be3e0d" reads "x+"/);
  });

  it('reports a missing source text per source only when texts are required (as under CI)', () => {
    expect(problemsAfter(() => {}, { sourceTexts: {} })).toEqual([]);
    expect(problemsAfter(() => {}, { sourceTexts: {}, requireSourceTexts: true })).toEqual([
      { path: 'sources[0]', message: expect.stringContaining('page-b69735abe0be3e0d') },
    ]);
  });

  it('never lets evidence point into a cited source, which has no text', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loans-issued').evidence.sourceId = 'reg-e71';
    });
    expect(problems).toContainEqual({
      path: `observations[${obsIndex(dataset, 'cq-loans-issued')}].evidence.sourceId`,
      message: expect.stringContaining('cited without a stored text'),
    });
  });
});

describe('the sums the page states', () => {
  const index = (id: string) => obsIndex(dataset, id);

  it('rejects projects that no longer add up to 47', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-equipment-projects-2021').value = 33;
    });
    expect(problems).toContainEqual({
      path: `observations[${index('pds-signed-projects-2021')}].partsComplete`,
      message: expect.stringContaining('the whole is 47'),
    });
  });

  it('rejects investment that no longer adds up to 62亿元', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-materials-investment-2021').value = 29;
    });
    expect(problems).toContainEqual({
      path: `observations[${index('pds-signed-investment-2021')}].partsComplete`,
      message: expect.stringContaining('6200000000'),
    });
  });

  it('rejects parts larger than an open-ended whole', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-signed-projects-2021').partsComplete = false;
      obs(d, 'pds-equipment-projects-2021').value = 40;
    });
    expect(problems.map((p) => p.path)).toContain(
      `observations[${index('pds-signed-projects-2021')}].partsComplete`,
    );
  });

  it('rejects a reduction rate that does not match 40 → 7 days', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'sq-land-approval-time-cut').value = 80;
    });
    expect(problems).toContainEqual({
      path: `observations[${index('sq-land-approval-days')}].comparisons`,
      message: '40 → 7 is 82.50% less, not 80%',
    });
  });

  it('rejects a "raised from" that is not a rise', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loan-cap-before').value = 600;
    });
    expect(problems.map((p) => p.path)).toContain(
      `observations[${index('cq-loan-cap')}].comparisons[0].observationId`,
    );
  });
});

describe('the records agree with the arithmetic printed on the page', () => {
  const value = (id: string) => absoluteValue(obs(dataset, id));
  it('32 + 15 signed projects make the 47 stated', () => {
    expect(value('pds-equipment-projects-2021') + value('pds-materials-projects-2021')).toBe(47);
    expect(value('pds-signed-projects-2021')).toBe(47);
  });
  it('32亿 + 30亿 of investment make the 62亿元 stated', () => {
    expect(value('pds-equipment-investment-2021') + value('pds-materials-investment-2021')).toBe(62e8);
    expect(value('pds-signed-investment-2021')).toBe(62e8);
  });
  it('40 days down to 7 is the 82.5% cut stated', () => {
    const before = value('sq-land-approval-days-before');
    const after = value('sq-land-approval-days');
    expect(((before - after) / before) * 100).toBeCloseTo(82.5, 10);
    expect(value('sq-land-approval-time-cut')).toBe(82.5);
  });
});

/**
 * One rule each: change one thing in a copy of the real dataset and expect exactly that rule to speak,
 * at the path of the changed record.
 */
describe('every integrity rule, broken one at a time', () => {
  const index = (id: string) => obsIndex(dataset, id);
  const parkIndex = (id: string) => dataset.parks.findIndex((p) => p.id === id);
  const eventIndex = (id: string) => dataset.events.findIndex((e) => e.id === id);
  const nonIndustry = () => {
    const found = dataset.entities.find((e) => e.type !== 'industry');
    if (!found) throw new Error('fixture has no entity that is not an industry');
    return found;
  };

  it('a leading industry that is no industry', () => {
    const other = nonIndustry();
    const problems = problemsAfter((d) => {
      d.parks[PDS]!.leadingIndustries[0]!.entityId = other.id;
    });
    expect(problems).toContainEqual({
      path: `parks[${PDS}].leadingIndustries[0].entityId`,
      message: `entity "${other.id}" is a ${other.type}, not an industry`,
    });
  });

  it('a leading industry that does not exist', () => {
    const problems = problemsAfter((d) => {
      d.parks[PDS]!.leadingIndustries[0]!.entityId = 'no-such-industry';
    });
    expect(problems).toContainEqual({
      path: `parks[${PDS}].leadingIndustries[0].entityId`,
      message: 'refers to unknown entity "no-such-industry"',
    });
  });

  it('a highlight that points at a figure of another park', () => {
    const problems = problemsAfter((d) => {
      d.parks[parkIndex('suqian')]!.highlights[0]!.observationId = 'cq-loan-cap';
    });
    expect(problems).toContainEqual({
      path: `parks[${parkIndex('suqian')}].highlights[0].observationId`,
      message: 'observation "cq-loan-cap" belongs to "chongqing"',
    });
  });

  it('a currency unit on a count indicator', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'sq-selected-enterprises-2021').unit = 'CNY';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('sq-selected-enterprises-2021')}].unit`,
      message: expect.stringContaining('unit "CNY" is not a count unit'),
    });
  });

  it('an observation that is part of itself', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-materials-projects-2021').partOf = 'pds-materials-projects-2021';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('pds-materials-projects-2021')}].partOf`,
      message: 'an observation cannot be part of itself',
    });
  });

  it('a part measured in another unit than its whole', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-materials-projects-2021').partOf = 'pds-signed-investment-2021';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('pds-materials-projects-2021')}].partOf`,
      message: expect.stringContaining('has another park or unit'),
    });
  });

  it('a growth that points at a figure which is not a percentage', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'pds-high-tech-enterprises-2021').comparisons[0]!.observationId = 'pds-tech-smes-2021';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('pds-high-tech-enterprises-2021')}].comparisons[0].observationId`,
      message: 'a growth-since must point at a percentage, "pds-tech-smes-2021" is not one',
    });
  });

  it('a comparison with a figure of another park', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loan-cap').comparisons[0]!.observationId = 'sq-tech-fund-2021';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('cq-loan-cap')}].comparisons[0].observationId`,
      message: '"sq-tech-fund-2021" belongs to another park',
    });
  });

  it('a "raised from" measured in another unit', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loan-cap-before').unit = 'person';
    });
    expect(problems).toContainEqual({
      path: `observations[${index('cq-loan-cap')}].comparisons[0].observationId`,
      message: expect.stringContaining('is measured in person, this figure in CNY'),
    });
  });

  it('a "reduced from" that is no reduction', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'sq-land-approval-days-before').value = 5;
    });
    expect(problems).toContainEqual({
      path: `observations[${index('sq-land-approval-days')}].comparisons[0].observationId`,
      message: 'reduced from 5 to 7 is not a reduction',
    });
  });

  it('partsComplete on a figure that has no parts', () => {
    const problems = problemsAfter((d) => {
      obs(d, 'cq-loan-cap').partsComplete = true;
    });
    expect(problems).toContainEqual({
      path: `observations[${index('cq-loan-cap')}].partsComplete`,
      message: 'marked as fully broken down, but no observation is part of it',
    });
  });

  it('an event that names an unknown entity or observation', () => {
    const at = eventIndex('pds-pv-project-signed');
    const problems = problemsAfter((d) => {
      const event = d.events[at]!;
      event.entityIds = ['no-such-entity'];
      event.observationIds = ['no-such-observation'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: `events[${at}].entityIds[0]`, message: 'refers to unknown entity "no-such-entity"' },
        {
          path: `events[${at}].observationIds[0]`,
          message: 'refers to unknown observation "no-such-observation"',
        },
      ]),
    );
  });

  it('event and entity evidence from an unknown source', () => {
    const problems = problemsAfter((d) => {
      d.events[0]!.evidence.sourceId = 'another-page';
      d.entities[0]!.evidence.sourceId = 'another-page';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'events[0].evidence.sourceId', message: 'unknown source "another-page"' },
        { path: 'entities[0].evidence.sourceId', message: 'unknown source "another-page"' },
      ]),
    );
  });

  it('an article whose sourceId is not the source', () => {
    const problems = problemsAfter((d) => {
      d.articles[1]!.sourceId = 'another-page';
    });
    expect(problems).toContainEqual({
      path: 'articles[1].sourceId',
      message: 'unknown stored source "another-page"',
    });
  });

  it('an editor’s note whose policy is no entity', () => {
    const problems = problemsAfter((d) => {
      const page = d.sources[0];
      if (page?.storage !== 'stored' || !page.editorsNote) throw new Error('the page comes first');
      page.editorsNote.policy.entityId = 'no-such-policy';
    });
    expect(problems).toContainEqual({
      path: 'sources[0].editorsNote.policy.entityId',
      message: 'refers to unknown entity "no-such-policy"',
    });
  });

  it('a park whose article does not exist', () => {
    const problems = problemsAfter((d) => {
      d.parks[1]!.articleId = 'no-such-article';
    });
    expect(problems).toContainEqual({
      path: 'parks[1].articleId',
      message: 'refers to unknown article "no-such-article"',
    });
  });

  it('duplicate ids in entities and events', () => {
    const problems = problemsAfter((d) => {
      d.entities.push(structuredClone(d.entities[0]!));
      d.events.push(structuredClone(d.events[0]!));
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([`entities[${dataset.entities.length}]`, `events[${dataset.events.length}]`]),
    );
  });
});
