import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import semver from 'semver';
import { type Bump, bumpAtLeast, type DatasetDiff, diffDatasets, maxBump } from '../diff/compare.js';
import { loadDataset } from '../diff/load.js';
import { UsageError } from '../io/errors.js';
import { readJsonFile, readTextFile } from '../io/json-file.js';

export interface ReleaseCheck {
  /** The bump planned covers the data change, and the dataset's version is the package's. */
  ok: boolean;
  bumpOk: boolean;
  /** `version.version` of the records (src/data/version.json), stamped from package.json. */
  datasetVersion: string | null;
  versionsAgree: boolean;
  package: string;
  baselineVersion: string;
  packageVersion: string;
  /** The bump the data change since the baseline calls for. */
  required: Bump;
  /** The bump already made in package.json since the baseline, or pending in .changeset/. */
  planned: Bump;
  pendingChangesets: { file: string; bump: Bump }[];
  diff: DatasetDiff;
}

const asBump = (release: string | null | undefined): Bump =>
  release === 'major' || release === 'premajor'
    ? 'major'
    : release === 'minor' || release === 'preminor'
      ? 'minor'
      : release === 'patch' || release === 'prepatch' || release === 'prerelease'
        ? 'patch'
        : 'none';

/** Pending Changesets entries and the bump each asks for the package. */
export function pendingChangesets(dir: string, packageName: string): { file: string; bump: Bump }[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md');
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    let releases: { name: string; type: string }[];
    try {
      releases = parseChangeset(readTextFile(join(dir, file))).releases;
    } catch (error) {
      throw new UsageError(`.changeset/${file} is not a valid changeset: ${(error as Error).message}`);
    }
    const release = releases.find((r) => r.name === packageName);
    return { file, bump: asBump(release?.type) };
  });
}

/**
 * Does the version follow the data? The diff from the release baseline to the records names the bump
 * they need; package.json's version since the baseline and the pending changesets name the bump
 * planned. A breaking data change (major) without a major bump fails; with `strict`, any shortfall does.
 */
export function releaseCheck(options: {
  baseline: string;
  data: string;
  packageJson: string;
  changesetDir: string;
  strict?: boolean;
}): ReleaseCheck {
  const baseline = loadDataset(options.baseline);
  if (!baseline.packageVersion)
    throw new UsageError(`${options.baseline} is not a release baseline ({ "version": …, "dataset": … })`);
  const pkg = readJsonFile(options.packageJson, 'package.json') as { name?: string; version?: string };
  if (!pkg.name || !pkg.version || !semver.valid(pkg.version))
    throw new UsageError(`${options.packageJson} has no valid name and version`);
  const records = loadDataset(options.data).data;
  const diff = diffDatasets(baseline.data, records);
  const datasetVersion = (records.version as { version?: string } | undefined)?.version ?? null;
  const versionsAgree = datasetVersion === null || datasetVersion === pkg.version;
  const pending = pendingChangesets(options.changesetDir, pkg.name);
  const versionBump = semver.gt(pkg.version, baseline.packageVersion)
    ? asBump(semver.diff(baseline.packageVersion, pkg.version))
    : 'none';
  const planned = maxBump([versionBump, ...pending.map((p) => p.bump)]);
  const required = diff.bump;
  const bumpOk = options.strict
    ? bumpAtLeast(planned, required)
    : required !== 'major' || planned === 'major';
  return {
    ok: bumpOk && versionsAgree,
    bumpOk,
    datasetVersion,
    versionsAgree,
    package: pkg.name,
    baselineVersion: baseline.packageVersion,
    packageVersion: pkg.version,
    required,
    planned,
    pendingChangesets: pending,
    diff,
  };
}
