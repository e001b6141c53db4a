import { z } from 'zod';
import { Bilingual, DateBasis, Evidence, Id, Note, ParkId, Period } from './common.js';
import { Qualifier, Unit, UnitMult } from './unit.js';

export const ComparisonKind = z.enum(['growth-since', 'raised-from', 'reduced-from', 'reduction-rate']);

/** A relation the page states between this figure and another one (the other figure is an observation too). */
export const Comparison = z.strictObject({
  kind: ComparisonKind,
  observationId: Id,
  basePeriod: Period.optional(),
});

export const Observation = z
  .strictObject({
    id: Id,
    parkId: ParkId,
    indicator: Id,
    value: z.number().finite().nonnegative().describe('The number as printed, before the unit multiplier'),
    printed: z
      .string()
      .min(1)
      .optional()
      .describe('How the value is written when not in digits (两, 万); omitted when the digits are printed'),
    unitMult: UnitMult,
    unit: Unit,
    qualifier: Qualifier,
    status: z
      .enum(['reported', 'target', 'planned'])
      .describe('reported: an achieved figure; target: a goal; planned: intended but not yet done (拟)'),
    period: Period.nullable().describe('Reference period; null where the page gives none'),
    periodBasis: DateBasis.nullable().describe(
      'stated, or inferred from the reference year; null with no period',
    ),
    label: Bilingual.describe('What this particular figure counts, in this project’s words'),
    comparisons: z.array(Comparison),
    partOf: Id.nullable().describe('Observation this figure is a breakdown of'),
    partsComplete: z
      .boolean()
      .optional()
      .describe('On a whole: the page lists every part, so the parts must add up to it'),
    entityIds: z.array(Id),
    notes: z.array(Note),
    evidence: Evidence,
  })
  .refine((o) => (o.period === null) === (o.periodBasis === null), {
    message: 'periodBasis must be given exactly when period is',
    path: ['periodBasis'],
  })
  .refine((o) => o.unit !== 'percent' || o.unitMult === 0, {
    message: 'a percentage takes no unit multiplier',
    path: ['unitMult'],
  })
  .meta({ title: 'Observation', description: 'One figure the page states about a zone (SDMX: observation)' });

export type Observation = z.infer<typeof Observation>;
export type ObservationInput = z.input<typeof Observation>;
