import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, StoredSource } from '@hitech/data/schema';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, PAGE, PAGE_ID, record, SEED_DIR, skipWithoutPage } from './cli.js';

const FIXTURE = join(FIXTURES, 'fixture-bulletin.txt');
const fixtureText = readFileSync(FIXTURE, 'utf8');
const fixtureSha = createHash('sha256').update(readFileSync(FIXTURE)).digest('hex');
const FIXTURE_ID = 'fixture-b46490b0042a979f';

describe('hitech-data locate', () => {
  it('finds a quote the text splits across a line break, at its real span', () => {
    const run = cli(['locate', FIXTURE, '星桥实验室', '--json']);
    expect(run.code).toBe(0);
    const [match] = run.json().matches;
    expect(match.kind).toBe('across-breaks');
    expect(fixtureText.slice(match.start, match.end)).toBe(match.text);
    expect(match.text.replace(/\s/g, '')).toBe('星桥实验室');
  });

  it('finds a quote by the source id declared in a record file, for evidence to paste', () => {
    const run = cli([
      'locate',
      FIXTURE_ID,
      '320批次',
      '--records',
      record('sources.json'),
      '--sources',
      FIXTURES,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const { evidence } = run.json();
    expect(evidence).toHaveLength(1);
    expect(evidence[0].sourceId).toBe(FIXTURE_ID);
    expect(fixtureText.slice(evidence[0].start, evidence[0].end)).toBe('320批次');
  });

  it('finds a text by its SHA-256 in the sources folder', () => {
    const run = cli(['locate', fixtureSha, '2099年', '--sources', FIXTURES, '--json']);
    expect(run.code).toBe(0);
    expect(run.json().matches.map((m: { start: number }) => m.start)).toEqual([
      fixtureText.indexOf('2099年'),
    ]);
  });

  it('suggests the closest spans when nothing matches, and exits 1', () => {
    const run = cli(['locate', FIXTURE, '全年接待测试团队230批次', '--json']);
    expect(run.code).toBe(1);
    const { matches, suggestions } = run.json();
    expect(matches).toEqual([]);
    expect(suggestions[0].text).toBe('全年接待测试团队320批次');
    expect(suggestions[0].distance).toBe(2);
  });

  it('says when nothing is close', () => {
    const run = cli(['locate', FIXTURE, 'zzzzzzzzzzzz']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('nothing close enough to suggest');
  });

  describe.skipIf(skipWithoutPage)('in the column page', () => {
    it('finds a phrase split by a page break, by source id', () => {
      const page = readFileSync(PAGE, 'utf8');
      const run = cli(['locate', PAGE_ID, '研发机构近500个', '--sources', SEED_DIR, '--json']);
      expect(run.code).toBe(0);
      const [e] = run.json().evidence;
      expect(e.sourceId).toBe(PAGE_ID);
      expect(page.slice(e.start, e.end)).toBe(e.quote);
      expect(e.quote).toContain('\n');
    });
  });
});

describe('hitech-data source', () => {
  it('prints a complete stored-source record: hash, length in JavaScript characters, an id from the hash', () => {
    const run = cli(['source', FIXTURE, '--id-prefix', 'fixture', '--json']);
    expect(run.code).toBe(0);
    const { record: made, valid, toFill } = run.json();
    expect(made).toMatchObject({
      id: `fixture-${fixtureSha.slice(0, 16)}`,
      storage: 'stored',
      file: 'fixture-bulletin.txt',
      sha256: fixtureSha,
      length: fixtureText.length,
    });
    // Complete for the schema: the package's own parser accepts it, and it has every field.
    expect(parseSource(made).ok).toBe(true);
    expect(valid).toBe(true);
    expect(Object.keys(made)).toEqual(Object.keys(StoredSource.shape));
    // What the text cannot tell is null and listed to fill, with the placeholder kind.
    const nulls = Object.keys(made).filter((k) => made[k] === null);
    expect(nulls.sort()).toEqual(
      ['date', 'editorsNote', 'publisher', 'referenceYear', 'series', 'title', 'url'].sort(),
    );
    expect(made.kind).toBe('other');
    const listed = toFill.map((f: { field: string }) => f.field);
    for (const field of [...nulls, 'kind', 'language', 'notes']) expect(listed).toContain(field);
  });

  it('takes what the options give, and checks them with the package parser', () => {
    const given = cli([
      'source',
      FIXTURE,
      '--title',
      '示例科技园年度简报（虚构）',
      '--kind',
      'web-page',
      '--date',
      '2099',
      '--language',
      'zh-CN',
      '--json',
    ]).json();
    expect(given.record).toMatchObject({
      title: '示例科技园年度简报（虚构）',
      kind: 'web-page',
      date: '2099',
    });
    expect(given.toFill.map((f: { field: string }) => f.field)).not.toContain('title');
    const badDate = cli(['source', FIXTURE, '--date', '2099-13', '--json']);
    expect(badDate.code).toBe(1);
    const invalid: { path: string }[] = badDate.json().invalid;
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid.map((p) => p.path).every((p) => p === 'date')).toBe(true);
    expect(cli(['source', FIXTURE, '--kind', 'no-such-kind']).code).toBe(2);
  });

  it('derives the id the fixture records cite', () => {
    const declared = JSON.parse(readFileSync(record('sources.json'), 'utf8')).sources[0];
    const made = cli(['source', FIXTURE, '--id-prefix', 'fixture', '--json']).json().record;
    expect(made).toEqual(
      expect.objectContaining({ id: declared.id, sha256: declared.sha256, length: declared.length }),
    );
    expect(parseSource(declared).ok).toBe(true);
  });

  it.skipIf(skipWithoutPage)('keeps the released id of a text already in the dataset', () => {
    const run = cli(['source', PAGE, '--json']);
    expect(run.code).toBe(0);
    // The page's id took its hex from the file name, not the hash; released ids never change.
    expect(run.json()).toMatchObject({ existing: PAGE_ID, record: { id: PAGE_ID } });
    const hash = createHash('sha256').update(readFileSync(PAGE)).digest('hex');
    expect(PAGE_ID).not.toBe(`page-${hash.slice(0, 16)}`);
  });

  it('rejects a prefix that is not a slug', () => {
    expect(cli(['source', FIXTURE, '--id-prefix', 'Not A Slug']).code).toBe(2);
  });
});
