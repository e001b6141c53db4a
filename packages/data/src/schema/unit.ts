import { z } from 'zod';

/** Units of measure: ISO 4217 `CNY` for 元, `percent`, and named count units. */
export const Unit = z.enum([
  'CNY',
  'percent',
  'project',
  'enterprise',
  'enterprise-time',
  'institution',
  'facility',
  'item',
  'person',
  'person-time',
  'paper',
  'department',
  'party',
  'batch',
  'day',
  'year',
  'set',
  'mu',
]);
export type Unit = z.infer<typeof Unit>;

/** Power of ten the printed value is scaled by (SDMX UNIT_MULT): 亿 = 8, 万 = 4. */
export const UnitMult = z.union([z.literal(0), z.literal(4), z.literal(8)]);
export type UnitMult = z.infer<typeof UnitMult>;

/** How the page bounds the number: 超/超过/余/多 are more-than, 近 is nearly, 级 an order of magnitude. */
export const Qualifier = z.enum(['exact', 'more-than', 'nearly', 'order-of']);
export type Qualifier = z.infer<typeof Qualifier>;
