import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../io/errors.js';
import { readJsonFile } from '../io/json-file.js';
import { DATA_DIR_IN_REPO } from '../io/repo.js';

/** One side of a diff: a dataset as plain JSON, and what it was read from. */
export interface DatasetSide {
  label: string;
  data: Record<string, unknown>;
  /** The package version a release baseline records, when the side is one. */
  packageVersion?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A folder of collection files (`parks.json` → `parks`), as packages/data/src/data is laid out. */
function readFolder(dir: string): Record<string, unknown> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new UsageError(`${dir} holds no .json collection files`);
  return Object.fromEntries(files.sort().map((f) => [basename(f, '.json'), readJsonFile(join(dir, f))]));
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

/** The collection files of the dataset as committed at a git ref. */
function readRef(ref: string, cwd: string, dataPath: string): Record<string, unknown> {
  const root = git(['rev-parse', '--show-toplevel'], cwd)?.trim();
  if (!root)
    throw new UsageError(`"${ref}" is neither a file, a folder nor a git ref (not inside a git checkout)`);
  if (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root) === null)
    throw new UsageError(`"${ref}" is neither a file, a folder nor a git ref`);
  const listed = git(['ls-tree', '--name-only', ref, '--', `${dataPath}/`], root) ?? '';
  const paths = listed.split('\n').filter((p) => p.endsWith('.json'));
  if (paths.length === 0) throw new UsageError(`${ref} has no collection files under ${dataPath}/`);
  return Object.fromEntries(
    paths.map((path) => {
      const text = git(['show', `${ref}:${path}`], root) ?? '';
      try {
        return [basename(path, '.json'), JSON.parse(text)];
      } catch {
        throw new UsageError(`${ref}:${path} is not valid JSON`);
      }
    }),
  );
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
  return { label: spec, data: readRef(spec, cwd, dataPath) };
}
