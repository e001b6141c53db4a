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
  /** The file each text was read from, by source id. */
  paths: Record<string, string>;
  /**
   * Stored sources whose text is not in the folders, each with the reason; `altered` when a file of
   * the source's name was found but its SHA-256 is not the record's.
   */
  missing: { id: string; file: string; reason: string; altered: boolean }[];
}

/** The sources folder: `HITECH_SEED_DIR`, else `../shared/seed` from the working directory's repository. */
export function defaultSourcesDir(): string {
  return process.env.HITECH_SEED_DIR ?? resolve(process.cwd(), '../shared/seed');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Finds each stored source's text in one folder or several (searched in order: by name in every folder,
 * then by SHA-256 in every folder). Cited sources are skipped.
 */
export function readSourceTexts(
  sources: readonly DeepReadonly<Source>[],
  dir: string | readonly string[] = defaultSourcesDir(),
): SourceTexts {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const texts: Record<string, string> = {};
  const paths: Record<string, string> = {};
  const missing: SourceTexts['missing'] = [];
  const present = dirs.map((d) => ({
    dir: d,
    files: existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')) : [],
  }));
  let byHash: Map<string, string> | undefined;
  for (const source of sources) {
    if (source.storage !== 'stored') continue;
    const names = [source.file, `${source.id}.txt`];
    const named = present
      .flatMap(({ dir: d, files }) => names.filter((n) => files.includes(n)).map((n) => join(d, n)))
      .at(0);
    let path = named;
    if (!path) {
      byHash ??= new Map(
        present
          .flatMap(({ dir: d, files }) => files.map((f) => join(d, f)))
          .reverse()
          .map((p) => [sha256(readFileSync(p)), p]),
      );
      path = byHash.get(source.sha256);
    }
    if (!path) {
      const where = dirs.join(', ');
      missing.push({
        id: source.id,
        file: source.file,
        reason: `not in ${where} by name or SHA-256`,
        altered: false,
      });
      continue;
    }
    const bytes = readFileSync(path);
    const actual = sha256(bytes);
    if (actual !== source.sha256) {
      missing.push({
        id: source.id,
        file: path,
        reason: `${path} has SHA-256 ${actual}, not the record's ${source.sha256}`,
        altered: true,
      });
      continue;
    }
    texts[source.id] = bytes.toString('utf8');
    paths[source.id] = path;
  }
  return { texts, paths, missing };
}
