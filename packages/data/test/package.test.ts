/**
 * The built package as other teams get it: run after `pnpm build` (turbo's test task depends on it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import { inputMissing } from './require-input.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const missing = !existsSync(dist('index.js')) && inputMissing('dist/', 'run `pnpm build` first');

describe.skipIf(missing)('the built package', () => {
  it('writes record text into the main entry as the no-record checks below expect', () => {
    const main = readFileSync(dist('index.js'), 'utf8');
    expect(main).toContain(dataset.parks[0]!.name.en);
    expect(main).toContain(dataset.observations[0]!.label.en);
    expect(main).toContain(dataset.entities[0]!.name.en);
  });

  it('imports from ESM by its name, with data and helpers', async () => {
    const esm = await import('@hitech/data');
    expect(esm.parks).toHaveLength(dataset.parks.length);
    expect(esm.findPark('平顶山国家高新区', esm.parks)).toEqual({
      status: 'found',
      id: 'pingdingshan',
      matchedBy: 'name',
    });
    expect(esm.sources[0]?.id).toBe('page-b69735abe0be3e0d');
    const investment = esm.observationById('pds-signed-investment-2021');
    expect(investment && esm.formatValue(investment, 'en')).toBe('CNY 6.2 billion');
    expect(esm.dataset.version).toEqual(dataset.version);
  });

  it('requires from CommonJS by its name', () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@hitech/data');
    expect(cjs.observations).toHaveLength(dataset.observations.length);
    expect(cjs.validateDataset).toBeUndefined();
    const schemaOnly = require('@hitech/data/schema');
    expect(schemaOnly.validateDataset(cjs.dataset).ok).toBe(true);
    expect(schemaOnly.parks).toBeUndefined();
  });

  it('keeps zod out of the main entry, so importing the data stays cheap', () => {
    const main = readFileSync(dist('index.js'), 'utf8');
    expect(main).not.toMatch(/from ['"]zod['"]/);
    expect(readFileSync(dist('schema.js'), 'utf8')).toMatch(/from ['"]zod['"]/);
  });

  it('keeps node:fs out of the main entry; the source-text loader is in @hitech/data/node', async () => {
    const main = readFileSync(dist('index.js'), 'utf8');
    expect(main).not.toMatch(/node:fs|node:crypto/);
    const node = await import('@hitech/data/node');
    const { texts, missing } = node.readSourceTexts(dataset.sources, '/nonexistent');
    expect(texts).toEqual({});
    expect(missing.map((m: { id: string }) => m.id)).toEqual(['page-b69735abe0be3e0d']);
  });

  it.each(['schema', 'vocabulary', 'format', 'query'])('ships the %s entry without any record', (entry) => {
    for (const file of [`${entry}.js`, `${entry}.cjs`]) {
      const bundle = readFileSync(dist(file), 'utf8');
      // English record text, which the build writes as is (Chinese text is written as \u escapes)
      expect(bundle).not.toContain(dataset.parks[0]!.name.en);
      expect(bundle).not.toContain(dataset.observations[0]!.label.en);
      expect(bundle).not.toContain(dataset.entities[0]!.name.en);
    }
  });

  it('keeps zod out of every entry but the schema', () => {
    for (const entry of ['vocabulary', 'format', 'query']) {
      expect(readFileSync(dist(`${entry}.js`), 'utf8')).not.toMatch(/from ['"]zod['"]/);
      expect(readFileSync(dist(`${entry}.cjs`), 'utf8')).not.toMatch(/require\(['"]zod['"]\)/);
    }
  });

  it('ships frozen records from both builds', async () => {
    const esm = await import('@hitech/data');
    const cjs = createRequire(import.meta.url)('@hitech/data');
    for (const build of [esm, cjs]) {
      expect(() => build.parks.sort()).toThrow(TypeError);
      expect(() => {
        build.observations[0].label.en = 'changed';
      }).toThrow(TypeError);
      expect(build.parkById('suqian').id).toBe('suqian');
    }
  });

  it('stays within every bundle budget of .size-limit.json', () => {
    const out = execFileSync(bin('size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
    const results = JSON.parse(out) as { name: string; passed: boolean; size: number; sizeLimit: number }[];
    const budgets = JSON.parse(readFileSync(`${root}/.size-limit.json`, 'utf8')) as unknown[];
    expect(results).toHaveLength(budgets.length);
    const over = results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.size} B > ${r.sizeLimit} B`);
    expect(over).toEqual([]);
    const size = (name: string) => results.find((r) => r.name.startsWith(name))?.size ?? Number.NaN;
    expect(size('formatValue from @hitech/data')).toBeLessThanOrEqual(3000);
    // The 178 zones of the registry are about half the records; importing them leaves the rest behind.
    expect(size('parks from @hitech/data')).toBeLessThan(size('everything from @hitech/data') * 0.6);
  });

  it('ships plain JSON, JSON Schema and CSV files', () => {
    const parks = JSON.parse(readFileSync(dist('json/parks.json'), 'utf8'));
    expect(parks).toEqual(dataset.parks);
    const whole = JSON.parse(readFileSync(dist('json/dataset.json'), 'utf8'));
    expect(whole.version).toEqual(dataset.version);
    const schema = JSON.parse(readFileSync(dist('json-schema/observation.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'parkId', 'value', 'unitMult', 'unit', 'evidence']),
    );
    const csv = readFileSync(dist('csv/observations.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(dataset.observations.length + 1);
    const registryCsv = readFileSync(dist('csv/parks.csv'), 'utf8').trimEnd().split('\r\n');
    expect(registryCsv).toHaveLength(dataset.parks.length + 1);
    expect(registryCsv.find((l) => l.startsWith('zhangjiang,'))).toContain('国发〔1991〕12号');
    const sources = JSON.parse(readFileSync(dist('json/sources.json'), 'utf8'));
    expect(sources).toEqual(dataset.sources);
    const registry = JSON.parse(readFileSync(dist('json-schema/registry.schema.json'), 'utf8'));
    expect(registry.required).toEqual(expect.arrayContaining(['officialTotal', 'zones']));
  });

  it('passes publint', () => {
    const out = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes @arethetypeswrong/cli for every entry point', () => {
    const out = execFileSync(bin('attw'), ['--pack', '.', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(out);
    const problems = Array.isArray(report.problems)
      ? report.problems
      : Object.values(report.problems ?? {}).flat();
    expect(problems).toEqual([]);
  });
});
