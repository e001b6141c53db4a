/** `@hitech/data/vocabulary`: labels and value lists of every enum, without records or zod. */
import {
  CLAIM_KIND_LABELS,
  CLAIM_SCOPE_LABELS,
  COMPARISON_KIND_LABELS,
  CONFIDENCE_LABELS,
  DATE_BASIS_LABELS,
  ENTITY_TYPE_LABELS,
  EVENT_KIND_LABELS,
  type Label,
  NOTE_KIND_LABELS,
  QUALIFIER_LABELS,
  SEARCH_KIND_LABELS,
  SOURCE_KIND_LABELS,
  STATUS_LABELS,
  TOPIC_LABELS,
  UNIT_KIND_LABELS,
  ZONE_KIND_LABELS,
} from './labels.js';

export * from './labels.js';

/** The keys of a label map in their order: the order lists and groups are shown in. */
function keysOf<K extends string>(labels: { readonly [Key in K]: Label }): readonly K[] {
  return Object.freeze(Object.keys(labels)) as readonly K[];
}

export const TOPICS = /* @__PURE__ */ keysOf(TOPIC_LABELS);
export const UNIT_KINDS = /* @__PURE__ */ keysOf(UNIT_KIND_LABELS);
export const ENTITY_TYPES = /* @__PURE__ */ keysOf(ENTITY_TYPE_LABELS);
export const EVENT_KINDS = /* @__PURE__ */ keysOf(EVENT_KIND_LABELS);
export const STATUSES = /* @__PURE__ */ keysOf(STATUS_LABELS);
export const QUALIFIERS = /* @__PURE__ */ keysOf(QUALIFIER_LABELS);
export const COMPARISON_KINDS = /* @__PURE__ */ keysOf(COMPARISON_KIND_LABELS);
export const NOTE_KINDS = /* @__PURE__ */ keysOf(NOTE_KIND_LABELS);
export const DATE_BASES = /* @__PURE__ */ keysOf(DATE_BASIS_LABELS);
export const SEARCH_KINDS = /* @__PURE__ */ keysOf(SEARCH_KIND_LABELS);
export const CONFIDENCES = /* @__PURE__ */ keysOf(CONFIDENCE_LABELS);
export const ZONE_KINDS = /* @__PURE__ */ keysOf(ZONE_KIND_LABELS);
export const SOURCE_KINDS = /* @__PURE__ */ keysOf(SOURCE_KIND_LABELS);
export const CLAIM_KINDS = /* @__PURE__ */ keysOf(CLAIM_KIND_LABELS);
export const CLAIM_SCOPES = /* @__PURE__ */ keysOf(CLAIM_SCOPE_LABELS);
