/**
 * `@hitech/data`: the records (deeply frozen), look-ups bound to them, and every data-free helper of
 * the subpath entries. Every top-level call is pure, so a bundler keeps only what a consumer uses.
 */
import { articles, dataset, entities, events, indicators, observations, parks } from './data/index.js';
import { lookupBy } from './query/lookup.js';
import { filterObservations, type ObservationFilter } from './query/observations.js';
import { selectEntities, selectEvents } from './query/order.js';
import { createSearch } from './query/search.js';
import type { IndicatorKey, ParkId } from './records.js';
import type { EntityType } from './schema/entity.js';
import type { Event as EventRecord } from './schema/event.js';

export {
  articles,
  claims,
  dataset,
  entities,
  events,
  indicatorFamilies,
  indicators,
  observations,
  parks,
  registry,
  sources,
  version,
} from './data/index.js';
export * from './format.js';
export * from './query/index.js';
export type * from './records.js';
export type {
  Bilingual,
  ComparisonKind,
  EntityType,
  Evidence,
  Note,
  Qualifier,
  Topic,
  Unit,
  UnitKind,
  UnitMult,
} from './schema/index.js';
export type { EventKind, NoteKind, ObservationStatus } from './schema-enums.js';
export type { Problem, Result } from './validate/result.js';
export * from './vocabulary/index.js';

export const parkById = /* @__PURE__ */ lookupBy(parks, 'id');
export const articleById = /* @__PURE__ */ lookupBy(articles, 'id');
export const indicatorByKey = /* @__PURE__ */ lookupBy(indicators, 'key');
export const observationById = /* @__PURE__ */ lookupBy(observations, 'id');
export const eventById = /* @__PURE__ */ lookupBy(events, 'id');
export const entityById = /* @__PURE__ */ lookupBy(entities, 'id');

/** What `observationsOfPark` narrows by, with exact ids. */
export interface ParkObservationFilter extends Omit<ObservationFilter, 'parkId' | 'indicator'> {
  indicator?: IndicatorKey | undefined;
}

/** Observations about one park, optionally narrowed; a new array in dataset order. */
export function observationsOfPark(parkId: ParkId, filter: ParkObservationFilter = {}) {
  return filterObservations(observations, { ...filter, parkId }, indicators);
}

/** Events of a park and those concerning every zone, in timeline order (date, then id). */
export function eventsOfPark(parkId: ParkId, filter: { kind?: EventRecord['kind'] } = {}) {
  return selectEvents(events, { ...filter, parkId });
}

/** Entities the page ties to a park, grouped by type (vocabulary order), then by id. */
export function entitiesOfPark(parkId: ParkId, filter: { type?: EntityType } = {}) {
  return selectEntities(entities, { ...filter, parkId });
}

/** Search parks, entities and indicators in Chinese or English: `尼龙`, `nylon`, `张江`. */
export const search = /* @__PURE__ */ createSearch(dataset);
