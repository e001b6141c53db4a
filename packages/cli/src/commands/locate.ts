import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRecordFile } from '../check/records.js';
import { type Source, shippedDataset, sourcesOf } from '../data-package.js';
import { EXIT, UsageError } from '../io/errors.js';
import { readTextFile } from '../io/json-file.js';
import { emit } from '../io/output.js';
import { type LocateResult, locate } from '../locate/locate.js';
import { readTexts, sourcesDirs, textWithHash } from '../sources/folder.js';
import { isSha256, sha256Hex, sourceIdFromHash } from '../sources/hash.js';

interface ResolvedSource {
  text: string;
  path: string;
  /** The id evidence should cite: the declared source with this text, else one derived from its hash. */
  sourceId: string;
  declared: boolean;
}

/** Sources the shipped dataset declares, plus those of the contributor's files given with --records. */
function knownSources(recordFiles: string[]): Source[] {
  const fromFiles = recordFiles.flatMap((file) =>
    readRecordFile(file)
      .records.filter((r) => r.collection === 'sources')
      .map((r) => r.record as unknown as Source),
  );
  return [...sourcesOf(shippedDataset()), ...fromFiles];
}

/** SOURCE is a file path, a SHA-256, or a source id (looked up in the sources folder). */
function resolveSource(spec: string, dirs: string[], recordFiles: string[]): ResolvedSource {
  const sources = knownSources(recordFiles);
  const declaredFor = (sha: string) => sources.find((s) => s.storage === 'stored' && s.sha256 === sha);
  const fromPath = (path: string): ResolvedSource => {
    const bytes = readFileSync(path);
    const sha = sha256Hex(bytes);
    const declared = declaredFor(sha);
    return {
      text: bytes.toString('utf8'),
      path,
      sourceId: declared?.id ?? sourceIdFromHash(sha),
      declared: !!declared,
    };
  };
  const asPath = resolve(spec);
  if (existsSync(asPath) && statSync(asPath).isFile()) {
    readTextFile(asPath, 'source text');
    return fromPath(asPath);
  }
  if (isSha256(spec)) {
    const found = textWithHash(dirs, spec);
    if (!found) throw new UsageError(`no file in ${dirs.join(', ')} has SHA-256 ${spec}`);
    return fromPath(found.path);
  }
  const source = sources.find((s) => s.id === spec);
  if (source) {
    if (source.storage === 'cited')
      throw new UsageError(`source "${spec}" is cited without a stored text: there is nothing to locate in`);
    const { texts, paths, missing } = readTexts([source], dirs);
    const text = texts[source.id];
    if (text !== undefined)
      return { text, path: paths[source.id] as string, sourceId: source.id, declared: true };
    throw new UsageError(`text of source "${spec}": ${missing[0]?.reason ?? 'not found'}`);
  }
  const inFolder = dirs
    .flatMap((dir) => [join(dir, spec), join(dir, `${spec}.txt`)])
    .find((p) => existsSync(p) && statSync(p).isFile());
  if (inFolder) return fromPath(inFolder);
  const ids = sources.map((s) => s.id).join(', ');
  throw new UsageError(`"${spec}" is not a file, a SHA-256 or a known source id (known: ${ids || 'none'})`);
}

const MAX_QUOTE = 40;

export function locateCommand(
  spec: string,
  quote: string,
  options: { sources?: string[]; records?: string[]; limit?: string; json?: boolean },
): number {
  if (quote.trim() === '') throw new UsageError('the quote is empty');
  const limit = Number(options.limit ?? 3);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number ≥ 1, not "${options.limit}"`);
  const source = resolveSource(spec, sourcesDirs(options.sources), options.records ?? []);
  const result: LocateResult = locate(source.text, quote, limit);
  const evidence = (m: { start: number; end: number; text: string }) => ({
    sourceId: source.sourceId,
    quote: m.text,
    start: m.start,
    end: m.end,
  });
  emit(
    !!options.json,
    {
      source: {
        id: source.sourceId,
        declared: source.declared,
        path: source.path,
        length: source.text.length,
      },
      ...result,
      evidence: result.matches.map(evidence),
    },
    () => {
      const out = [`${JSON.stringify(quote)} in ${source.sourceId} (${source.path}):`];
      if (!source.declared)
        out.push(`  note: no declared source has this text; ${source.sourceId} is derived from its hash`);
      for (const m of result.matches) {
        const how = m.kind === 'exact' ? 'exact' : 'ignoring line breaks, spaces and character width';
        out.push(`  ${m.start}–${m.end} (${how}): ${JSON.stringify(m.text)}`);
        out.push(`    evidence: ${JSON.stringify(evidence(m))}`);
        if (m.text.length > MAX_QUOTE)
          out.push(`    note: ${m.text.length} characters; a quote holds at most ${MAX_QUOTE}`);
      }
      if (result.matches.length === 0) {
        out.push('  not found');
        if (result.suggestions.length === 0) out.push('  nothing close enough to suggest');
        for (const s of result.suggestions)
          out.push(
            `  closest: ${s.start}–${s.end} ${JSON.stringify(s.text)} (edit distance ${s.distance}, similarity ${s.similarity})`,
          );
      }
      return out;
    },
  );
  return result.matches.length > 0 ? EXIT.ok : EXIT.problems;
}
