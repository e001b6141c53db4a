/**
 * `@hitech/data/node`: reads the texts of stored sources from a sources folder (Node only; the main
 * entry stays free of node:fs). A text is found by the source's file name, by `<id>.txt`, or by SHA-256.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DeepReadonly } from './records.js';
import type { Source } from './schema/source.js';

export interface SourceTexts {
  /** Text by source id, for `validateDataset(data, { sourceTexts })`. */
  texts: Record<string, string>;
  /** Stored sources whose text is not in the folder, each with the reason. */
  missing: { id: string; file: string; reason: string }[];
}

/** The sources folder: `HITECH_SEED_DIR`, else `../shared/seed` from the working directory's repository. */
export function defaultSourcesDir(): string {
  return process.env.HITECH_SEED_DIR ?? resolve(process.cwd(), '../shared/seed');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function readSourceTexts(
  sources: readonly DeepReadonly<Source>[],
  dir: string = defaultSourcesDir(),
): SourceTexts {
  const texts: Record<string, string> = {};
  const missing: SourceTexts['missing'] = [];
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  let byHash: Map<string, string> | undefined;
  for (const source of sources) {
    if (source.storage !== 'stored') continue;
    const named = [source.file, `${source.id}.txt`].find((f) => present.includes(f));
    let file = named;
    if (!file) {
      byHash ??= new Map(present.map((f) => [sha256(readFileSync(join(dir, f))), f]));
      file = byHash.get(source.sha256);
    }
    if (!file) {
      missing.push({ id: source.id, file: source.file, reason: `not in ${dir} by name or SHA-256` });
      continue;
    }
    const bytes = readFileSync(join(dir, file));
    if (sha256(bytes) !== source.sha256) {
      missing.push({ id: source.id, file, reason: `${file} has another SHA-256 than the record` });
      continue;
    }
    texts[source.id] = bytes.toString('utf8');
  }
  return { texts, missing };
}
