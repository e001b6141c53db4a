import type { Evidence } from '../schema/common.js';
import type { Dataset } from '../schema/dataset.js';
import type { StoredSource } from '../schema/source.js';
import type { PathSegment } from './result.js';

export interface SourceTextOptions {
  /** Texts of stored sources by source id; every evidence quote is checked against its own source's text. */
  sourceTexts?: Readonly<Record<string, string>>;
  /** When true (as under CI), a stored source whose text is not in `sourceTexts` is a problem. */
  requireSourceTexts?: boolean;
}

type Report = (path: PathSegment[], message: string) => void;

/** Stored sources by id: the only ones evidence can point into. */
export function storedSourcesById(data: Pick<Dataset, 'sources'>): Map<string, StoredSource> {
  return new Map(data.sources.filter((s): s is StoredSource => s.storage === 'stored').map((s) => [s.id, s]));
}

/**
 * A checker for one evidence span: its source exists and is stored, the span lies within that source,
 * and, where the source's text is given, the text reads the quote at the offsets.
 */
export function evidenceChecker(data: Pick<Dataset, 'sources'>, options: SourceTextOptions, report: Report) {
  const stored = storedSourcesById(data);
  const cited = new Set(data.sources.filter((s) => s.storage === 'cited').map((s) => s.id));
  return (evidence: Evidence, path: PathSegment[]) => {
    const source = stored.get(evidence.sourceId);
    if (!source) {
      report(
        [...path, 'sourceId'],
        cited.has(evidence.sourceId)
          ? `source "${evidence.sourceId}" is cited without a stored text, so it cannot carry a quote at offsets`
          : `unknown source "${evidence.sourceId}"`,
      );
      return;
    }
    if (evidence.end > source.length)
      report([...path, 'end'], `offset ${evidence.end} lies beyond the source's ${source.length} characters`);
    const text = options.sourceTexts?.[source.id];
    if (text !== undefined) {
      const found = text.slice(evidence.start, evidence.end);
      if (found !== evidence.quote)
        report(
          [...path, 'quote'],
          `source "${source.id}" reads "${found}" at ${evidence.start}–${evidence.end}, not the quote`,
        );
    }
  };
}

/** Problems of the sources collection itself, and of the evidence that stored sources carry. */
export function sourceProblems(
  data: Dataset,
  options: SourceTextOptions,
  report: Report,
  entityExists: (id: string) => boolean,
): void {
  const checkEvidence = evidenceChecker(data, options, report);
  const ids = new Map<string, number>();
  data.sources.forEach((source, i) => {
    const first = ids.get(source.id);
    if (first !== undefined)
      report(['sources', i, 'id'], `duplicate id "${source.id}" (first used at sources[${first}])`);
    else ids.set(source.id, i);
  });
  data.sources.forEach((source, i) => {
    const at = (...rest: PathSegment[]) => ['sources', i, ...rest];
    if (source.storage === 'cited') {
      source.sameAs.forEach((id, j) => {
        if (!ids.has(id) || id === source.id) report(at('sameAs', j), `refers to unknown source "${id}"`);
      });
      return;
    }
    const text = options.sourceTexts?.[source.id];
    if (text === undefined) {
      if (options.requireSourceTexts)
        report(at(), `the text of source "${source.id}" (${source.file}) was not found`);
    } else if (text.length !== source.length) {
      report(at('length'), `the text has ${text.length} characters, the record says ${source.length}`);
    }
    if (source.series) checkEvidence(source.series.evidence, at('series', 'evidence'));
    const note = source.editorsNote;
    if (note) {
      checkEvidence(note.policy.evidence, at('editorsNote', 'policy', 'evidence'));
      if (!entityExists(note.policy.entityId))
        report(at('editorsNote', 'policy', 'entityId'), `refers to unknown entity "${note.policy.entityId}"`);
      note.goals.forEach((g, j) => checkEvidence(g.evidence, at('editorsNote', 'goals', j, 'evidence')));
    }
  });
}
