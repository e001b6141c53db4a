import { z } from 'zod';
import { Bilingual, Evidence, Id, Note, ParkId } from './common.js';

export const Article = z
  .strictObject({
    id: Id,
    parkId: ParkId,
    sourceId: Id,
    order: z.number().int().positive().describe('Position of the report within the column page'),
    headline: z.strictObject({ zh: z.string().min(1), en: z.string().min(1), evidence: Evidence }),
    reporter: z.strictObject({ zh: z.string().min(1), en: z.string().min(1), evidence: Evidence }).nullable(),
    themes: z.array(z.strictObject({ key: Id, zh: z.string().min(1), en: z.string().min(1) })).min(1),
    summary: Bilingual,
    imageCredits: z.array(
      z.strictObject({ zh: z.string().min(1), en: z.string().min(1), evidence: Evidence }),
    ),
    sourceNotes: z.array(Note.extend({ evidence: Evidence })),
  })
  .meta({ title: 'Article', description: 'One report of the column, about one zone' });

export type Article = z.infer<typeof Article>;
