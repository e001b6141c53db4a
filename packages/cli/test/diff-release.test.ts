import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@hitech/data';
import { describe, expect, it } from 'vitest';
import { cli, REPO_ROOT, record } from './cli.js';

// biome-ignore lint/suspicious/noExplicitAny: plain JSON datasets that the tests edit freely
type Json = Record<string, any>;
const tmp = () => mkdtempSync(join(tmpdir(), 'hitech-diff-'));
const copy = (): Json => structuredClone(dataset) as Json;
const writeJson = (path: string, value: unknown) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const fixtureRecords = JSON.parse(readFileSync(record('multi-source.json'), 'utf8'));
const fixtureSources = JSON.parse(readFileSync(record('sources.json'), 'utf8')).sources;

/** Writes two dataset files and runs `diff --json` on them. */
function diff(before: Json, after: Json) {
  const dir = tmp();
  writeJson(join(dir, 'old.json'), before);
  writeJson(join(dir, 'new.json'), after);
  const run = cli(['diff', join(dir, 'old.json'), join(dir, 'new.json'), '--json']);
  expect(run.code).toBe(0);
  return run.json();
}

describe('hitech-data diff', () => {
  it('finds nothing between a dataset and itself', () => {
    expect(diff(copy(), copy())).toMatchObject({ changes: [], bump: 'none' });
  });

  it('classes a changed value as a patch, with the field', () => {
    const after = copy();
    after.observations[0].label.en = 'Relabelled';
    const result = diff(copy(), after);
    expect(result.bump).toBe('patch');
    const observations = result.collections.find((c: Json) => c.name === 'observations');
    expect(observations.changed).toEqual([
      {
        id: after.observations[0].id,
        fields: [
          { path: 'label.en', change: 'changed', from: dataset.observations[0]!.label.en, to: 'Relabelled' },
        ],
      },
    ]);
  });

  it('classes a new record as additive (minor)', () => {
    const after = copy();
    after.entities.push(fixtureRecords.entities[0]);
    const result = diff(copy(), after);
    expect(result.bump).toBe('minor');
    expect(result.changes).toEqual([
      expect.objectContaining({ class: 'additive', id: 'fixture-star-bridge-lab' }),
    ]);
  });

  it('classes a removed id, a renamed id and a removed field as breaking (major)', () => {
    const removed = copy();
    const gone = removed.events.pop();
    expect(diff(copy(), removed)).toMatchObject({
      bump: 'major',
      changes: [expect.objectContaining({ class: 'breaking', id: gone.id })],
    });
    const renamed = copy();
    renamed.parks[0].id = 'renamed-park';
    const r = diff(copy(), renamed);
    expect(r.bump).toBe('major');
    expect(r.collections.find((c: Json) => c.name === 'parks').renamed).toEqual([
      { from: dataset.parks[0]!.id, to: 'renamed-park' },
    ]);
    const fieldless = copy();
    for (const e of fieldless.entities) delete e.description;
    const f = diff(copy(), fieldless);
    expect(f.bump).toBe('major');
    expect(f.shape).toContainEqual(
      expect.objectContaining({ collection: 'entities', path: 'description', change: 'field-removed' }),
    );
  });

  it('classes a narrowed type as breaking and a widened one as additive', () => {
    const narrowed = copy();
    for (const o of narrowed.observations) if (o.partOf === null) o.partOf = o.id;
    expect(diff(copy(), narrowed).shape).toContainEqual(
      expect.objectContaining({
        path: 'partOf',
        change: 'type-narrowed',
        from: ['null', 'string'],
        to: ['string'],
      }),
    );
    const widened = diff(narrowed, copy());
    expect(widened.shape).toEqual([expect.objectContaining({ path: 'partOf', change: 'type-widened' })]);
  });

  it('reads the move from one source to a sources collection with a fixture source as a major change', () => {
    // The 1.x shape: a single `source` record where 2.0 has the `sources` collection.
    const before = copy();
    before.source = before.sources[0];
    delete before.sources;
    const after = copy();
    after.sources.push(fixtureSources[0]);
    after.entities.push(fixtureRecords.entities[0]);
    after.events.push(fixtureRecords.events[0]);
    const result = diff(before, after);
    expect(result.bump).toBe('major');
    expect(result.collections.filter((c: Json) => c.status !== 'kept')).toEqual([
      expect.objectContaining({ name: 'source', status: 'removed' }),
      expect.objectContaining({ name: 'sources', status: 'added' }),
    ]);
    const dir = tmp();
    writeJson(join(dir, 'old.json'), before);
    writeJson(join(dir, 'new.json'), after);
    const entry = cli(['diff', join(dir, 'old.json'), join(dir, 'new.json'), '--changeset']);
    expect(entry.code).toBe(0);
    expect(entry.stdout).toMatch(/^---\n'@hitech\/data': major\n---\n/);
    expect(entry.stdout).toContain('`source`: collection removed (breaking)');
    expect(entry.stdout).toContain('`fixture-star-bridge-lab`');
  });

  it('compares two git refs, reading the records with git show', () => {
    const repo = tmp();
    const dataDir = join(repo, 'packages/data/src/data');
    mkdirSync(dataDir, { recursive: true });
    cpSync(join(REPO_ROOT, 'packages/data/src/data'), dataDir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: repo,
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'one');
    const events = JSON.parse(readFileSync(join(dataDir, 'events.json'), 'utf8'));
    writeJson(join(dataDir, 'events.json'), [...events, fixtureRecords.events[0]]);
    git('commit', '-qam', 'two');
    const run = cli(['diff', 'HEAD~1', 'HEAD', '--json'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({
      bump: 'minor',
      changes: [expect.objectContaining({ id: 'fixture-star-bridge-opening' })],
    });
    // The working tree against HEAD, as `pnpm changeset:data` does it.
    writeJson(join(dataDir, 'events.json'), events);
    const back = cli(['diff', 'HEAD', 'packages/data/src/data', '--json'], { cwd: repo });
    expect(back.json()).toMatchObject({
      bump: 'major',
      changes: [expect.objectContaining({ class: 'breaking' })],
    });
    writeFileSync(join(repo, 'packages/data/MIGRATION.md'), '# Migrating (fixture)\n');
    const written = cli(['changeset', '--since', 'HEAD'], { cwd: repo });
    expect(written.code).toBe(0);
    const path = /wrote (.+\.md)/.exec(written.stdout)?.[1];
    const entry = readFileSync(path!, 'utf8');
    expect(entry).toMatch(/^---\n'@hitech\/data': major\n---/);
    // A major entry points to the migration note, relative to packages/data/CHANGELOG.md.
    expect(entry).toContain('[packages/data/MIGRATION.md](./MIGRATION.md)');
  });

  it('works in a clean CI clone: shallow, one branch, no tags', () => {
    // The "origin": records on main, one more event on a pull-request branch, a release baseline.
    const origin = tmp();
    const dataDir = join(origin, 'packages/data/src/data');
    mkdirSync(dataDir, { recursive: true });
    cpSync(join(REPO_ROOT, 'packages/data/src/data'), dataDir, { recursive: true });
    mkdirSync(join(origin, 'packages/data/release'), { recursive: true });
    writeJson(join(origin, 'packages/data/release/baseline.json'), {
      package: '@hitech/data',
      version: '9.9.9',
      dataset: copy(),
    });
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'one');
    git(origin, 'tag', '@hitech/data@9.9.9');
    git(origin, 'checkout', '-qb', 'pull-request');
    const events = JSON.parse(readFileSync(join(dataDir, 'events.json'), 'utf8'));
    writeJson(join(dataDir, 'events.json'), [...events, fixtureRecords.events[0]]);
    git(origin, 'commit', '-qam', 'two');
    // What CI checks out: the branch alone, one commit deep, without tags.
    const clone = join(tmp(), 'clone');
    git(
      origin,
      'clone',
      '-q',
      '--depth',
      '1',
      '--no-tags',
      '--branch',
      'pull-request',
      `file://${origin}`,
      clone,
    );
    expect(git(clone, 'tag').toString()).toBe('');
    const added = {
      bump: 'minor',
      changes: [expect.objectContaining({ id: 'fixture-star-bridge-opening' })],
    };
    for (const base of ['main', 'HEAD~1', '@hitech/data@9.9.9']) {
      const run = cli(['diff', base, 'HEAD', '--json'], { cwd: clone });
      expect(run.stderr, base).toBe('');
      expect(run.code, base).toBe(0);
      expect(run.json(), base).toMatchObject(added);
    }
    // A tag the baseline does not record, and a ref nobody has, stay usage errors.
    expect(cli(['diff', '@hitech/data@1.2.3', 'HEAD'], { cwd: clone }).code).toBe(2);
    expect(cli(['diff', 'no-such-branch', 'HEAD'], { cwd: clone }).code).toBe(2);
  });

  it('exits 2 on a dataset file that is not JSON', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    const run = cli(['diff', join(dir, 'bad.json'), join(dir, 'bad.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid JSON at line 1');
  });
});

/**
 * A scratch checkout: a baseline at version 1.0.0, the records (their version.json stamped with the
 * package's version unless `datasetVersion` says otherwise), package.json and .changeset/.
 */
function scratchRelease(
  records: Json,
  version: string,
  changesets: Record<string, string> = {},
  datasetVersion = version,
) {
  const dir = tmp();
  writeJson(join(dir, 'baseline.json'), { package: '@hitech/data', version: '1.0.0', dataset: copy() });
  mkdirSync(join(dir, 'data'));
  const stamped = { ...records, version: { ...records.version, version: datasetVersion } };
  for (const [name, value] of Object.entries(stamped)) writeJson(join(dir, 'data', `${name}.json`), value);
  writeJson(join(dir, 'package.json'), { name: '@hitech/data', version });
  mkdirSync(join(dir, '.changeset'));
  for (const [name, body] of Object.entries(changesets)) writeFileSync(join(dir, '.changeset', name), body);
  const args = ['--baseline', join(dir, 'baseline.json'), '--data', join(dir, 'data'), '--package', dir];
  return (...more: string[]) =>
    cli(['release-check', ...args, '--changesets', join(dir, '.changeset'), ...more]);
}

const major = "---\n'@hitech/data': major\n---\n\nData: breaking.\n";
const minor = "---\n'@hitech/data': minor\n---\n\nData: new records.\n";

describe('hitech-data release-check', () => {
  const breaking = copy();
  breaking.observations.pop();
  const additive = copy();
  additive.entities.push(fixtureRecords.entities[0]);

  it('fails a breaking data change with no major bump planned', () => {
    const run = scratchRelease(breaking, '1.0.0')('--json');
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({ ok: false, required: 'major', planned: 'none' });
    expect(scratchRelease(breaking, '1.0.0', { 'data.md': minor })().code).toBe(1);
    expect(scratchRelease(breaking, '1.1.0')().code).toBe(1);
  });

  it('passes it with a major changeset pending, or once package.json has the major', () => {
    expect(scratchRelease(breaking, '1.0.0', { 'data.md': major })().code).toBe(0);
    expect(scratchRelease(breaking, '2.0.0')().code).toBe(0);
  });

  it('lets an additive change pass without a bump, unless --strict', () => {
    expect(scratchRelease(additive, '1.0.0')().code).toBe(0);
    expect(scratchRelease(additive, '1.0.0')('--strict').code).toBe(1);
    expect(scratchRelease(additive, '1.0.0', { 'data.md': minor })('--strict').code).toBe(0);
  });

  it("fails when the dataset's version is not the package's", () => {
    const run = scratchRelease(copy(), '1.0.0', {}, '0.9.0')('--json');
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({
      ok: false,
      bumpOk: true,
      versionsAgree: false,
      datasetVersion: '0.9.0',
    });
  });

  it("this repository's changelog has the current major's entry, written by hitech-data diff, with the migration note", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/data/package.json'), 'utf8'));
    const changelog = readFileSync(join(REPO_ROOT, 'packages/data/CHANGELOG.md'), 'utf8');
    const [major] = pkg.version.split('.');
    const entry = changelog.split(/^## /m).find((section) => section.startsWith(`${major}.0.0\n`));
    expect(entry, `packages/data/CHANGELOG.md has no ${major}.0.0 entry`).toBeDefined();
    expect(entry).toContain('### Major Changes');
    expect(entry).toContain('Written by `hitech-data diff');
    expect(entry).toContain('[packages/data/MIGRATION.md](./MIGRATION.md)');
    expect(readFileSync(join(REPO_ROOT, 'packages/data/MIGRATION.md'), 'utf8')).toContain(`${major}.0`);
  });

  it('passes on this repository: no breaking data change ships without a major bump', () => {
    const run = cli(['release-check', '--json'], { cwd: REPO_ROOT });
    const result = run.json();
    expect(
      result.ok,
      `${result.required} bump needed, ${result.planned} planned: run pnpm changeset:data`,
    ).toBe(true);
    expect(run.code).toBe(0);
  });
});
