import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = '000_b69735abe0be3e0d.txt';

/**
 * The column page lives outside the repository, in `../shared/seed/` beside the checkout (or where
 * HITECH_SEED_DIR points). It is never copied into the project.
 */
export function seedPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.env.HITECH_SEED_DIR ?? resolve(here, '../../../../shared/seed');
  return join(dir, SEED_FILE);
}

/** The page text, or null when the file is absent on this machine. */
export function readSeed(): string | null {
  const path = seedPath();
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
