import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `from` that holds pnpm-workspace.yaml or .git: the checkout's root. */
export function repoRoot(from: string = process.cwd()): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) || existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Where the records of @hitech/data live inside a checkout. */
export const DATA_DIR_IN_REPO = 'packages/data/src/data';

/** The last release of @hitech/data (its version and dataset), committed so clones without tags have it. */
export const BASELINE_IN_REPO = 'packages/data/release/baseline.json';
