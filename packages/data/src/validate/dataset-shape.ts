import { type Dataset, Dataset as DatasetSchema } from '../schema/dataset.js';
import { type Result, safeParseWith } from './result.js';
import { type Check, compileCheck } from './zod-check.js';

let datasetCheck: Check | undefined;

/**
 * The shape of a whole dataset: a yes/no check compiled from the zod schema first, and zod itself,
 * for every problem with its message and path, only when the answer is no. The check accepts only what
 * zod would return unchanged, so a valid input is its own parsed value (bench: `validateDataset, first
 * call` against `zod parse alone`).
 */
export function parseDataset(input: unknown): Result<Dataset> {
  datasetCheck ??= compileCheck(DatasetSchema);
  if (datasetCheck(input)) return { ok: true, value: input as Dataset };
  // One pass over a whole dataset is the usual call: compiling zod's fast path would cost more (bench).
  return safeParseWith(DatasetSchema, input, { jitless: true });
}
