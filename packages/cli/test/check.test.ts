import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@hitech/data';
import { describe, expect, it } from 'vitest';
import {
  ci,
  cli,
  FIXTURES,
  PAGE,
  PAGE_ID,
  pageAvailable,
  record,
  SEED_DIR,
  STACK_FRAME,
  skipWithoutPage,
} from './cli.js';

const FIXTURE_ID = 'fixture-b46490b0042a979f';
const bothTexts = ['--sources', SEED_DIR, '--sources', FIXTURES];
const tmp = () => mkdtempSync(join(tmpdir(), 'hitech-check-'));

describe('hitech-data check', () => {
  it.runIf(ci)('has the column page under CI', () => {
    expect(pageAvailable, `the column page must be at ${PAGE} under CI`).toBe(true);
  });

  describe.skipIf(skipWithoutPage)('against the column page', () => {
    it('passes the shipped dataset and finds its page', () => {
      const run = cli(['check', '--json']);
      expect(run.code).toBe(0);
      const report = run.json();
      expect(report.problems).toEqual([]);
      expect(report.sources).toEqual([{ id: PAGE_ID, status: 'found', path: PAGE }]);
    });

    it('checks records citing two sources, each quote against its own text', () => {
      const run = cli([
        'check',
        record('sources.json'),
        record('multi-source.json'),
        record('one-entity.json'),
        ...bothTexts,
        '--json',
      ]);
      const report = run.json();
      expect(report.problems).toEqual([]);
      expect(run.code).toBe(0);
      expect(report.checked.records).toBe(5);
      expect(report.sources.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
        [PAGE_ID, 'found'],
        [FIXTURE_ID, 'found'],
      ]);
    });

    it('reports every problem with its path, record id and file', () => {
      const run = cli(['check', record('sources.json'), record('broken.json'), ...bothTexts, '--json']);
      expect(run.code).toBe(1);
      const problems: { path: string; recordId?: string; file?: string; message: string }[] =
        run.json().problems;
      const byRecord = (id: string) => problems.filter((p) => p.recordId === id);
      // A quote wrong against the fixture text, and one wrong against the page: each names its own source.
      const lab = byRecord('fixture-star-bridge-lab');
      expect(lab).toHaveLength(1);
      expect(lab[0]!.path).toMatch(/^entities\[\d+\]\.evidence\.quote$/);
      expect(lab[0]!.message).toContain(`source "${FIXTURE_ID}"`);
      expect(lab[0]!.message).toContain('208–214'); // where the quote really is, across the line break
      expect(lab[0]!.file).toBe(record('broken.json'));
      const policy = byRecord('state-council-opinions-2020');
      expect(policy).toHaveLength(1);
      expect(policy[0]!.message).toContain(`source "${PAGE_ID}"`);
      // An unknown source, and an integrity rule of @hitech/data (a currency figure measured in days).
      expect(byRecord('fixture-no-such-source').map((p) => p.message)).toEqual([
        'unknown source "fixture-missing"',
      ]);
      const unit = byRecord('pds-signed-investment-2021').find((p) => p.path.endsWith('.unit'));
      expect(unit?.message).toContain('does not measure a currency');
    });

    it('places a bare record in its collection by its schema', () => {
      const run = cli(['check', record('sources.json'), record('one-entity.json'), ...bothTexts, '--json']);
      expect(run.json().problems).toEqual([]);
      const wrong = join(tmp(), 'entity.json');
      writeFileSync(
        wrong,
        JSON.stringify({
          id: 'fixture-x',
          type: 'no-such-type',
          name: { zh: '测', en: 'x' },
          parkIds: [],
          evidence: { sourceId: PAGE_ID, quote: '2020年7月13日', start: 25, end: 35 },
        }),
      );
      const bad = cli(['check', wrong, '--json']);
      expect(bad.code).toBe(1);
      expect(bad.json().problems).toEqual([
        expect.objectContaining({
          recordId: 'fixture-x',
          path: expect.stringMatching(/^entities\[\d+\]\.type$/),
        }),
      ]);
    });
  });

  it('reports invalid JSON with its line and column, exit 1, no stack trace', () => {
    const file = join(tmp(), 'invalid.json');
    writeFileSync(file, '{\n  "entities": [\n    { "id": "fixture-oops", }\n  ]\n}\n');
    const run = cli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}: invalid JSON at line 3, column 29`);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('says which entry is no record, and what a partial record lacks where it fits best', () => {
    const file = join(tmp(), 'mystery.json');
    writeFileSync(file, JSON.stringify([{ id: 'fixture-x', parkIds: [] }, 42]));
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(1);
    const problems: { path: string; file?: string; recordId?: string }[] = run.json().problems;
    expect(problems).toContainEqual(expect.objectContaining({ path: '[1]', file }));
    const lacking = problems
      .filter((p) => p.recordId === 'fixture-x')
      .map((p) => p.path.replace(/\[\d+\]/, '[]'));
    expect(lacking.sort()).toEqual(['entities[].evidence', 'entities[].name', 'entities[].type']);
  });

  it('reports a missing source text per source: a warning, a failure under CI', () => {
    const empty = tmp();
    const args = ['check', record('sources.json'), '--sources', empty, '--json'];
    const relaxed = cli(args);
    expect(relaxed.code).toBe(0);
    expect(relaxed.json().warnings.map((w: { sourceId: string }) => w.sourceId)).toEqual([
      PAGE_ID,
      FIXTURE_ID,
    ]);
    const strict = cli(args, { env: { CI: 'true' } });
    expect(strict.code).toBe(1);
    expect(strict.json().problems.map((w: { sourceId: string }) => w.sourceId)).toEqual([
      PAGE_ID,
      FIXTURE_ID,
    ]);
  });

  it('finds a text by its hash when the file name differs, and rejects one whose hash differs', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'renamed.txt'), readFileSync(join(FIXTURES, 'fixture-bulletin.txt')));
    const run = cli(['check', record('sources.json'), '--sources', dir, '--json']);
    const fixture = run.json().sources.find((s: { id: string }) => s.id === FIXTURE_ID);
    expect(fixture).toEqual({ id: FIXTURE_ID, status: 'found', path: join(dir, 'renamed.txt') });
    writeFileSync(join(dir, 'fixture-bulletin.txt'), 'not the fixture');
    const mismatch = cli(['check', record('sources.json'), '--sources', dir, '--json']);
    expect(mismatch.code).toBe(1);
    expect(mismatch.json().problems).toEqual([
      expect.objectContaining({ sourceId: FIXTURE_ID, message: expect.stringContaining('SHA-256') }),
    ]);
  });
});

describe('hitech-data check, a team correcting or adding a zone', () => {
  const zone = () => JSON.parse(readFileSync(record('zone.json'), 'utf8'));
  const write = (value: unknown) => {
    const file = join(tmp(), 'zone.json');
    writeFileSync(file, JSON.stringify(value, null, 2));
    return file;
  };
  const problemsOf = (file: string) => {
    const run = cli(['check', file, '--json']);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    return {
      code: run.code,
      problems: run.json().problems as { path: string; recordId?: string; file?: string; message: string }[],
    };
  };

  it('passes a new zone citing a new cited source, with the registry counts it changes', () => {
    const run = cli(['check', record('zone.json'), '--json']);
    const report = run.json();
    expect(report.problems).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.checked.records).toBe(3);
    expect(report.cited).toBe(dataset.sources.filter((s) => s.storage === 'cited').length + 1);
  });

  it('names the completeness rules a new zone breaks when the registry is left as it was', () => {
    const { registry: _, ...withoutCounts } = zone();
    const { code, problems } = problemsOf(write(withoutCounts));
    expect(code).toBe(1);
    expect(problems.map((p) => p.path).sort()).toEqual(['registry.missing', 'registry.zones']);
  });

  it('reports a fact its cited source does not support, and a citation of an unknown source, on the zone', () => {
    const value = zone();
    const park = value.parks[0];
    park.registry.approved = '2025-06-01';
    park.registry.citations.membership.push('fixture-nowhere');
    const file = write(value);
    const { code, problems } = problemsOf(file);
    expect(code).toBe(1);
    const index = dataset.parks.length;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: `parks[${index}].registry.citations.approved[0]`,
          recordId: 'fixture-shili',
          file,
          message: 'source "fixture-approval-notice" does not support a date in 2025',
        }),
        expect.objectContaining({
          path: `parks[${index}].registry.citations.membership[1]`,
          recordId: 'fixture-shili',
          message: 'refers to unknown cited source "fixture-nowhere"',
        }),
      ]),
    );
  });

  it('corrects a zone by id, field by field over the shipped record, and catches a code outside its city', () => {
    const index = dataset.parks.findIndex(
      (p) => p.registry.nbsCode !== null && p.province.code !== p.city.code,
    );
    const shipped = dataset.parks[index]!;
    const elsewhere = shipped.province.code === '110000' ? '120171' : '110171';
    const file = write({
      parks: [{ id: shipped.id, registry: { ...shipped.registry, nbsCode: elsewhere } }],
    });
    const { code, problems } = problemsOf(file);
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ path: `parks[${index}].registry.nbsCode`, recordId: shipped.id, file }),
    ]);
  });

  it('places a bare cited source and a bare park record in their collections', () => {
    const value = zone();
    const { code, problems } = problemsOf(write([value.sources[0], value.parks[0]]));
    expect(code).toBe(1);
    // Only the registry's counts are wrong: the source went to sources and the zone to parks.
    expect(problems.map((p) => p.path).sort()).toEqual(['registry.missing', 'registry.zones']);
  });
});
