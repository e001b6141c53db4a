import {
  collectionSchemas,
  formatPath,
  idOf,
  type Problem,
  shippedDataset,
  sourcesOf,
  validateDataset,
} from '../data-package.js';
import { locate } from '../locate/locate.js';
import { readTexts } from '../sources/folder.js';
import { type Merged, mergeRecords, originKey } from './merge.js';
import type { CheckProblem } from './problem.js';
import { readRecordFile } from './records.js';

export interface SourceStatus {
  id: string;
  /** `found`; `missing` from the folders; `altered`: a file of its name has another SHA-256. */
  status: 'found' | 'missing' | 'altered';
  path?: string;
  message?: string;
}

export interface CheckReport {
  ok: boolean;
  /** What was checked: the shipped dataset, or it with the contributor's files laid over it. */
  checked: { files: string[]; records: number; sourcesDirs: string[]; ci: boolean };
  /** Every stored source and where its text was found; cited sources have no text to find. */
  sources: SourceStatus[];
  /** How many sources are cited without a stored text. */
  cited: number;
  problems: CheckProblem[];
  warnings: CheckProblem[];
}

export const underCi = () => !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

type Path = Problem['path'];

const at = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);

/** The record a path points into, for naming it in a problem: `observations[3]…` → that observation's id. */
function recordOf(merged: Merged, path: Path): { id?: string; collection: string } {
  const [collection, index] = path;
  const holder = merged.dataset[collection as string];
  const record = typeof index === 'number' ? (holder as unknown[])?.[index] : holder;
  return { id: idOf(record), collection: String(collection) };
}

/** Where a quote that its offsets miss really is in its source's text: the CLI's addition to the message. */
function whereTheQuoteIs(text: string, quote: string): string {
  const found = locate(text, quote).matches[0];
  if (!found) return '; it is nowhere in the text (try `hitech-data locate`)';
  const as = found.kind === 'exact' ? '' : ` as ${JSON.stringify(found.text)}`;
  return `; the quote is at ${found.start}–${found.end}${as}`;
}

/**
 * Lays the contributor's files over the shipped dataset, reads the stored sources' texts with the
 * package's loader, and validates the whole with the package's `validateDataset`, each quote against its
 * own source's text. A missing text is a warning, and a problem under CI (`requireSourceTexts`).
 */
export function runCheck(files: string[], sourcesDirs: string[]): CheckReport {
  const schemas = collectionSchemas();
  const problems: CheckProblem[] = [];
  const warnings: CheckProblem[] = [];
  const ci = underCi();
  const contributed = files.flatMap((file) => {
    const read = readRecordFile(file);
    problems.push(...read.problems);
    return read.records;
  });
  const merged = mergeRecords(shippedDataset(), contributed, schemas);
  const sources = sourcesOf(merged.dataset);
  const stored = sources.filter((s) => s.storage === 'stored');
  const loaded = readTexts(stored, sourcesDirs);
  const missing = new Map(loaded.missing.map((m) => [m.id, m]));

  const statuses = stored.map((source): SourceStatus => {
    const path = loaded.paths[source.id];
    if (path !== undefined) return { id: source.id, status: 'found', path };
    const lack = missing.get(source.id);
    const status = lack?.altered ? 'altered' : 'missing';
    const message = `text of source "${source.id}": ${lack?.reason ?? 'not found'}`;
    const entry: CheckProblem = { path: '', sourceId: source.id, message };
    // An altered text is always wrong; a missing one is a problem under CI, reported below by the validator.
    if (status === 'altered') problems.push(entry);
    else if (!ci) warnings.push(entry);
    return { id: source.id, status, message };
  });

  const locateProblem = (path: Path, message: string): CheckProblem => {
    const { id, collection } = recordOf(merged, path);
    return {
      path: formatPath(path),
      message,
      recordId: id,
      file: merged.origins.get(originKey(collection, id))?.file,
    };
  };

  const result = validateDataset(merged.dataset, { sourceTexts: loaded.texts, requireSourceTexts: ci });
  if (!result.ok)
    for (const p of result.problems) {
      // `sources[i]` itself: a text required under CI and not found.
      if (p.path.length === 2 && p.path[0] === 'sources') {
        const id = recordOf(merged, p.path).id;
        const lack = id === undefined ? undefined : missing.get(id);
        if (lack?.altered) continue; // already reported, with the hash that differs
        problems.push({
          ...locateProblem(p.path, lack ? `${p.message}: ${lack.reason}` : p.message),
          sourceId: id,
        });
        continue;
      }
      let message = p.message;
      if (p.path.at(-1) === 'quote') {
        const evidence = at(merged.dataset, p.path.slice(0, -1)) as { sourceId: string; quote: string };
        const text = loaded.texts[evidence.sourceId];
        if (text !== undefined) message += whereTheQuoteIs(text, evidence.quote);
      }
      problems.push(locateProblem(p.path, message));
    }

  return {
    ok: problems.length === 0,
    checked: { files, records: contributed.length, sourcesDirs, ci },
    sources: statuses,
    cited: sources.length - stored.length,
    problems,
    warnings,
  };
}
