import { type CollectionSchema, collectionSchemas, idOf } from '../data-package.js';
import { parseJson, readTextFile } from '../io/json-file.js';
import type { CheckProblem } from './problem.js';

/** One record a contributor brings, with the collection it belongs to and where it came from. */
export interface ContributedRecord {
  collection: string;
  record: Record<string, unknown>;
  file: string;
  /** Where in the file: `[2]`, `observations[0]`, or `` for a file of one record. */
  at: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Collections a partial dataset may carry: the schema's. */
const knownCollections = (schemas: CollectionSchema[]) => new Set(schemas.map((s) => s.name));

type RecordSchema = CollectionSchema['record'] & { def?: { type?: string; options?: RecordSchema[] } };

/**
 * How many issues a record has against a schema. A union (stored or cited source) counts against its
 * closest member, since a union stops at the first field that tells the members apart.
 */
function issuesAgainst(schema: RecordSchema, record: unknown): number {
  const options = schema.def?.type === 'union' ? schema.def.options : undefined;
  if (options && options.length > 0) return Math.min(...options.map((o) => issuesAgainst(o, record)));
  const parsed = schema.safeParse(record);
  return parsed.success ? 0 : (parsed.error?.issues.length ?? 1);
}

/** The collection whose record schema fits best (fewest issues); null when two fit equally well. */
function classify(record: unknown, schemas: CollectionSchema[]): string | null {
  const scored = schemas
    .filter((s) => s.many)
    .map((s) => ({ name: s.name, issues: issuesAgainst(s.record, record) }))
    .sort((a, b) => a.issues - b.issues);
  const [best, second] = scored;
  if (!best || (second && second.issues === best.issues)) return null;
  return best.name;
}

/**
 * Reads a contributor's file: one record, an array of records, or a partial dataset
 * (`{ "observations": […], "sources": […] }`). Invalid JSON and unplaceable records are problems.
 */
export function readRecordFile(path: string): { records: ContributedRecord[]; problems: CheckProblem[] } {
  const parsed = parseJson(readTextFile(path, 'record file'));
  if (!parsed.ok) return { records: [], problems: [{ file: path, path: '', message: parsed.message }] };
  const schemas = collectionSchemas();
  const known = knownCollections(schemas);
  const records: ContributedRecord[] = [];
  const problems: CheckProblem[] = [];
  const place = (value: unknown, at: string, collection?: string) => {
    if (!isObject(value)) {
      problems.push({ file: path, path: at, message: 'is not a record (a JSON object)' });
      return;
    }
    const name = collection ?? classify(value, schemas);
    if (name === null) {
      problems.push({
        file: path,
        path: at,
        recordId: idOf(value),
        message: `cannot tell which collection this record belongs to; wrap it as { "<collection>": [ … ] }`,
      });
      return;
    }
    records.push({ collection: name, record: value, file: path, at });
  };

  const value = parsed.value;
  if (Array.isArray(value)) value.forEach((r, i) => place(r, `[${i}]`));
  else if (
    isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => known.has(k))
  ) {
    for (const [name, entries] of Object.entries(value)) {
      const many = schemas.find((s) => s.name === name)?.many;
      if (many && Array.isArray(entries)) entries.forEach((r, i) => place(r, `${name}[${i}]`, name));
      else if (many) problems.push({ file: path, path: name, message: 'must be an array of records' });
      else place(entries, name, name);
    }
  } else place(value, '');
  return { records, problems };
}
