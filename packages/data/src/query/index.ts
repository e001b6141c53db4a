/**
 * `@hitech/data/query`: the helpers that work on records you pass in (a downloaded search index, a
 * filtered list), without the records of the package or zod.
 */
export { OBSERVATION_CSV_COLUMNS, observationsToCsv } from './csv.js';
export { asJson, type Writable } from './json.js';
export { type Lookup, lookupBy } from './lookup.js';
export { normaliseQuery } from './normalise.js';
export {
  filterObservations,
  OBSERVATION_SORT_KEYS,
  type ObservationFilter,
  type ObservationSortKey,
  sortObservations,
} from './observations.js';
export {
  byCodeUnits,
  compareEntities,
  compareEvents,
  type EntityFilter,
  type EventFilter,
  selectEntities,
  selectEvents,
} from './order.js';
export { findPark, type MatchKind, PARK_MATCH_KINDS, type ParkMatch } from './resolve.js';
export {
  createSearch,
  type SearchHit,
  type SearchKind,
  type SearchSource,
  searchSourceOf,
} from './search.js';
export { sourcesByPark } from './sources.js';
