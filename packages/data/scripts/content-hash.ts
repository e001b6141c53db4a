import { createHash } from 'node:crypto';
import type { DeepReadonly } from '../src/records.js';
import { Dataset } from '../src/schema/dataset.js';

/** The collections in the schema's order: every key of a dataset but its version. */
const COLLECTIONS = Dataset.keyof().options.filter((key) => key !== 'version');

/** SHA-256 over every collection except the version itself, in the schema's order. */
export function contentHashOf(data: DeepReadonly<Omit<Dataset, 'version'>>): string {
  const canonical = JSON.stringify(Object.fromEntries(COLLECTIONS.map((key) => [key, data[key]])));
  return `sha256-${createHash('sha256').update(canonical).digest('hex')}`;
}
