/**
 * Registry prose in both languages: the rule (validate/prose.ts) on hand-made cases, the dataset
 * against it, and the Chinese against the material whose English it translates (the TSVs in
 * ../shared/reference/zones-registry, or HITECH_REGISTRY_DIR).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index.js';
import type { CitedSource } from '../src/schema/source.js';
import { validateDataset } from '../src/validate/dataset.js';
import { bilingualProblems, registryProseProblems } from '../src/validate/prose.js';
import { formatPath } from '../src/validate/result.js';
import { copyOfDataset } from './fixtures.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const materialDir =
  process.env.HITECH_REGISTRY_DIR ?? resolve(here, '../../../../shared/reference/zones-registry');
const hasMaterial = existsSync(resolve(materialDir, 'zones.tsv'));
if (!hasMaterial)
  console.warn(`registry prose tests against the material skipped: no zones.tsv in ${materialDir}`);

const readTsv = (name: string) => {
  const [header, ...lines] = readFileSync(resolve(materialDir, name), 'utf8').trimEnd().split('\n');
  const columns = (header as string).split('\t');
  return lines.map((line) =>
    Object.fromEntries(line.split('\t').map((cell, i) => [columns[i] as string, cell.trim()])),
  );
};
const registryJson = <T>(name: string) =>
  JSON.parse(readFileSync(resolve(here, '../registry', name), 'utf8')) as T;
type Translated = { en: string; zh: string };

describe('bilingualProblems', () => {
  it('accepts a note whose languages agree on sources and years', () => {
    expect(
      bilingualProblems({
        zh: '1988年5月10日以“北京市新技术产业开发试验区”之名获批；1999年8月更名（E74）。',
        en: 'Approved 1988-05-10 as 北京市新技术产业开发试验区; renamed in 1999-08 (E74)',
      }),
    ).toEqual([]);
  });

  it('rejects an English note copied into the Chinese', () => {
    const en = 'Approved 1988-05-10 as 北京市新技术产业开发试验区; renamed in 1999-08 (E74)';
    expect(bilingualProblems({ zh: en, en })).toEqual([
      'the Chinese text holds English words ("as")',
      'the Chinese and English texts are the same',
    ]);
    expect(bilingualProblems({ zh: 'Only a community list', en: 'Only a community list.' })).toEqual([
      'the Chinese text has no Chinese',
    ]);
  });

  it('rejects a Chinese note in the English', () => {
    expect(bilingualProblems({ zh: '仅依据GH。', en: '仅依据GH。' })).toContain(
      'the English text is written in Chinese',
    );
  });

  it('rejects a translation that loses a source or changes a year', () => {
    expect(bilingualProblems({ zh: '两篇报道（N6）。', en: 'Two reports (N6; N54)' })).toEqual([
      'the Chinese names sources [N6], the English [N54, N6]',
    ]);
    expect(bilingualProblems({ zh: '2012年8月获批。', en: 'Approved 2013-08' })).toEqual([
      'the Chinese names years [2012], the English [2013]',
    ]);
  });
});

describe('registry prose in the dataset', () => {
  it('has both languages everywhere', () => {
    const problems: string[] = [];
    registryProseProblems(copyOfDataset(), (path, message) =>
      problems.push(`${formatPath(path)}: ${message}`),
    );
    expect(problems).toEqual([]);
  });

  it('is checked by validateDataset, with the path of each text', () => {
    const data = copyOfDataset();
    const zone = data.parks.findIndex((p) => p.registry.notes.length > 0);
    const note = data.parks[zone]!.registry.notes[0]!;
    note.zh = note.en;
    const source = data.sources.findIndex((s) => s.storage === 'cited');
    (data.sources[source] as CitedSource).supports.zh = '';
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // A missing language is a schema problem, reported before the rules run.
    expect(result.problems.map((p) => formatPath(p.path))).toEqual([`sources[${source}].supports.zh`]);
    const supports = (data.sources[source] as CitedSource).supports;
    supports.zh = supports.en;
    const again = validateDataset(data);
    expect(again.ok ? [] : again.problems.map((p) => formatPath(p.path))).toEqual(
      expect.arrayContaining([`parks[${zone}].registry.notes[0]`, `sources[${source}].supports`]),
    );
  });
});

describe.skipIf(!hasMaterial)('registry prose against the material', () => {
  const zonesZh = registryJson<{ zones: Record<string, Translated> }>('notes-zh.json').zones;
  const sourcesZh = registryJson<{ sources: Record<string, Record<'title' | 'supports', Translated>> }>(
    'sources-zh.json',
  ).sources;

  it('translates the current English of every note of zones.tsv, and nothing else', () => {
    const rows = readTsv('zones.tsv').filter((row) => row.notes);
    const byName = new Map(dataset.parks.map((p) => [p.name.zh, p]));
    const stale = rows.flatMap((row) => {
      const park = byName.get(row.name_zh as string);
      const entry = park && zonesZh[park.id];
      const note = park?.registry.notes.find((n) => n.en === row.notes);
      return entry?.en === row.notes && note?.zh === entry?.zh ? [] : [row.name_zh];
    });
    expect(stale).toEqual([]);
    expect(Object.keys(zonesZh)).toHaveLength(rows.length);
  });

  it('translates the current description and support of every source of sources.tsv', () => {
    const byRef = new Map(
      copyOfDataset()
        .sources.filter((s): s is CitedSource => s.storage === 'cited')
        .map((s) => [s.ref, s]),
    );
    const stale = readTsv('sources.tsv').flatMap((row) => {
      const source = byRef.get(row.id as string);
      const entry = sourcesZh[row.id as string];
      const same =
        source?.supports.en === row.supports &&
        source?.supports.zh === entry?.supports.zh &&
        entry?.supports.en === row.supports &&
        source?.title?.en === row.title_or_description &&
        source?.title?.zh === entry?.title.zh;
      return same ? [] : [row.id];
    });
    expect(stale).toEqual([]);
  });
});
