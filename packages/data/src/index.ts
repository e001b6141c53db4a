import { articles, dataset, entities, events, indicators, observations, parks } from './data/index.js';
import { lookupBy } from './query/lookup.js';
import { filterObservations, type ObservationFilter } from './query/observations.js';
import { createSearch } from './query/search.js';

export {
  articles,
  dataset,
  entities,
  events,
  indicators,
  observations,
  parks,
  registry,
  sources,
  version,
} from './data/index.js';
export { OBSERVATION_CSV_COLUMNS, observationsToCsv } from './query/csv.js';
export { filterObservations, type ObservationFilter } from './query/observations.js';
export { periodBounds, periodStart, periodsOverlap } from './query/period.js';
export { findPark, type ParkMatch } from './query/resolve.js';
export { createSearch, normaliseQuery, type SearchHit, type SearchKind } from './query/search.js';
export {
  absoluteValue,
  formatValue,
  type Locale,
  normaliseLocale,
  UNIT_WORDS,
  unitLabel,
} from './query/value.js';
export type * from './schema/index.js';
export type { Problem, Result } from './validate/result.js';

export const parkById = lookupBy(parks, 'id');
export const articleById = lookupBy(articles, 'id');
export const indicatorByKey = lookupBy(indicators, 'key');
export const observationById = lookupBy(observations, 'id');
export const eventById = lookupBy(events, 'id');
export const entityById = lookupBy(entities, 'id');

/** Observations about one park, optionally narrowed by indicator, topic, unit or period. */
export function observationsOfPark(parkId: string, filter: Omit<ObservationFilter, 'parkId'> = {}) {
  return filterObservations(observations, { ...filter, parkId }, indicators);
}

/** Events of a park (and those concerning every zone), in date order. */
export function eventsOfPark(parkId: string) {
  return events
    .filter((e) => e.parkId === parkId || e.parkId === null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Entities the page ties to a park. */
export function entitiesOfPark(parkId: string) {
  return entities.filter((e) => e.parkIds.includes(parkId as (typeof e.parkIds)[number]));
}

/** Search parks, entities and indicators in Chinese or English: `尼龙`, `nylon`, `张江`. */
export const search = createSearch(dataset);
