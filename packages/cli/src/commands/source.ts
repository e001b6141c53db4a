import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatPath, parseSource, StoredSource, shippedDataset, sourcesOf } from '../data-package.js';
import { EXIT, UsageError } from '../io/errors.js';
import { readTextFile } from '../io/json-file.js';
import { emit } from '../io/output.js';
import { sha256Hex, sourceIdFromHash } from '../sources/hash.js';

interface FieldSchema {
  description?: string;
  safeParse(input: unknown): { success: boolean };
}
const FIELDS = StoredSource.shape as unknown as Record<string, FieldSchema>;

/** What the text itself tells: the rest of a stored-source record is for a person to fill. */
const COMPUTED = ['id', 'storage', 'file', 'sha256', 'length'];
const ID_PREFIX = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SourceOptions {
  title?: string;
  kind?: string;
  publisher?: string;
  date?: string;
  language?: string;
  url?: string;
  idPrefix?: string;
  json?: boolean;
}

/**
 * A complete stored-source record for a new text, in the schema's field order: what the file tells
 * (hash, length, file name, an id from the hash), what the options give, and `null` (or `[]`, or the
 * placeholder kind `other`) for every other field, each listed as still to fill.
 */
export function sourceCommand(file: string, options: SourceOptions): number {
  const path = resolve(file);
  readTextFile(path, 'source text');
  if (!statSync(path).isFile()) throw new UsageError(`${file} is not a file`);
  const prefix = options.idPrefix ?? 'page';
  if (!ID_PREFIX.test(prefix)) throw new UsageError(`--id-prefix must be a lower-case slug, not "${prefix}"`);
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new UsageError(`${file} is not UTF-8 text`);
  const sha256 = sha256Hex(bytes);
  // A text already in the dataset keeps its released id, whatever rule made it.
  const existing = sourcesOf(shippedDataset()).find((s) => s.storage === 'stored' && s.sha256 === sha256);
  const guessedLanguage = options.language === undefined && /\p{Script=Han}/u.test(text);

  const given: Record<string, unknown> = {
    id: existing?.id ?? sourceIdFromHash(sha256, prefix),
    storage: 'stored',
    file: basename(path),
    sha256,
    length: text.length,
    kind: options.kind ?? 'other',
    title: options.title,
    publisher: options.publisher,
    date: options.date,
    language: options.language ?? (guessedLanguage ? 'zh-CN' : undefined),
    url: options.url,
    notes: [],
  };
  const record: Record<string, unknown> = {};
  const toFill: { field: string; why: string }[] = [];
  for (const [field, schema] of Object.entries(FIELDS)) {
    const value = given[field] ?? (schema.safeParse(null).success ? null : undefined);
    if (value !== undefined) record[field] = value;
    const why = schema.description ?? '';
    if (value === null) toFill.push({ field, why: `null until known: ${why || 'not told by the text'}` });
  }
  if (options.kind === undefined)
    toFill.push({
      field: 'kind',
      why: `"other" until you choose: ${StoredSource.shape.kind.options.join(', ')}`,
    });
  if (guessedLanguage) toFill.push({ field: 'language', why: 'zh-CN guessed from the Han script; check it' });
  toFill.push({ field: 'notes', why: "the source's own defects and what is inferred about it, if any" });

  const parsed = parseSource(record);
  const problems = parsed.ok
    ? []
    : parsed.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
  const wrong = problems.filter((p) => COMPUTED.includes(p.path.split(/[.[]/)[0] ?? ''));
  const invalid = problems.filter((p) => !wrong.includes(p));
  emit(
    !!options.json,
    { record, valid: parsed.ok, existing: existing?.id ?? null, wrong, invalid, toFill },
    () => [
      JSON.stringify(record, null, 2),
      ...(existing
        ? [`already in the dataset as "${existing.id}": that id stays (ids never change once released)`]
        : []),
      ...(wrong.length
        ? ['problems with what the file gives:', ...wrong.map((p) => `  ${p.path}: ${p.message}`)]
        : []),
      ...(invalid.length
        ? ['problems with the options given:', ...invalid.map((p) => `  ${p.path}: ${p.message}`)]
        : []),
      parsed.ok ? 'parseSource of @hitech/data: valid' : 'parseSource of @hitech/data: invalid',
      'to fill before adding it:',
      ...toFill.map((f) => `  ${f.field}: ${f.why}`),
    ],
  );
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}
