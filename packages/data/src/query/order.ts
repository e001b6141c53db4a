import type { ParkId } from '../schema/common.js';
import type { EntityType } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import { ENTITY_TYPES } from '../vocabulary/index.js';

/** Plain string order, the same in every runtime (`localeCompare` depends on the runtime's ICU data). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type EventLike = {
  readonly id: string;
  readonly date: string;
  readonly parkId: ParkId | null;
  readonly kind: Event['kind'];
};
type EntityLike = { readonly id: string; readonly type: EntityType; readonly parkIds: readonly ParkId[] };

/**
 * The timeline order: by ISO 8601 date as written (so `2018` comes before `2018-03`, and a month
 * before an interval that starts in it), then by id.
 */
export function compareEvents(a: EventLike, b: EventLike): number {
  return byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id);
}

/** Entities grouped by type in the order of `ENTITY_TYPES`, then by id. */
export function compareEntities(a: EntityLike, b: EntityLike): number {
  return ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || byCodeUnits(a.id, b.id);
}

export interface EventFilter {
  /** Events of this park and those that concern every zone (`parkId: null`). */
  parkId?: ParkId | undefined;
  kind?: Event['kind'] | undefined;
}

/** The events matching the filter, as a new array in timeline order (`compareEvents`). */
export function selectEvents<E extends EventLike>(events: readonly E[], filter: EventFilter = {}): E[] {
  return events
    .filter(
      (e) =>
        (filter.parkId === undefined || e.parkId === filter.parkId || e.parkId === null) &&
        (filter.kind === undefined || e.kind === filter.kind),
    )
    .sort(compareEvents);
}

export interface EntityFilter {
  /** Entities the page ties to this park. */
  parkId?: ParkId | undefined;
  type?: EntityType | undefined;
}

/** The entities matching the filter, as a new array in `compareEntities` order. */
export function selectEntities<E extends EntityLike>(entities: readonly E[], filter: EntityFilter = {}): E[] {
  return entities
    .filter(
      (e) =>
        (filter.parkId === undefined || e.parkIds.includes(filter.parkId)) &&
        (filter.type === undefined || e.type === filter.type),
    )
    .sort(compareEntities);
}
