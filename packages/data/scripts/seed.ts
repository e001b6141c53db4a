import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sources } from '../src/data/index.js';
import { readSourceTexts, type SourceTexts } from '../src/node.js';

/**
 * The sources folder: `../shared/seed/` beside the checkout, or where HITECH_SEED_DIR points. Source
 * texts are never copied into the project.
 */
export function seedDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env.HITECH_SEED_DIR ?? resolve(here, '../../../../shared/seed');
}

/** Texts of the dataset's stored sources, and those missing. */
export function readSeeds(): SourceTexts {
  return readSourceTexts(sources, seedDir());
}

/** Under CI a missing source text is a failure, not a skip. */
export const requireTexts = process.env.CI === 'true';

const page = sources.find((s) => s.storage === 'stored');

/** Path of the column page (the first stored source) in the sources folder. */
export function seedPath(): string {
  return resolve(seedDir(), page?.storage === 'stored' ? page.file : '');
}

/** The column page's text, or null when it is absent on this machine. */
export function readSeed(): string | null {
  return page ? (readSeeds().texts[page.id] ?? null) : null;
}
