import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

/** Reads a file as UTF-8, turning every file-system failure into a usage error with a plain message. */
export function readTextFile(path: string, what = 'file'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be read (permission denied)'
          : code === 'EISDIR'
            ? 'is a folder, not a file'
            : `cannot be read (${code ?? String(error)})`;
    throw new UsageError(`${what} ${path} ${reason}`);
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse without throwing; the message names the line and column of a syntax error. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    if (!position) return { ok: false, message: `invalid JSON: ${message}` };
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    return { ok: false, message: `invalid JSON at line ${line}, column ${column}: ${message}` };
  }
}

/** Reads and parses a JSON file; unreadable files and invalid JSON both become usage errors. */
export function readJsonFile(path: string, what = 'file'): unknown {
  const parsed = parseJson(readTextFile(path, what));
  if (!parsed.ok) throw new UsageError(`${what} ${path}: ${parsed.message}`);
  return parsed.value;
}
