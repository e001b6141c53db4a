import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import type { Dataset } from '../src/schema/dataset.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

function problemsAfter(change: (data: Dataset) => void, options = {}) {
  const data = copyOfDataset();
  change(data);
  const result = validateDataset(data, options);
  return result.ok ? [] : result.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
}

const index = (id: string) => dataset.claims.findIndex((c) => c.id === id);
const claim = <C extends { readonly id: string }>(data: { readonly claims: readonly C[] }, id: string): C => {
  const found = data.claims.find((c) => c.id === id);
  if (!found) throw new Error(`fixture lost claim ${id}`);
  return found;
};

describe('claims: rankings, firsts, designations and goals', () => {
  it('covers the firsts and rankings the page states', () => {
    const kinds = new Map(dataset.claims.map((c) => [c.id, `${c.kind}:${c.scopes.join('+')}`]));
    expect(kinds.get('zj-facilities-lead-nation')).toBe('leading:national');
    expect(kinds.get('zj-first-sci-tech-regulation')).toBe('first:national');
    expect(kinds.get('sq-first-dual-trust-case')).toBe('first:city');
    expect(kinds.get('cq-first-one-stop-work-permits')).toBe('first:municipal');
    expect(kinds.get('sq-goal-half-of-city-high-tech')).toBe('goal:city');
    expect(kinds.get('sq-policy-system-four-elements')).toBe('composition:zone');
  });

  it('finds a duplicate claim id', () => {
    const problems = problemsAfter((d) => {
      d.claims.push(structuredClone(claim(d, 'sq-first-dual-trust-case')));
    });
    expect(problems).toContainEqual({
      path: `claims[${dataset.claims.length}]`,
      message: expect.stringContaining('duplicate id "sq-first-dual-trust-case"'),
    });
  });

  it('finds a ranking whose scope is the zone itself', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'sq-first-dual-trust-case').scopes = ['zone'];
    });
    expect(problems.map((p) => p.path)).toContain(`claims[${index('sq-first-dual-trust-case')}].scopes`);
  });

  it('finds an unknown entity', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'sq-first-dual-trust-case').entityIds.push('nobody');
    });
    expect(problems).toContainEqual({
      path: `claims[${index('sq-first-dual-trust-case')}].entityIds[1]`,
      message: 'refers to unknown entity "nobody"',
    });
  });

  it('finds an entity of another zone', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'sq-first-dual-trust-case').entityIds.push('gaoxin-loan');
    });
    expect(problems.map((p) => p.path)).toContain(
      `claims[${index('sq-first-dual-trust-case')}].entityIds[1]`,
    );
  });

  it('accepts a national entity for any zone', () => {
    expect(claim(dataset, 'sq-boot-camp-most-registered').entityIds).toContain('most');
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('finds an observation of another zone', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'sq-first-dual-trust-case').observationIds = ['cq-loans-issued'];
    });
    expect(problems).toContainEqual({
      path: `claims[${index('sq-first-dual-trust-case')}].observationIds[0]`,
      message: 'observation "cq-loans-issued" belongs to "chongqing"',
    });
  });

  it('finds an unknown observation', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'sq-first-dual-trust-case').observationIds = ['nope'];
    });
    expect(problems.map((p) => p.path)).toContain(
      `claims[${index('sq-first-dual-trust-case')}].observationIds[0]`,
    );
  });

  it('finds evidence from an unknown source', () => {
    const problems = problemsAfter((d) => {
      claim(d, 'zj-facilities-lead-nation').evidence.sourceId = 'elsewhere';
    });
    const at = `claims[${index('zj-facilities-lead-nation')}].evidence`;
    expect(problems.map((p) => p.path)).toContain(`${at}.sourceId`);
  });

  it('finds evidence beyond the end of its source', () => {
    const problems = problemsAfter((d) => {
      const e = claim(d, 'zj-facilities-lead-nation').evidence;
      e.start += 10_000;
      e.end += 10_000;
    });
    const at = `claims[${index('zj-facilities-lead-nation')}].evidence`;
    expect(problems.map((p) => p.path)).toContain(`${at}.end`);
  });

  it('checks the quote against the page text when it is given', () => {
    const e = dataset.claims[0]!.evidence;
    const page = dataset.sources.find((s) => s.id === e.sourceId);
    if (page?.storage !== 'stored') throw new Error('claims cite a stored source');
    const text = `${'x'.repeat(e.start)}${e.quote}`.padEnd(page.length, 'x');
    const problems = problemsAfter(
      (d) => {
        d.claims[0]!.evidence.quote = e.quote.replace(/.$/, '?');
      },
      { sourceTexts: { [e.sourceId]: text } },
    );
    expect(problems.map((p) => p.path)).toContain('claims[0].evidence.quote');
  });
});
