import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { collectionSchemas, formatPath, parseSource } from '../data-package.js';
import { EXIT, UsageError } from '../io/errors.js';
import { readTextFile } from '../io/json-file.js';
import { emit, warn } from '../io/output.js';
import { sha256Hex, sourceIdFromHash } from '../sources/hash.js';

/** The fields of a source record as the installed schema declares them (`source`, or `sources[]`). */
function sourceFields(): Set<string> {
  const schema = collectionSchemas().find((c) => c.name === 'sources' || c.name === 'source');
  return new Set(Object.keys(schema?.record.shape ?? {}));
}

const COMPUTED = ['id', 'file', 'sha256', 'length'];
const ID_PREFIX = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function sourceCommand(
  file: string,
  options: { title?: string; kind?: string; language?: string; idPrefix?: string; json?: boolean },
): number {
  const path = resolve(file);
  readTextFile(path, 'source text');
  if (!statSync(path).isFile()) throw new UsageError(`${file} is not a file`);
  const prefix = options.idPrefix ?? 'page';
  if (!ID_PREFIX.test(prefix)) throw new UsageError(`--id-prefix must be a lower-case slug, not "${prefix}"`);
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new UsageError(`${file} is not UTF-8 text`);
  const sha256 = sha256Hex(bytes);
  const language = options.language ?? (/\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined);
  const wanted: Record<string, unknown> = {
    id: sourceIdFromHash(sha256, prefix),
    file: basename(path),
    sha256,
    length: text.length,
    title: options.title,
    kind: options.kind,
    language,
  };
  // Only the fields the installed schema has go into the record; the rest are reported, not lost.
  const fields = sourceFields();
  const record = Object.fromEntries(
    Object.entries(wanted).filter(([k, v]) => v !== undefined && fields.has(k)),
  );
  const ignored = Object.keys(wanted).filter((k) => wanted[k] !== undefined && !fields.has(k));
  for (const k of ignored) warn(`the installed @hitech/data source schema has no "${k}" field; left out`);

  const parsed = parseSource(record);
  const problems = parsed.ok
    ? []
    : parsed.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
  const wrong = problems.filter((p) => COMPUTED.includes(p.path.split(/[.[]/)[0] ?? ''));
  const toFill = problems.filter((p) => !wrong.includes(p));
  emit(!!options.json, { record, valid: parsed.ok, wrong, toFill, ignored }, () => [
    JSON.stringify(record, null, 2),
    ...(wrong.length
      ? ['problems with the computed fields:', ...wrong.map((p) => `  ${p.path}: ${p.message}`)]
      : []),
    ...(toFill.length
      ? [
          `to fill before adding it (parseSource of @hitech/data):`,
          ...toFill.map((p) => `  ${p.path}: ${p.message}`),
        ]
      : ['parseSource: valid']),
  ]);
  return wrong.length > 0 ? EXIT.problems : EXIT.ok;
}
