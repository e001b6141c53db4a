import { describe, expect, it } from 'vitest';
import {
  ApprovalBasis,
  ApprovalPrecision,
  ClaimKind,
  ClaimScope,
  ComparisonKind,
  Confidence,
  DateBasis,
  EntityType,
  FactBasis,
  Park,
  Qualifier,
  RegistryCitations,
  RegistryNoteKind,
  Source,
  SourceKind,
  SourceStorage,
  Topic,
  Trust,
  UnitKind,
  ZoneKind,
} from '../src/schema/index.js';
import { EventKind, NoteKind, ObservationStatus } from '../src/schema-enums.js';
import * as vocabulary from '../src/vocabulary/index.js';

/** Each label map against the zod enum it labels: same values, same order, nothing raw. */
const pairs = [
  ['TOPIC_LABELS', vocabulary.TOPIC_LABELS, Topic.options],
  ['UNIT_KIND_LABELS', vocabulary.UNIT_KIND_LABELS, UnitKind.options],
  ['ENTITY_TYPE_LABELS', vocabulary.ENTITY_TYPE_LABELS, EntityType.options],
  ['EVENT_KIND_LABELS', vocabulary.EVENT_KIND_LABELS, EventKind.options],
  ['STATUS_LABELS', vocabulary.STATUS_LABELS, ObservationStatus.options],
  ['QUALIFIER_LABELS', vocabulary.QUALIFIER_LABELS, Qualifier.options],
  ['COMPARISON_KIND_LABELS', vocabulary.COMPARISON_KIND_LABELS, ComparisonKind.options],
  ['NOTE_KIND_LABELS', vocabulary.NOTE_KIND_LABELS, NoteKind.options],
  ['DATE_BASIS_LABELS', vocabulary.DATE_BASIS_LABELS, DateBasis.options],
  ['CONFIDENCE_LABELS', vocabulary.CONFIDENCE_LABELS, Confidence.options],
  ['CONFIDENCE_EXPLANATIONS', vocabulary.CONFIDENCE_EXPLANATIONS, Confidence.options],
  ['ZONE_KIND_LABELS', vocabulary.ZONE_KIND_LABELS, ZoneKind.options],
  ['APPROVAL_PRECISION_LABELS', vocabulary.APPROVAL_PRECISION_LABELS, ApprovalPrecision.options],
  ['APPROVAL_BASIS_LABELS', vocabulary.APPROVAL_BASIS_LABELS, ApprovalBasis.options],
  ['FACT_BASIS_LABELS', vocabulary.FACT_BASIS_LABELS, FactBasis.options],
  ['SOURCE_KIND_LABELS', vocabulary.SOURCE_KIND_LABELS, SourceKind.options],
  ['SOURCE_STORAGE_LABELS', vocabulary.SOURCE_STORAGE_LABELS, SourceStorage.options],
  ['TRUST_LABELS', vocabulary.TRUST_LABELS, Trust.options],
  ['CLAIM_KIND_LABELS', vocabulary.CLAIM_KIND_LABELS, ClaimKind.options],
  ['CLAIM_SCOPE_LABELS', vocabulary.CLAIM_SCOPE_LABELS, ClaimScope.options],
  ['REGISTRY_NOTE_KIND_LABELS', vocabulary.REGISTRY_NOTE_KIND_LABELS, RegistryNoteKind.options],
  ['CITED_FACT_LABELS', vocabulary.CITED_FACT_LABELS, RegistryCitations.keyof().options],
] as const;

describe('labels', () => {
  it.each(pairs)('%s labels every value of its schema enum, in the schema’s order', (_, labels, options) => {
    expect(Object.keys(labels)).toEqual([...options]);
  });

  it.each(pairs)('%s has Chinese text and capitalised English text', (_, labels) => {
    for (const [key, label] of Object.entries(labels) as [string, vocabulary.Label][]) {
      expect(label.zh, key).toMatch(/\p{Script=Han}/u);
      expect(label.en, key).toMatch(/^[A-Z]/);
    }
  });

  it('labels the enums the records use, not copies of them', () => {
    // The registry's fields and the sources' discriminator are these enums, so their labels cover the data.
    const registry = Park.shape.registry.shape;
    expect(registry.confidence.options).toEqual(Confidence.options);
    expect(registry.kind.options).toEqual(ZoneKind.options);
    expect(registry.approvedPrecision.unwrap().options).toEqual(ApprovalPrecision.options);
    expect(registry.approvedBasis.unwrap().options).toEqual(ApprovalBasis.options);
    expect(Source.options.map((s) => s.shape.storage.value)).toEqual(SourceStorage.options);
  });

  it('explains each confidence level in a sentence of each language', () => {
    for (const [level, text] of Object.entries(vocabulary.CONFIDENCE_EXPLANATIONS)) {
      expect(text.zh, level).toMatch(/。$/);
      expect(text.en, level).toMatch(/\.$/);
      expect(text.zh, level).not.toBe(vocabulary.CONFIDENCE_LABELS[level as Confidence].zh);
    }
  });

  it('lists the values of each enum in label order', () => {
    expect(vocabulary.TOPICS).toEqual(Topic.options);
    expect(vocabulary.STATUSES).toEqual(['reported', 'target', 'planned']);
    expect(vocabulary.ENTITY_TYPES).toEqual(EntityType.options);
    expect(vocabulary.CONFIDENCES).toEqual(['high', 'medium', 'low']);
    expect(vocabulary.ZONE_KINDS).toEqual(ZoneKind.options);
    expect(vocabulary.SOURCE_KINDS).toEqual(SourceKind.options);
    expect(vocabulary.CLAIM_KINDS).toEqual(ClaimKind.options);
    expect(vocabulary.CLAIM_SCOPES).toEqual(ClaimScope.options);
  });
});
