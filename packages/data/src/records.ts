/**
 * The records as `@hitech/data` ships them: deeply readonly (they are frozen at run time), with ids and
 * the references between collections narrowed to the literal unions generated from the data.
 * `@hitech/data/schema` keeps the zod types, which describe any record, valid or not yet.
 */
import type {
  ArticleId,
  ClaimId,
  EntityId,
  EventId,
  IndicatorFamilyKey,
  IndicatorKey,
  ObservationId,
  ParkId,
  SourceId,
} from './data/ids.generated.js';
import type * as S from './schema/index.js';

export type * from './data/ids.generated.js';

/** `T` with every property, array and tuple, at any depth, readonly. */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A schema record with some fields narrowed, then made deeply readonly. */
type Shipped<T, Narrowed extends Partial<Record<keyof T, unknown>>> = DeepReadonly<
  Omit<T, keyof Narrowed> & Narrowed
>;

export type Source = DeepReadonly<S.Source> & { readonly id: SourceId };
export type StoredSource = DeepReadonly<S.StoredSource> & { readonly id: SourceId };
export type CitedSource = DeepReadonly<S.CitedSource> & { readonly id: SourceId };
export type ZoneRegistry = DeepReadonly<S.ZoneRegistry>;
export type DatasetVersion = DeepReadonly<S.DatasetVersion>;
export type Park = Shipped<S.Park, { id: ParkId; articleId: ArticleId | null }>;
export type Article = Shipped<S.Article, { id: ArticleId; parkId: ParkId; sourceId: SourceId }>;
export type Indicator = Shipped<S.Indicator, { key: IndicatorKey; family: IndicatorFamilyKey | null }>;
export type IndicatorFamily = Shipped<S.IndicatorFamily, { key: IndicatorFamilyKey }>;
export type Observation = Shipped<
  S.Observation,
  {
    id: ObservationId;
    parkId: ParkId;
    indicator: IndicatorKey;
    partOf: ObservationId | null;
    entityIds: EntityId[];
  }
>;
export type Event = Shipped<
  S.Event,
  { id: EventId; parkId: ParkId | null; entityIds: EntityId[]; observationIds: ObservationId[] }
>;
export type Entity = Shipped<S.Entity, { id: EntityId; parkIds: ParkId[] }>;
export type Claim = Shipped<
  S.Claim,
  { id: ClaimId; parkId: ParkId; entityIds: EntityId[]; observationIds: ObservationId[] }
>;

/** Every collection with its version, as shipped. */
export interface Dataset {
  readonly version: DatasetVersion;
  readonly sources: readonly Source[];
  readonly registry: ZoneRegistry;
  readonly parks: readonly Park[];
  readonly articles: readonly Article[];
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly events: readonly Event[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly indicatorFamilies: readonly IndicatorFamily[];
}
