import { collectionSchemas, formatPath, idOf, shippedDataset, validateDataset } from '../data-package.js';
import { locate } from '../locate/locate.js';
import { findSourceText, type TextLookup } from '../sources/folder.js';
import { type SourceRecord, sourcesOf } from '../sources/model.js';
import { allEvidence } from './evidence.js';
import { type Merged, mergeRecords, originKey } from './merge.js';
import type { CheckProblem } from './problem.js';
import { readRecordFile } from './records.js';

export interface SourceStatus {
  id: string;
  status: TextLookup['status'];
  path?: string;
  message?: string;
}

export interface CheckReport {
  ok: boolean;
  /** What was checked: the shipped dataset, or it with the contributor's files laid over it. */
  checked: { files: string[]; records: number; sourcesDirs: string[]; ci: boolean };
  sources: SourceStatus[];
  problems: CheckProblem[];
  warnings: CheckProblem[];
}

export const underCi = () => !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

type Path = (string | number)[];

const at = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);

/** The record a path points into, for naming it in a problem: `observations[3]…` → that observation's id. */
function recordOf(merged: Merged, path: Path): { id?: string; collection: string } {
  const [collection, index] = path;
  const holder = merged.dataset[collection as string];
  const record = typeof index === 'number' ? (holder as unknown[])?.[index] : holder;
  return { id: idOf(record), collection: String(collection) };
}

export function runCheck(files: string[], sourcesDirs: string[]): CheckReport {
  const schemas = collectionSchemas();
  const problems: CheckProblem[] = [];
  const warnings: CheckProblem[] = [];
  const contributed = files.flatMap((file) => {
    const read = readRecordFile(file);
    problems.push(...read.problems);
    return read.records;
  });
  const merged = mergeRecords(shippedDataset(), contributed, schemas);
  const extraIds = new Set(merged.extraSources.map((s) => s.id));

  const locateProblem = (path: Path, message: string): CheckProblem => {
    const { id, collection } = recordOf(merged, path);
    return {
      path: formatPath(path),
      message,
      recordId: id,
      file: merged.origins.get(originKey(collection, id))?.file,
    };
  };

  // Schemas and integrity rules, as the package states them.
  const result = validateDataset(merged.dataset);
  if (!result.ok)
    for (const p of result.problems) {
      // Evidence citing a source the installed schema cannot hold yet is checked below instead.
      const unknown = /^unknown source "(.+)"$/.exec(p.message)?.[1];
      if (unknown && extraIds.has(unknown)) continue;
      const cited = at(merged.dataset, p.path.slice(0, -1)) as { sourceId?: string } | undefined;
      if (p.path.at(-1) === 'end' && cited?.sourceId && extraIds.has(cited.sourceId)) continue;
      problems.push(locateProblem(p.path, p.message));
    }

  // Source texts, each found in the sources folder by file name, id or hash.
  const sources: SourceRecord[] = [...sourcesOf(merged.dataset), ...merged.extraSources];
  const texts = new Map<string, string>();
  const statuses = sources.map((source): SourceStatus => {
    const lookup = findSourceText(source, sourcesDirs);
    if (lookup.status === 'found') {
      texts.set(source.id, lookup.text);
      return { id: source.id, status: 'found', path: lookup.path };
    }
    const entry: CheckProblem = { path: '', sourceId: source.id, message: lookup.message };
    if (lookup.status === 'mismatch') problems.push(entry);
    if (lookup.status === 'missing') (underCi() ? problems : warnings).push(entry);
    return { id: source.id, status: lookup.status, message: lookup.message };
  });

  // Every quote against its own source's text.
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const { path, evidence } of allEvidence(merged.dataset)) {
    const source = byId.get(evidence.sourceId);
    if (!source) {
      if (!problems.some((p) => p.path === formatPath([...path, 'sourceId'])))
        problems.push(locateProblem([...path, 'sourceId'], `unknown source "${evidence.sourceId}"`));
      continue;
    }
    if (extraIds.has(source.id) && typeof source.length === 'number' && evidence.end > source.length)
      problems.push(
        locateProblem(
          [...path, 'end'],
          `offset ${evidence.end} lies beyond the source's ${source.length} characters`,
        ),
      );
    const text = texts.get(source.id);
    if (text === undefined) continue;
    const found = text.slice(evidence.start, evidence.end);
    if (found === evidence.quote) continue;
    const elsewhere = locate(text, evidence.quote).matches[0];
    const hint = elsewhere
      ? `; the quote is at ${elsewhere.start}–${elsewhere.end}${elsewhere.kind === 'exact' ? '' : ` as ${JSON.stringify(elsewhere.text)}`}`
      : '; it is nowhere in the text (try `hitech-data locate`)';
    problems.push(
      locateProblem(
        [...path, 'quote'],
        `source "${source.id}" reads ${JSON.stringify(found)} at ${evidence.start}–${evidence.end}, not the quote${hint}`,
      ),
    );
  }

  return {
    ok: problems.length === 0,
    checked: { files, records: contributed.length, sourcesDirs, ci: underCi() },
    sources: statuses,
    problems,
    warnings,
  };
}
