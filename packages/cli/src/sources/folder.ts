import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSourceTexts, type Source, type SourceTexts } from '../data-package.js';
import { repoRoot } from '../io/repo.js';

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

/** The texts of these sources, read by @hitech/data's own loader (by file name, `<id>.txt` or SHA-256). */
export const readTexts = (sources: readonly Source[], dirs: string[]): SourceTexts =>
  readSourceTexts(sources, dirs);

/** The file in the folders whose bytes have this SHA-256, read by the same loader, if any. */
export function textWithHash(dirs: string[], sha256: string): { path: string; text: string } | undefined {
  // A stand-in stored source with no file name, so the loader can only find it by its hash.
  const probe = {
    id: 'sha256',
    storage: 'stored',
    file: '',
    sha256: sha256.toLowerCase(),
  } as unknown as Source;
  const { texts, paths } = readSourceTexts([probe], dirs);
  return texts.sha256 === undefined ? undefined : { path: paths.sha256 as string, text: texts.sha256 };
}
