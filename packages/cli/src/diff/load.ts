import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../io/errors.js';
import { readJsonFile } from '../io/json-file.js';
import { BASELINE_IN_REPO, DATA_DIR_IN_REPO } from '../io/repo.js';

/** One side of a diff: a dataset as plain JSON, and what it was read from. */
export interface DatasetSide {
  label: string;
  data: Record<string, unknown>;
  /** The package version a release baseline records, when the side is one. */
  packageVersion?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The dataset's key for a collection file: `parks.json` → `parks`, `indicator-families.json` → `indicatorFamilies`. */
const collectionOf = (file: string) =>
  basename(file, '.json').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A folder of collection files, as packages/data/src/data is laid out. */
function readFolder(dir: string): Record<string, unknown> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new UsageError(`${dir} holds no .json collection files`);
  return Object.fromEntries(files.sort().map((f) => [collectionOf(f), readJsonFile(join(dir, f))]));
}

const git = (args: string[], cwd: string): string | null => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
};

/** The remote a clone was made from (`origin` when there is one), if any. */
function remoteOf(root: string): string | null {
  const remotes = (git(['remote'], root) ?? '').split('\n').filter(Boolean);
  return remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
}

const commitOf = (ref: string, root: string): string | null =>
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)?.trim() || null;

/** How many generations back a relative ref reaches: `HEAD~2` → 2, `main^^` → 2, `HEAD` → 0. */
function generations(ref: string): { base: string; back: number } {
  const match = /^(.*?)((?:[~^]\d*)*)$/.exec(ref);
  const base = match?.[1] || ref;
  const steps = match?.[2]?.match(/[~^]\d*/g) ?? [];
  const back = steps.reduce((n, s) => n + (s[0] === '~' ? Number(s.slice(1) || 1) : 1), 0);
  return { base, back };
}

/**
 * The commit a ref names, fetching what a clean CI clone lacks: a branch that is only on the remote
 * (`main` in a clone of a pull request) and history a shallow clone cut off (`HEAD~1`). Tags are never
 * needed: the last release is the committed baseline.
 */
function resolveRef(ref: string, root: string): string | null {
  const local = commitOf(ref, root);
  if (local) return local;
  const remote = remoteOf(root);
  if (!remote) return null;
  const shallow = git(['rev-parse', '--is-shallow-repository'], root)?.trim() === 'true';
  const { base, back } = generations(ref);
  const tracked = commitOf(`${remote}/${ref}`, root);
  if (tracked) return tracked;
  if (!commitOf(base, root)) {
    // A branch or commit of the remote that this clone never fetched.
    const depth = shallow ? [`--depth=${back + 1}`] : [];
    if (git(['fetch', '--quiet', '--no-tags', ...depth, remote, base], root) === null) return null;
    const fetched = commitOf('FETCH_HEAD', root);
    if (!fetched) return null;
    return back === 0 ? fetched : commitOf(`${fetched}${ref.slice(base.length)}`, root);
  }
  if (shallow && back > 0) {
    // History cut off by a shallow clone: deepen it just enough.
    git(['fetch', '--quiet', '--no-tags', `--deepen=${back}`, remote], root);
    return commitOf(ref, root);
  }
  return null;
}

/** The collection files of the dataset as committed at a git ref. */
function readRef(ref: string, cwd: string, dataPath: string): Record<string, unknown> {
  const root = git(['rev-parse', '--show-toplevel'], cwd)?.trim();
  if (!root)
    throw new UsageError(`"${ref}" is neither a file, a folder nor a git ref (not inside a git checkout)`);
  const commit = resolveRef(ref, root);
  if (commit === null)
    throw new UsageError(
      `"${ref}" is neither a file, a folder nor a git ref (nor one the clone's remote has); for the last release use packages/data/release/baseline.json`,
    );
  const listed = git(['ls-tree', '--name-only', commit, '--', `${dataPath}/`], root) ?? '';
  const paths = listed.split('\n').filter((p) => p.endsWith('.json'));
  if (paths.length === 0) throw new UsageError(`${ref} has no collection files under ${dataPath}/`);
  return Object.fromEntries(
    paths.map((path) => {
      const text = git(['show', `${commit}:${path}`], root) ?? '';
      try {
        return [collectionOf(path), JSON.parse(text)];
      } catch {
        throw new UsageError(`${ref}:${path} is not valid JSON`);
      }
    }),
  );
}

/** A release tag of the data package (`@hitech/data@2.0.0`) that the clone does not have. */
const RELEASE_TAG = /^@hitech\/data@(\d+\.\d+\.\d+(?:-[\w.]+)?)$/;

/**
 * The committed release baseline stands in for a release tag a clone lacks (CI clones have no tags),
 * when it records that very version.
 */
function baselineForTag(spec: string, cwd: string): DatasetSide | null {
  const version = RELEASE_TAG.exec(spec)?.[1];
  const root = version ? git(['rev-parse', '--show-toplevel'], cwd)?.trim() : undefined;
  if (!version || !root || commitOf(spec, root)) return null;
  const path = join(root, BASELINE_IN_REPO);
  if (!existsSync(path)) return null;
  const value = readJsonFile(path, 'release baseline') as { version?: string; dataset?: unknown };
  if (value.version !== version || !isObject(value.dataset)) return null;
  return { label: `${spec} (${BASELINE_IN_REPO})`, data: value.dataset, packageVersion: version };
}

/**
 * Reads a dataset from a dataset JSON file (`dataset.json`, or a release baseline `{ version, dataset }`),
 * a folder of collection files, or a git ref (its packages/data/src/data/*.json, read with `git show`).
 */
export function loadDataset(spec: string, cwd = process.cwd(), dataPath = DATA_DIR_IN_REPO): DatasetSide {
  const path = resolve(cwd, spec);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return { label: spec, data: readFolder(path) };
    const value = readJsonFile(path, 'dataset file');
    if (!isObject(value)) throw new UsageError(`${spec} is not a dataset (a JSON object of collections)`);
    if (isObject(value.dataset) && typeof value.version === 'string')
      return { label: spec, data: value.dataset, packageVersion: value.version };
    return { label: spec, data: value };
  }
  return baselineForTag(spec, cwd) ?? { label: spec, data: readRef(spec, cwd, dataPath) };
}
