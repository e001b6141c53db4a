import { z } from 'zod';
import { Bilingual, Id, ParkId } from './common.js';

/** GB/T 2260 administrative division code: six digits. */
export const DivisionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code');

export const Division = z.strictObject({
  code: DivisionCode,
  zh: z.string().min(1),
  en: z.string().min(1),
});

export const Park = z
  .strictObject({
    id: ParkId,
    name: z.strictObject({
      zh: z.string().min(1).describe('Official name'),
      zhShort: z.string().min(1).describe('Short name as the column uses it'),
      en: z.string().min(1),
      enShort: z.string().min(1).describe('Short English name, the counterpart of zhShort'),
    }),
    province: Division,
    city: Division,
    leadingIndustries: z
      .array(z.strictObject({ entityId: Id, zh: z.string().min(1), en: z.string().min(1) }))
      .describe('Industries the page names as leading or characteristic for the zone'),
    summary: Bilingual,
    highlights: z.array(
      z.strictObject({ observationId: Id.optional(), zh: z.string().min(1), en: z.string().min(1) }),
    ),
    articleId: Id,
  })
  .meta({
    title: 'Park',
    description: 'A national high-tech industrial development zone reported in the column',
  });

export type Park = z.infer<typeof Park>;
