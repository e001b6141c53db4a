import { z } from 'zod';
import { Bilingual, FactBasis, Id, ParkId } from './common.js';

/** GB/T 2260 administrative division code: six digits. */
export const DivisionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code');

export const Division = z.strictObject({
  code: DivisionCode,
  zh: z.string().min(1),
  en: z.string().min(1),
  basis: z
    .strictObject({ code: FactBasis, zh: FactBasis, en: FactBasis })
    .describe('How each of code, zh and en is known'),
});
export type Division = z.infer<typeof Division>;

/** An approval date only as precise as the sources allow: a year, a month or a day. */
export const ApprovalDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  // zod runs the refinement after a failed regex too; `toJSON` is null (not a throw) for an invalid date.
  .refine((v) => v.length < 10 || new Date(`${v}T00:00:00Z`).toJSON()?.startsWith(v) === true, {
    message: 'names a calendar date that does not exist',
  });

/**
 * How a registry date is known: `stated` by a cited source, `derived` by comparing batch lists (a city
 * in the early-zones list but not in the 1992 batch), or `inferred` from context (a year not printed).
 */
export const ApprovalBasis = z.enum(['stated', 'derived', 'inferred']);
export type ApprovalBasis = z.infer<typeof ApprovalBasis>;

/** What kind of zone the registry lists: an upgraded zone, an agricultural demonstration zone, or SIP. */
export const ZoneKind = z.enum(['high-tech-zone', 'agricultural-demonstration-zone', 'industrial-park']);
export type ZoneKind = z.infer<typeof ZoneKind>;

/** What a registry note is about. */
export const RegistryNoteKind = z.enum([
  'source',
  'conflict',
  'rename',
  'location',
  'code',
  'membership',
  'missing',
  'decision',
]);
export type RegistryNoteKind = z.infer<typeof RegistryNoteKind>;

/**
 * A remark on a zone with the kind of remark: one of the registry material (its English as compiled,
 * its Chinese written for this project in registry/notes-zh.json) or a decision of this project.
 */
export const RegistryNote = z.strictObject({
  kind: RegistryNoteKind,
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type RegistryNote = z.infer<typeof RegistryNote>;

/** How the registry grades a zone as a whole (membership, name and date) from its cited sources. */
export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** How precise an approval date is. */
export const ApprovalPrecision = z.enum(['year', 'month', 'day']);
export type ApprovalPrecision = z.infer<typeof ApprovalPrecision>;

/** Sources behind each registry fact, by source id. */
export const RegistryCitations = z.strictObject({
  membership: z.array(Id).min(1).describe('Sources naming the zone as a national zone'),
  approved: z.array(Id).describe('Sources giving the approval date (empty when it is null)'),
  documentNumber: z.array(Id),
  nbsCode: z.array(Id),
  nameEn: z.array(Id).describe('Sources printing the English name (empty when it is constructed)'),
});
export type RegistryCitations = z.infer<typeof RegistryCitations>;

export const RegistryEntry = z
  .strictObject({
    kind: ZoneKind,
    approved: ApprovalDate.nullable().describe(
      'State Council approval (批复); null where no source gives it',
    ),
    approvedPrecision: ApprovalPrecision.nullable(),
    approvedBasis: ApprovalBasis.nullable(),
    documentNumber: z
      .string()
      .regex(/^国(?:发|函|办函)〔\d{4}〕\d+号$/)
      .nullable()
      .describe('State Council document number, where a source prints it'),
    nbsCode: z
      .string()
      .regex(/^\d{4}7[1-8]$/, 'must be a six-digit NBS function-area code ending in 71–78')
      .nullable()
      .describe("NBS statistical code (统计用区划代码) of the zone's own county-level unit"),
    confidence: Confidence,
    citations: RegistryCitations,
    notes: z.array(RegistryNote),
  })
  .refine((r) => (r.approved === null) === (r.approvedPrecision === null), {
    message: 'approvedPrecision is given exactly when approved is',
    path: ['approvedPrecision'],
  })
  .refine((r) => (r.approved === null) === (r.approvedBasis === null), {
    message: 'approvedBasis is given exactly when approved is',
    path: ['approvedBasis'],
  });
export type RegistryEntry = z.infer<typeof RegistryEntry>;

export const Park = z
  .strictObject({
    id: ParkId,
    name: z.strictObject({
      zh: z.string().min(1).describe('Official name'),
      zhShort: z.string().min(1).describe('Short name (X高新区)'),
      en: z.string().min(1),
      enShort: z.string().min(1).describe('Short English name, the counterpart of zhShort'),
      enCited: z
        .string()
        .min(1)
        .nullable()
        .describe('The English name as a cited source prints it; null where none was found'),
      pinyin: z
        .string()
        .regex(/^[A-Z][a-z']*(?: [A-Z][a-z']*)*$/)
        .describe('Pinyin of the distinctive part of the name, without tones'),
      basis: z
        .strictObject({ zh: FactBasis, zhShort: FactBasis, en: FactBasis, enShort: FactBasis })
        .describe('How each name is known: from the page, the cited sources, or constructed by rule'),
    }),
    province: Division,
    city: Division,
    registry: RegistryEntry,
    leadingIndustries: z
      .array(z.strictObject({ entityId: Id, zh: z.string().min(1), en: z.string().min(1) }))
      .describe('Industries the page names as leading or characteristic for the zone'),
    summary: Bilingual.describe(
      'For a reported zone, written from its article; for the others, one line built from the registry',
    ),
    highlights: z.array(
      z.strictObject({ observationId: Id.optional(), zh: z.string().min(1), en: z.string().min(1) }),
    ),
    articleId: Id.nullable().describe('The column report on this zone; null for zones it does not report on'),
  })
  .meta({
    title: 'Park',
    description: 'A national high-tech industrial development zone of the registry',
  });

export type Park = z.infer<typeof Park>;
