import { z } from 'zod';
import { Bilingual, Id } from './common.js';

export const Topic = z.enum([
  'investment',
  'projects',
  'enterprises',
  'rnd',
  'talent',
  'finance',
  'government-services',
  'infrastructure',
  'land',
  'industry',
  'tax',
  'cooperation',
  'policy',
]);
export type Topic = z.infer<typeof Topic>;

export const UnitKind = z.enum(['currency', 'count', 'ratio', 'duration', 'area', 'capacity']);

export const Indicator = z
  .strictObject({
    key: Id,
    topic: Topic,
    unitKind: UnitKind,
    zh: z.string().min(1),
    en: z.string().min(1),
    description: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
    family: Id.nullable().describe(
      'Key of the indicator family whose members may be set side by side across zones; null when the indicator compares with no other',
    ),
  })
  .meta({ title: 'Indicator', description: 'A measured concept (SDMX: INDICATOR)' });

export type Indicator = z.infer<typeof Indicator>;

/** Indicators that count the same kind of thing, so that figures of different zones may stand side by side. */
export const IndicatorFamily = z
  .strictObject({
    key: Id,
    zh: z.string().min(1),
    en: z.string().min(1),
    description: Bilingual.describe('What the members share and where they still differ'),
  })
  .meta({ title: 'IndicatorFamily', description: 'A group of indicators comparable across zones' });

export type IndicatorFamily = z.infer<typeof IndicatorFamily>;
