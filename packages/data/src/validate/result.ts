import type { z } from 'zod';

export type PathSegment = string | number;

/** One thing wrong with the input: where, and what, in plain words. */
export interface Problem {
  path: PathSegment[];
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `parks[2].name.zh` style rendering of a path, for messages and logs. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}

export function problemsOfZodError(error: z.ZodError, prefix: PathSegment[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}

/**
 * Parses with a zod schema and returns every problem instead of throwing. `jitless` skips zod's
 * compiled fast path, whose one-off compilation costs more than it saves on a single large parse.
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { jitless?: boolean } = {},
): Result<z.output<S>> {
  const parsed = schema.safeParse(input, options);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsOfZodError(parsed.error) };
}
