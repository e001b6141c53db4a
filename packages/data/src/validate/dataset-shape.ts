import { type Dataset, Dataset as DatasetSchema } from '../schema/dataset.js';
import { type Result, safeParseWith } from './result.js';
import { type Check, compileCheck, UnsupportedSchema } from './zod-check.js';

let datasetCheck: Check | undefined;

/** The compiled check, or, should the schema ever use a construct it does not mirror, zod alone. */
function checkOfDataset(): Check {
  if (datasetCheck) return datasetCheck;
  try {
    datasetCheck = compileCheck(DatasetSchema);
  } catch (error) {
    if (!(error instanceof UnsupportedSchema)) throw error;
    datasetCheck = () => false; // test/zod-check.test.ts fails on this: the shipped schema compiles
  }
  return datasetCheck;
}

/**
 * The shape of a whole dataset: a yes/no check compiled from the zod schema first, and zod itself,
 * for every problem with its message and path, only when the answer is no. The check accepts only what
 * zod would return unchanged, so a valid input is its own parsed value (bench: `validateDataset, first
 * call` against `zod parse alone`).
 */
export function parseDataset(input: unknown): Result<Dataset> {
  if (checkOfDataset()(input)) return { ok: true, value: input as Dataset };
  // One pass over a whole dataset is the usual call: compiling zod's fast path would cost more (bench).
  return safeParseWith(DatasetSchema, input, { jitless: true });
}
