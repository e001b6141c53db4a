import { type Dataset, Dataset as DatasetSchema } from '../schema/dataset.js';
import { claimProblems } from './claims.js';
import { entityZoneProblems } from './entities.js';
import { familyProblems } from './families.js';
import { type IntegrityOptions, integrityProblems } from './integrity/index.js';
import { registryProblems } from './registry.js';
import { type Result, safeParseWith } from './result.js';
import { type Check, compileCheck } from './zod-check.js';

let datasetCheck: Check | undefined;

/** The shape check of a whole dataset: a fast yes/no first, zod for the problems when the answer is no. */
export function parseDataset(input: unknown): Result<Dataset> {
  datasetCheck ??= compileCheck(DatasetSchema);
  // The fast check accepts only what zod would return unchanged, so the input is the parsed value.
  if (datasetCheck(input)) return { ok: true, value: input as Dataset };
  // One pass over a whole dataset is the usual call: compiling zod's fast path would cost more (bench).
  return safeParseWith(DatasetSchema, input, { jitless: true });
}

/**
 * Checks a whole dataset: the shape of every record, then unique ids, references between collections,
 * evidence offsets, and the sums and rates the page states. Returns the typed dataset or every problem.
 */
export function validateDataset(input: unknown, options: IntegrityOptions = {}): Result<Dataset> {
  const parsed = parseDataset(input);
  if (!parsed.ok) return parsed;
  const problems = integrityProblems(parsed.value, options);
  problems.push(
    ...claimProblems(parsed.value, options),
    ...familyProblems(parsed.value),
    ...entityZoneProblems(parsed.value),
  );
  registryProblems(parsed.value, (path, message) => problems.push({ path, message }));
  return problems.length === 0 ? parsed : { ok: false, problems };
}
