import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { repoRoot } from '../io/repo.js';
import { sha256Hex } from './hash.js';
import { hasStoredText, type SourceRecord } from './model.js';

/**
 * The folders that hold source texts, searched in order: each `--sources DIR`, else HITECH_SEED_DIR,
 * else `../shared/seed/` beside the checkout's root, else beside the current folder. Texts are never
 * copied into the repository.
 */
export function sourcesDirs(flags: string[] | undefined, cwd = process.cwd()): string[] {
  if (flags && flags.length > 0) return flags.map((flag) => resolve(cwd, flag));
  return [defaultSourcesDir(cwd)];
}

function defaultSourcesDir(cwd: string): string {
  if (process.env.HITECH_SEED_DIR) return resolve(cwd, process.env.HITECH_SEED_DIR);
  const root = repoRoot(cwd);
  const besideCwd = resolve(cwd, '../shared/seed');
  const besideRoot = root ? resolve(root, '../shared/seed') : besideCwd;
  return existsSync(besideRoot) || !existsSync(besideCwd) ? besideRoot : besideCwd;
}

export type TextLookup =
  | { status: 'found'; path: string; text: string; sha256: string }
  | { status: 'cited'; message: string }
  | { status: 'missing'; message: string }
  | { status: 'mismatch'; path: string; message: string };

const hashesByDir = new Map<string, Map<string, string>>();

/** SHA-256 → path of every regular file in a folder, computed once per folder. */
function hashesIn(dir: string): Map<string, string> {
  const cached = hashesByDir.get(dir);
  if (cached) return cached;
  const hashes = new Map<string, string>();
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isFile()) hashes.set(sha256Hex(readFileSync(path)), path);
    }
  }
  hashesByDir.set(dir, hashes);
  return hashes;
}

/** The first file in the folders whose bytes have this SHA-256, if any. */
export const fileWithHash = (dirs: string[], sha256: string): string | undefined =>
  dirs.map((dir) => hashesIn(dir).get(sha256.toLowerCase())).find(Boolean);

/**
 * Finds a source's text in the sources folder by file name, by `<id>.txt`, then by SHA-256, and checks
 * it against the record's hash and length. A source without a hash is cited without stored text.
 */
export function findSourceText(source: SourceRecord, dirs: string[]): TextLookup {
  if (!hasStoredText(source))
    return { status: 'cited', message: `source "${source.id}" is cited without stored text` };
  const sha = (source.sha256 as string).toLowerCase();
  const names = [typeof source.file === 'string' ? basename(source.file) : null, `${source.id}.txt`];
  const byName = dirs
    .flatMap((dir) => names.map((n) => n && join(dir, n)))
    .find((p): p is string => !!p && existsSync(p));
  const path = byName ?? fileWithHash(dirs, sha);
  if (!path)
    return {
      status: 'missing',
      message: `text of source "${source.id}" not found in ${dirs.join(', ')} (looked for ${names.filter(Boolean).join(', ')} and SHA-256 ${sha.slice(0, 16)}…)`,
    };
  const bytes = readFileSync(path);
  const actual = sha256Hex(bytes);
  if (actual !== sha)
    return {
      status: 'mismatch',
      path,
      message: `${path} has SHA-256 ${actual}, source "${source.id}" records ${sha}`,
    };
  const text = bytes.toString('utf8');
  if (typeof source.length === 'number' && text.length !== source.length)
    return {
      status: 'mismatch',
      path,
      message: `${path} has ${text.length} characters, source "${source.id}" records ${source.length}`,
    };
  return { status: 'found', path, text, sha256: actual };
}
