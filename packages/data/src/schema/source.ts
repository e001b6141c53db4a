import { z } from 'zod';
import { Bilingual, Evidence, Id, Note, Period } from './common.js';

export const PolicyGoal = z.strictObject({
  key: Id,
  name: z.string().min(1).describe('The goal as named on the page (a title, not a sentence)'),
  label: Bilingual,
  evidence: Evidence,
});

/** The editor's note that opens the column, as structured data. */
export const EditorsNote = z.strictObject({
  policy: z.strictObject({
    entityId: Id,
    title: z.string().min(1),
    issued: z.iso.date(),
    evidence: Evidence,
  }),
  goals: z.array(PolicyGoal).min(1),
  summary: Bilingual,
});

/** What kind of document a source is. */
export const SourceKind = z.enum([
  'newspaper-page',
  'official-text',
  'government-site',
  'news',
  'encyclopedia',
  'community-list',
  'statistical-codes',
  'web-page',
  'other',
]);
export type SourceKind = z.infer<typeof SourceKind>;

/** How far a cited source itself can be relied on (the registry material's `trust`). */
export const Trust = z.enum(['high', 'medium', 'low']);
export type Trust = z.infer<typeof Trust>;

/** Whether the project holds a source's text (`stored`) or only cites it (`cited`). */
export const SourceStorage = z.enum(['stored', 'cited']);
export type SourceStorage = z.infer<typeof SourceStorage>;

const common = {
  id: Id,
  kind: SourceKind,
  title: z.string().min(1).nullable().describe('Title, or a short description; null where none is printed'),
  publisher: z.string().min(1).nullable().describe('Who published it; null where the source does not say'),
  date: Period.nullable().describe("The source's own date as printed or recorded; null where none is"),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
    .nullable()
    .describe('BCP 47 tag; null where it was not recorded'),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .describe('A complete address to follow, where one is known'),
  notes: z.array(Note).describe("The source's own defects and what is inferred about it"),
};

/**
 * A source whose text the project holds outside the repository (in the sources folder, by file name or
 * SHA-256): evidence spans point into it by offsets, and validation reads each quote there.
 */
export const StoredSource = z
  .strictObject({
    ...common,
    storage: z.literal(SourceStorage.enum.stored),
    file: z.string().regex(/^[\w.-]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    length: z
      .number()
      .int()
      .positive()
      .describe('Length of the text in UTF-16 code units (JavaScript string length)'),
    series: z
      .strictObject({ title: z.string().min(1), titleEn: z.string().min(1), evidence: Evidence })
      .nullable()
      .describe('Column or series the source belongs to'),
    referenceYear: z
      .strictObject({
        value: z.number().int().min(1900).max(2100),
        basis: z.literal('inferred'),
        reason: Bilingual,
      })
      .nullable()
      .describe('Year the figures refer to, when the source prints no date and it is inferred'),
    editorsNote: EditorsNote.nullable().describe("The editor's note that opens a column page"),
  })
  .meta({ title: 'StoredSource', description: 'A source whose text is held; evidence quotes it by offsets' });
export type StoredSource = z.infer<typeof StoredSource>;

/**
 * A source cited without a stored text: no hash and no offsets. It says where it was read and what it
 * supports; validation never asks for its text.
 */
export const CitedSource = z
  .strictObject({
    ...common,
    storage: z.literal(SourceStorage.enum.cited),
    title: Bilingual.nullable().describe(
      'Title or short description in both languages (a title printed in Chinese is kept as printed); null where the material has none',
    ),
    address: z
      .string()
      .min(1)
      .nullable()
      .describe('The address exactly as recorded, possibly partial (…) or several; null when none was kept'),
    supports: Bilingual.describe(
      'The facts the source backs: `en` in the words of the registry material, `zh` written for this project',
    ),
    trust: Trust,
    sameAs: z
      .array(Id)
      .describe('Other source records that are the same page, so not independent of this one'),
    pages: z
      .number()
      .int()
      .positive()
      .describe(
        'How many separate pages the record bundles (the material sometimes lists several under one id)',
      ),
    quotesOfficial: z.boolean().describe("Whether it quotes the approval's own text or title"),
    ref: z
      .string()
      .min(1)
      .describe('The id of this source in the registry material (E1, N125, GH, NBS2023 …)'),
  })
  .meta({ title: 'CitedSource', description: 'A source cited by title and address, without a stored text' });
export type CitedSource = z.infer<typeof CitedSource>;

export const Source = z
  .discriminatedUnion('storage', [StoredSource, CitedSource])
  .meta({ title: 'Source', description: 'A source records cite: stored (text held) or cited only' });
export type Source = z.infer<typeof Source>;
