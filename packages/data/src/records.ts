/**
 * The records as `@hitech/data` ships them: deeply readonly (they are frozen at run time), with ids and
 * the references between collections narrowed to the literal unions generated from the data.
 * `@hitech/data/schema` keeps the zod types, which describe any record, valid or not yet.
 */
import type { ArticleId, EntityId, EventId, IndicatorKey, ObservationId } from './data/ids.generated.js';
import type * as S from './schema/index.js';

export type { ArticleId, EntityId, EventId, IndicatorKey, ObservationId } from './data/ids.generated.js';
export type { ParkId } from './schema/common.js';

/** `T` with every property, array and tuple, at any depth, readonly. */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A schema record with some fields narrowed, then made deeply readonly. */
type Shipped<T, Narrowed extends Partial<Record<keyof T, unknown>>> = DeepReadonly<
  Omit<T, keyof Narrowed> & Narrowed
>;

export type Source = DeepReadonly<S.Source>;
export type DatasetVersion = DeepReadonly<S.DatasetVersion>;
export type Park = Shipped<S.Park, { articleId: ArticleId }>;
export type Article = Shipped<S.Article, { id: ArticleId }>;
export type Indicator = Shipped<S.Indicator, { key: IndicatorKey }>;
export type Observation = Shipped<
  S.Observation,
  { id: ObservationId; indicator: IndicatorKey; partOf: ObservationId | null; entityIds: EntityId[] }
>;
export type Event = Shipped<S.Event, { id: EventId; entityIds: EntityId[]; observationIds: ObservationId[] }>;
export type Entity = Shipped<S.Entity, { id: EntityId }>;

/** Every collection with its version, as shipped. */
export interface Dataset {
  readonly version: DatasetVersion;
  readonly source: Source;
  readonly parks: readonly Park[];
  readonly articles: readonly Article[];
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly events: readonly Event[];
  readonly entities: readonly Entity[];
}
