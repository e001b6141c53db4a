import { createHash } from 'node:crypto';
import type { DeepReadonly } from '../src/records.js';
import type { Dataset } from '../src/schema/dataset.js';

/** SHA-256 over every collection except the version itself, in a fixed order. */
export function contentHashOf(data: DeepReadonly<Omit<Dataset, 'version'>>): string {
  const { source, parks, articles, indicators, observations, events, entities } = data;
  const canonical = JSON.stringify({ source, parks, articles, indicators, observations, events, entities });
  return `sha256-${createHash('sha256').update(canonical).digest('hex')}`;
}
