/**
 * The multi-source path with a fixture: a short fictional text written for this test (never part of
 * the dataset), stored in a temporary sources folder, with a record citing it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceTexts } from '../src/node.js';
import type { Source } from '../src/schema/source.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

const FIXTURE = 'FIXTURE, fictional: the Example zone signed 12 projects.';
const sha256 = createHash('sha256').update(FIXTURE).digest('hex');
const fixtureSource: Source = {
  id: 'fixture-example',
  storage: 'stored',
  kind: 'web-page',
  title: 'Fixture text (fictional)',
  publisher: null,
  date: null,
  language: 'en',
  url: null,
  file: 'fixture-example.txt',
  sha256,
  length: FIXTURE.length,
  series: null,
  referenceYear: null,
  editorsNote: null,
  notes: [],
};

function folderWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'hitech-sources-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readSourceTexts', () => {
  it('finds a text by file name, or by SHA-256 under another name', () => {
    expect(readSourceTexts([fixtureSource], folderWith({ 'fixture-example.txt': FIXTURE })).texts).toEqual({
      'fixture-example': FIXTURE,
    });
    expect(readSourceTexts([fixtureSource], folderWith({ 'renamed.txt': FIXTURE })).texts).toEqual({
      'fixture-example': FIXTURE,
    });
  });

  it('reports each missing or altered text, and skips cited sources', () => {
    const data = copyOfDataset();
    const { missing } = readSourceTexts(
      [fixtureSource, ...data.sources],
      folderWith({ 'fixture-example.txt': `${FIXTURE}!` }),
    );
    expect(missing.map((m) => m.id)).toEqual(['fixture-example', 'page-b69735abe0be3e0d']);
    expect(missing[0]?.reason).toContain('SHA-256');
  });
});

describe('quotes are checked against their own source', () => {
  it('accepts evidence into a second source and rejects a quote that source does not hold', () => {
    const data = copyOfDataset();
    data.sources.push(fixtureSource);
    const entity = data.entities[0]!;
    entity.evidence = { sourceId: 'fixture-example', start: 44, end: 55, quote: '12 projects' };
    const { texts } = readSourceTexts([fixtureSource], folderWith({ 'fixture-example.txt': FIXTURE }));
    expect(validateDataset(data, { sourceTexts: texts })).toMatchObject({ ok: true });

    entity.evidence = { sourceId: 'fixture-example', start: 44, end: 55, quote: '13 projects' };
    const result = validateDataset(data, { sourceTexts: texts });
    const problems = result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
    expect(problems).toEqual([
      'entities[0].evidence.quote: source "fixture-example" reads "12 projects" at 44–55, not the quote',
    ]);
  });
});
