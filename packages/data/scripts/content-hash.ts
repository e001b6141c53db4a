import { createHash } from 'node:crypto';
import type { DeepReadonly } from '../src/records.js';
import type { Dataset } from '../src/schema/dataset.js';

/** SHA-256 over every collection except the version itself, in a fixed order. */
export function contentHashOf(data: DeepReadonly<Omit<Dataset, 'version'>>): string {
  const { sources, registry, parks, articles, indicators, observations, events, entities } = data;
  const { claims, indicatorFamilies } = data;
  const canonical = JSON.stringify({
    sources,
    registry,
    parks,
    articles,
    indicators,
    observations,
    events,
    entities,
    claims,
    indicatorFamilies,
  });
  return `sha256-${createHash('sha256').update(canonical).digest('hex')}`;
}
