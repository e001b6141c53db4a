/**
 * The registry of national zones: against the material it was imported from (the TSVs in
 * ../shared/reference/zones-registry, or HITECH_REGISTRY_DIR) and against the validator's rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import type { Dataset } from '../src/schema/dataset.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

const materialDir =
  process.env.HITECH_REGISTRY_DIR ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/reference/zones-registry');
const hasMaterial = existsSync(resolve(materialDir, 'zones.tsv'));
if (!hasMaterial) console.warn(`registry material tests skipped: no zones.tsv in ${materialDir}`);

function problemsAfter(change: (data: Dataset) => void) {
  const data = copyOfDataset();
  change(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
}
const parkAt = (id: string) => dataset.parks.findIndex((p) => p.id === id);
const park = (data: Dataset, id: string) => data.parks[dataset.parks.findIndex((p) => p.id === id)]!;

it('finds the registry material (required under CI)', () => {
  expect(hasMaterial || process.env.CI !== 'true', `no zones.tsv in ${materialDir}`).toBe(true);
});

describe.skipIf(!hasMaterial)('the registry against its material', () => {
  const rows = readFileSync(resolve(materialDir, 'zones.tsv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const byName = new Map(dataset.parks.map((p) => [p.name.zh, p]));

  it('has one park for every row, under the row’s official name', () => {
    expect(dataset.parks).toHaveLength(rows.length);
    expect(rows.filter(([name]) => !byName.has(name as string)).map(([name]) => name)).toEqual([]);
  });

  it('carries every row’s date, document number, NBS code and English name as given', () => {
    const differing = rows.flatMap(([name, , , approved, nbs, en, , doc]) => {
      const p = byName.get(name as string);
      const r = p?.registry;
      const got = [r?.approved ?? '', r?.nbsCode ?? '', p?.name.enCited ?? '', r?.documentNumber ?? ''];
      return got.join('|') === [approved, nbs, en, doc].join('|') ? [] : [name];
    });
    expect(differing).toEqual([]);
  });

  it('cites every source id of every row', () => {
    const uncited = rows.flatMap(([name, , , , , , ids]) => {
      const p = byName.get(name as string);
      const all = new Set(Object.values(p?.registry.citations ?? {}).flat());
      return (ids as string)
        .split(';')
        .filter((ref) => !all.has(`reg-${ref.toLowerCase()}`))
        .map((r) => `${name} ${r}`);
    });
    expect(uncited).toEqual([]);
  });

  it('keeps the material’s confidence except where the rule gives another, with a note', () => {
    const regraded = rows
      .filter(
        ([name, , , , , , , , confidence]) => byName.get(name as string)?.registry.confidence !== confidence,
      )
      .map(([name]) => byName.get(name as string));
    expect(regraded.map((p) => p?.id)).toEqual(['leshan']);
    expect(regraded[0]?.registry.notes.some((n) => n.kind === 'decision')).toBe(true);
  });
});

describe('the registry in the data', () => {
  it('keeps the four reported zones with their ids, articles and prose', () => {
    const reported = dataset.parks.filter((p) => p.articleId !== null);
    expect(reported.map((p) => p.id).sort()).toEqual(['chongqing', 'pingdingshan', 'suqian', 'zhangjiang']);
    for (const p of reported) {
      expect(dataset.articles.find((a) => a.id === p.articleId)?.parkId).toBe(p.id);
      expect(p.highlights.length).toBeGreaterThan(0);
      expect(p.name.basis.zhShort).toBe('page');
    }
  });

  it('lists Suzhou Industrial Park as an industrial park, undated, saying why', () => {
    const sip = dataset.parks.find((p) => p.id === 'suzhou-industrial-park');
    expect(sip?.registry).toMatchObject({ kind: 'industrial-park', approved: null });
    expect(sip?.registry.notes.map((n) => n.en).join(' ')).toMatch(/Not an upgraded high-tech zone/);
  });

  it('flags every English name that no source prints as constructed', () => {
    const wrong = dataset.parks.filter(
      (p) => (p.name.basis.en === 'cited') !== (p.name.en === p.name.enCited),
    );
    expect(wrong.map((p) => p.id)).toEqual([]);
  });

  it('states its completeness from a cited source', () => {
    const { officialTotal, addedSince, missing } = dataset.registry;
    expect(dataset.sources.find((s) => s.id === officialTotal.sourceId)?.storage).toBe('cited');
    expect(officialTotal.value + addedSince.length - missing.length).toBe(dataset.parks.length);
  });
});

describe('registry validation', () => {
  it('rejects two zones with one name', () => {
    const problems = problemsAfter((d) => {
      park(d, 'wuxi').name.zhShort = '苏州高新区';
    });
    expect(problems).toContainEqual({
      path: `parks[${parkAt('wuxi')}].name.zhShort`,
      message: '"苏州高新区" is also the name of "suzhou"',
    });
  });

  it('rejects a city outside its province and an NBS code outside its city', () => {
    const problems = problemsAfter((d) => {
      park(d, 'luoyang').city.code = '320500';
      park(d, 'zhengzhou').registry.nbsCode = '410371';
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        `parks[${parkAt('luoyang')}].city.code`,
        `parks[${parkAt('zhengzhou')}].registry.nbsCode`,
      ]),
    );
  });

  it('rejects a date that no cited source supports, and one without sources', () => {
    const problems = problemsAfter((d) => {
      park(d, 'pingdingshan').registry.approved = '2016-02';
      const xuchang = park(d, 'xuchang').registry;
      xuchang.citations.approved = [];
    });
    expect(problems).toContainEqual({
      path: `parks[${parkAt('pingdingshan')}].registry.citations.approved[0]`,
      message: 'source "reg-e7" does not support a date in 2016',
    });
    expect(problems.map((p) => p.path)).toContain(`parks[${parkAt('xuchang')}].registry.citations.approved`);
  });

  it('rejects a document number of another year than the approval', () => {
    const problems = problemsAfter((d) => {
      park(d, 'xuchang').registry.documentNumber = '国函〔2021〕141号';
    });
    expect(problems.map((p) => p.path)).toContain(`parks[${parkAt('xuchang')}].registry.documentNumber`);
  });

  it('applies the confidence rule to the cited sources', () => {
    const problems = problemsAfter((d) => {
      park(d, 'zaozhuang').registry.confidence = 'medium'; // rests on the community list only
      park(d, 'longyan').registry.confidence = 'high'; // one directory copy
      park(d, 'yuxi').registry.confidence = 'low'; // a park directory quoting the zone
    });
    const paths = problems.map((p) => p.path);
    for (const id of ['zaozhuang', 'longyan', 'yuxi'])
      expect(paths).toContain(`parks[${parkAt(id)}].registry.confidence`);
    expect(problems).toHaveLength(3);
  });

  it('rejects a citation of an unknown source and a note naming an uncited one', () => {
    const problems = problemsAfter((d) => {
      park(d, 'suqian').registry.citations.membership.push('reg-e999');
      park(d, 'suqian').registry.notes.push({ kind: 'source', zh: '见N999', en: 'see N999' });
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'refers to unknown cited source "reg-e999"',
        'names source N999, which is not cited',
      ]),
    );
  });

  it('rejects a completeness that does not add up', () => {
    const problems = problemsAfter((d) => {
      d.registry.missing = [];
    });
    expect(problems.map((p) => p.path)).toContain('registry.missing');
  });
});
