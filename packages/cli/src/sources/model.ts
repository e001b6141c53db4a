/**
 * The one place that knows how a dataset holds its sources. Today @hitech/data has a single `source`
 * record; the next major holds `sources: Source[]`, where a source cited without stored text has no
 * SHA-256. Every command reads sources through `sourcesOf`, so both shapes work.
 */
export interface SourceRecord {
  id: string;
  /** File name of the stored text, when the text is stored. */
  file?: string | null;
  /** SHA-256 of the text's bytes; absent or null for a source cited without stored text. */
  sha256?: string | null;
  /** Length in UTF-16 code units (JavaScript string length). */
  length?: number | null;
  [field: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isSource = (value: unknown): value is SourceRecord => isObject(value) && typeof value.id === 'string';

/** Every source a dataset (or a partial one) declares, from `sources` and/or `source`, without duplicates. */
export function sourcesOf(data: unknown): SourceRecord[] {
  if (!isObject(data)) return [];
  const found: SourceRecord[] = [];
  if (Array.isArray(data.sources)) found.push(...data.sources.filter(isSource));
  if (isSource(data.source)) found.push(data.source);
  const seen = new Set<string>();
  return found.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** Whether a source is meant to have its text in the sources folder (it records a hash). */
export const hasStoredText = (source: SourceRecord): boolean =>
  typeof source.sha256 === 'string' && source.sha256.length > 0;
