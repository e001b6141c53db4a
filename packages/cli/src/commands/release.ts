import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { changesetMarkdown } from '../diff/changeset.js';
import { diffDatasets } from '../diff/compare.js';
import { loadDataset } from '../diff/load.js';
import { EXIT, UsageError } from '../io/errors.js';
import { readJsonFile } from '../io/json-file.js';
import { emit } from '../io/output.js';
import { BASELINE_IN_REPO, DATA_DIR_IN_REPO, repoRoot } from '../io/repo.js';
import { releaseCheck } from '../release/check.js';
import { hasMigrationNote, writeChangeset } from './diff.js';

const root = () => {
  const found = repoRoot();
  if (!found)
    throw new UsageError('not inside a checkout of the project (no pnpm-workspace.yaml or .git above)');
  return found;
};

/** Where the release files sit in a checkout; every option can point elsewhere (the tests do). */
const defaults = (r: string) => ({
  baseline: join(r, BASELINE_IN_REPO),
  data: join(r, DATA_DIR_IN_REPO),
  packageJson: join(r, 'packages/data/package.json'),
  changesets: join(r, '.changeset'),
});

export function releaseCheckCommand(options: {
  baseline?: string;
  data?: string;
  package?: string;
  changesets?: string;
  strict?: boolean;
  json?: boolean;
}): number {
  const d = defaults(root());
  const result = releaseCheck({
    baseline: resolve(options.baseline ?? d.baseline),
    data: resolve(options.data ?? d.data),
    packageJson: resolve(options.package ? join(options.package, 'package.json') : d.packageJson),
    changesetDir: resolve(options.changesets ?? d.changesets),
    strict: !!options.strict,
  });
  emit(!!options.json, result, () => [
    `${result.package}: released ${result.baselineVersion}, package.json ${result.packageVersion}, ` +
      `dataset ${result.datasetVersion ?? '(no version.json)'}, ${result.pendingChangesets.length} pending changeset(s)`,
    ...(result.versionsAgree
      ? []
      : [
          `the dataset's version (version.json) is not the package's: run \`pnpm --filter @hitech/data version:data\``,
        ]),
    `the data since the release needs a ${result.required} bump; planned: ${result.planned}`,
    ...result.diff.changes
      .filter((c) => c.class === 'breaking')
      .map((c) => `  breaking: ${c.collection}: ${c.what}`),
    result.ok
      ? 'ok'
      : result.bumpOk
        ? 'not ok'
        : `a ${result.required} bump is missing: run \`pnpm changeset:data\` (or \`pnpm changeset\`) and choose ${result.required}`,
  ]);
  return result.ok ? EXIT.ok : EXIT.problems;
}

/** The most recent release tag of the data package, if the clone has tags. */
function lastReleaseTag(cwd: string): string | null {
  try {
    const tag = execFileSync('git', ['describe', '--tags', '--abbrev=0', '--match', '@hitech/data@*'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return tag || null;
  } catch {
    return null;
  }
}

export function changesetCommand(options: {
  since?: string;
  dir?: string;
  data?: string;
  dryRun?: boolean;
}): number {
  const r = root();
  const d = defaults(r);
  // The committed baseline is the last release in every clone, tags or not.
  const since = options.since ?? (existsSync(d.baseline) ? d.baseline : (lastReleaseTag(r) ?? 'HEAD'));
  const dataSpec = options.data ?? d.data;
  const before = loadDataset(since, r);
  const diff = diffDatasets(before.data, loadDataset(dataSpec, r).data);
  if (diff.bump === 'none') {
    process.stdout.write(`no data change since ${since}: no changeset\n`);
    return EXIT.ok;
  }
  const from = isAbsolute(since) ? relative(r, since) : since;
  const markdown = changesetMarkdown(
    diff,
    { from, to: DATA_DIR_IN_REPO, fromVersion: before.packageVersion },
    { migration: hasMigrationNote(r) },
  );
  if (options.dryRun) process.stdout.write(markdown);
  else process.stdout.write(`${diff.bump}: wrote ${writeChangeset(options.dir ?? d.changesets, markdown)}\n`);
  return EXIT.ok;
}

/** Records the released dataset and version as the baseline the next release is compared with. */
export function baselineCommand(options: { out?: string; data?: string; package?: string }): number {
  const d = defaults(root());
  const pkg = readJsonFile(
    options.package ? join(options.package, 'package.json') : d.packageJson,
    'package.json',
  ) as {
    name: string;
    version: string;
  };
  const dataset = loadDataset(options.data ?? d.data).data;
  const out = resolve(options.out ?? d.baseline);
  writeFileSync(out, `${JSON.stringify({ package: pkg.name, version: pkg.version, dataset }, null, 2)}\n`);
  process.stdout.write(`${pkg.name} ${pkg.version}: baseline written to ${out}\n`);
  return EXIT.ok;
}
