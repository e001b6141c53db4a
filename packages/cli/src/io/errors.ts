/** Exit codes of every command: 0 all well, 1 problems found in the input, 2 the command was misused. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called (a missing file, an unknown ref): exit 2, one clear line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
