import type { Dataset } from '../schema/dataset.js';
import { claimProblems } from './claims.js';
import { parseDataset } from './dataset-shape.js';
import { entityZoneProblems } from './entities.js';
import { familyProblems } from './families.js';
import { type IntegrityOptions, integrityProblems } from './integrity/index.js';
import { registryProblems } from './registry.js';
import type { Result } from './result.js';

/**
 * Checks a whole dataset: the shape of every record, then unique ids, references between collections,
 * evidence offsets, and the sums and rates the page states. Returns the typed dataset or every problem;
 * a valid input is returned as it is (no copy).
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
