import type { Indicator, Topic } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { Unit } from '../schema/unit.js';
import { periodsOverlap } from './period.js';

export interface ObservationFilter {
  parkId?: string;
  indicator?: string;
  topic?: Topic;
  unit?: Unit;
  /** ISO 8601 period (`2021`, `2021-03`, `2020/2021`): keeps observations whose period overlaps it. */
  period?: string;
}

/** Observations matching every given criterion; `indicators` is needed only to filter by topic. */
export function filterObservations(
  observations: readonly Observation[],
  filter: ObservationFilter,
  indicators: readonly Indicator[] = [],
): Observation[] {
  const topicKeys = filter.topic
    ? new Set(indicators.filter((i) => i.topic === filter.topic).map((i) => i.key))
    : undefined;
  return observations.filter(
    (o) =>
      (filter.parkId === undefined || o.parkId === filter.parkId) &&
      (filter.indicator === undefined || o.indicator === filter.indicator) &&
      (topicKeys === undefined || topicKeys.has(o.indicator)) &&
      (filter.unit === undefined || o.unit === filter.unit) &&
      (filter.period === undefined || (o.period !== null && periodsOverlap(o.period, filter.period))),
  );
}
