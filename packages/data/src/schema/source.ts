import { z } from 'zod';
import { Bilingual, Evidence, Id, Note } from './common.js';

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

export const Source = z
  .strictObject({
    id: Id,
    file: z.string().regex(/^[\w.-]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    length: z
      .number()
      .int()
      .positive()
      .describe('Length of the text in UTF-16 code units (JavaScript string length)'),
    series: z.strictObject({ title: z.string().min(1), titleEn: z.string().min(1), evidence: Evidence }),
    language: z.literal('zh-CN'),
    publisher: z.null().describe('The page does not name its publisher, so this stays empty'),
    referenceYear: z.strictObject({
      value: z.number().int().min(2000).max(2100),
      basis: z.literal('inferred'),
      reason: Bilingual,
    }),
    editorsNote: EditorsNote,
    notes: z.array(Note),
  })
  .meta({ title: 'Source', description: 'The column page every record cites' });

export type Source = z.infer<typeof Source>;
