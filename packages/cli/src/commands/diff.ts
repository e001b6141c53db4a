import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { changesetMarkdown, diffSummaryLines, MIGRATION_IN_REPO } from '../diff/changeset.js';
import { type DatasetDiff, diffDatasets } from '../diff/compare.js';
import { type DatasetSide, loadDataset } from '../diff/load.js';
import { EXIT } from '../io/errors.js';
import { emit } from '../io/output.js';
import { repoRoot } from '../io/repo.js';

/** Whether the checkout has the data package's migration note for a major entry to point to. */
export const hasMigrationNote = (root: string | null = repoRoot()) =>
  root !== null && existsSync(join(root, MIGRATION_IN_REPO));

const versionOf = (side: DatasetSide) =>
  side.packageVersion ?? (side.data.version as { version?: string } | undefined)?.version ?? null;

/** Writes the changeset into `dir` under a name fixed by its content, and returns the path. */
export function writeChangeset(dir: string, markdown: string): string {
  const path = join(
    resolve(dir),
    `data-${createHash('sha256').update(markdown).digest('hex').slice(0, 10)}.md`,
  );
  mkdirSync(resolve(dir), { recursive: true });
  writeFileSync(path, markdown);
  return path;
}

export function diffLines(diff: DatasetDiff, from: DatasetSide, to: DatasetSide): string[] {
  const out = [`${from.label} (${versionOf(from) ?? '?'}) → ${to.label} (${versionOf(to) ?? '?'})`];
  if (diff.changes.length === 0) return [...out, 'no changes', 'bump: none'];
  out.push(...diffSummaryLines(diff));
  out.push('changes:');
  for (const c of diff.changes) out.push(`  ${c.class.padEnd(8)} ${c.collection}: ${c.what}`);
  for (const c of diff.collections)
    for (const r of c.changed)
      for (const f of r.fields.slice(0, 20))
        out.push(
          `  ~ ${c.name} ${r.id} ${f.path || '(value)'}: ${f.change === 'changed' ? `${JSON.stringify(f.from)} → ${JSON.stringify(f.to)}` : f.change}`,
        );
  out.push(`bump: ${diff.bump}`);
  return out;
}

export function diffCommand(
  oldSpec: string,
  newSpec: string,
  options: { json?: boolean; changeset?: boolean; write?: string; dataPath?: string },
): number {
  const from = loadDataset(oldSpec, process.cwd(), options.dataPath);
  const to = loadDataset(newSpec, process.cwd(), options.dataPath);
  const diff = diffDatasets(from.data, to.data);
  if (options.changeset || options.write) {
    if (diff.bump === 'none') {
      process.stdout.write('no data change: no changeset\n');
      return EXIT.ok;
    }
    const markdown = changesetMarkdown(
      diff,
      { from: oldSpec, to: newSpec, fromVersion: from.packageVersion },
      { migration: hasMigrationNote() },
    );
    if (options.write) process.stdout.write(`wrote ${writeChangeset(options.write, markdown)}\n`);
    else process.stdout.write(markdown);
    return EXIT.ok;
  }
  emit(
    !!options.json,
    {
      from: { label: from.label, version: versionOf(from) },
      to: { label: to.label, version: versionOf(to) },
      ...diff,
    },
    () => diffLines(diff, from, to),
  );
  return EXIT.ok;
}
