import { describe, expect, it } from 'vitest';
import { ComparisonKind, DateBasis, EntityType, Qualifier, Topic, UnitKind } from '../src/schema/index.js';
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

  it('lists the values of each enum in label order', () => {
    expect(vocabulary.TOPICS).toEqual(Topic.options);
    expect(vocabulary.STATUSES).toEqual(['reported', 'target', 'planned']);
    expect(vocabulary.ENTITY_TYPES).toEqual(EntityType.options);
  });
});
