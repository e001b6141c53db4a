import { z } from 'zod';
import { Id } from './common.js';

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
  })
  .meta({ title: 'Indicator', description: 'A measured concept (SDMX: INDICATOR)' });

export type Indicator = z.infer<typeof Indicator>;
