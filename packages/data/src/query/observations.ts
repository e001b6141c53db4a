import type { Topic } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { Unit } from '../schema/unit.js';
import { byCodeUnits } from './order.js';
import { periodsOverlap } from './period.js';
import { absoluteValue } from './value.js';

type ObservationLike = Pick<
  Observation,
  'id' | 'parkId' | 'indicator' | 'unit' | 'status' | 'period' | 'value' | 'unitMult'
> & { readonly evidence: { readonly sourceId: string } };

/**
 * What the observations can be filtered on: every criterion given must hold. Ids are plain strings
 * here because this is where untrusted query input arrives; an unknown id simply matches nothing.
 */
export interface ObservationFilter {
  parkId?: string | undefined;
  indicator?: string | undefined;
  /** Needs the indicators (the third argument of `filterObservations`). */
  topic?: Topic | undefined;
  unit?: Unit | undefined;
  status?: Observation['status'] | undefined;
  /** ISO 8601 period (`2021`, `2021-03`, `2020/2021`): keeps observations whose period overlaps it. */
  period?: string | undefined;
  /** Shorthand for a one-year `period`; given both, an observation must overlap each. */
  year?: number | string | undefined;
  /** The source whose text the figure's evidence quotes. */
  sourceId?: string | undefined;
}

/** Observations matching every given criterion, as a new array in their given order. */
export function filterObservations<O extends ObservationLike>(
  observations: readonly O[],
  filter: ObservationFilter,
  indicators: readonly { readonly key: string; readonly topic: Topic }[] = [],
): O[] {
  const topicKeys = filter.topic
    ? new Set(indicators.filter((i) => i.topic === filter.topic).map((i) => i.key))
    : undefined;
  const periods = [filter.period, filter.year === undefined ? undefined : String(filter.year)].filter(
    (p): p is string => p !== undefined,
  );
  return observations.filter(
    (o) =>
      (filter.parkId === undefined || o.parkId === filter.parkId) &&
      (filter.indicator === undefined || o.indicator === filter.indicator) &&
      (topicKeys === undefined || topicKeys.has(o.indicator)) &&
      (filter.unit === undefined || o.unit === filter.unit) &&
      (filter.status === undefined || o.status === filter.status) &&
      (filter.sourceId === undefined || o.evidence.sourceId === filter.sourceId) &&
      periods.every((p) => o.period !== null && periodsOverlap(o.period, p)),
  );
}

/** Keys observations can be sorted by. */
export const OBSERVATION_SORT_KEYS = ['id', 'parkId', 'indicator', 'period', 'absoluteValue'] as const;
export type ObservationSortKey = (typeof OBSERVATION_SORT_KEYS)[number];

function sortValue(o: ObservationLike, key: ObservationSortKey): string | number | null {
  return key === 'absoluteValue' ? absoluteValue(o) : o[key];
}

/**
 * A new array sorted by `key`, ascending or descending; observations without a value for the key
 * (no period) come last either way, and ties keep id order.
 */
export function sortObservations<O extends ObservationLike>(
  observations: readonly O[],
  key: ObservationSortKey,
  direction: 'ascending' | 'descending' = 'ascending',
): O[] {
  const sign = direction === 'descending' ? -1 : 1;
  return [...observations].sort((a, b) => {
    const ka = sortValue(a, key);
    const kb = sortValue(b, key);
    if (ka === null || kb === null)
      return (ka === null ? 1 : 0) - (kb === null ? 1 : 0) || byCodeUnits(a.id, b.id);
    const order =
      typeof ka === 'number' && typeof kb === 'number' ? ka - kb : byCodeUnits(String(ka), String(kb));
    return sign * order || byCodeUnits(a.id, b.id);
  });
}
