import { z } from 'zod';
import { periodStart } from '../query/period.js';

/** A stable identifier: lower-case ASCII words joined by hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (a slug)')
  .max(80);

/** A zone of the registry, by its stable slug id (validation checks that it names a park). */
export const ParkId = Id.describe('Id of a park in the registry');
export type ParkId = z.infer<typeof ParkId>;

/**
 * How a reference fact is known: printed on the column `page` (with evidence elsewhere), taken from the
 * `cited` sources the record lists, or `constructed` by this project by a stated rule.
 */
export const FactBasis = z.enum(['page', 'cited', 'constructed']);
export type FactBasis = z.infer<typeof FactBasis>;

/** Text written for this project in both languages (never copied from the page). */
export const Bilingual = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

const year = String.raw`\d{4}`;
const month = String.raw`\d{4}-(?:0[1-9]|1[0-2])`;
const day = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
const point = `(?:${day}|${month}|${year})`;
const PERIOD_RE = new RegExp(`^(?:${point}|${point}/(?:${point}|\\.\\.))$`);

function isRealDate(point: string): boolean {
  const iso = periodStart(point);
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * An ISO 8601 time period: a year (`2021`), a month (`2021-10`), a day, or an interval of them
 * (`2021-01/2021-10`; `2020/..` for an interval whose end the page leaves open, as in ISO 8601-2).
 */
export const Period = z
  .string()
  .regex(PERIOD_RE, 'must be an ISO 8601 year, month, day or interval such as 2021-01/2021-10')
  .refine((value) => value.split('/').every((part) => part === '..' || isRealDate(part)), {
    message: 'names a calendar date that does not exist',
  })
  .refine(
    (value) => {
      const [from, to] = value.split('/');
      return !to || to === '..' || periodStart(from as string) <= periodStart(to);
    },
    { message: 'interval ends before it starts' },
  )
  .meta({
    description: 'ISO 8601 year, month, day or interval (open end written `..`)',
    examples: ['2021-01/2021-10'],
  });

/** How a date or period was obtained: printed on the page, or resolved from a relative word (今年, 去年). */
export const DateBasis = z.enum(['stated', 'inferred']);

/** Where on the page a fact is printed. `quote` is the shortest phrase carrying it. */
export const Evidence = z
  .strictObject({
    sourceId: Id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1).max(40),
  })
  .refine((e) => e.end > e.start, { message: 'end must be after start', path: ['end'] })
  .refine((e) => e.end - e.start === e.quote.length, {
    message: 'end - start must equal the length of the quote (JavaScript string offsets)',
    path: ['end'],
  })
  .meta({
    description: 'Location of the supporting phrase in the source text: text.slice(start, end) === quote',
  });
export type Evidence = z.infer<typeof Evidence>;

/** A defect or ambiguity of the page recorded rather than silently repaired. */
export const Note = z.strictObject({
  kind: z.enum([
    'truncated-text',
    'split-word',
    'cut-word',
    'ambiguous',
    'implied-unit',
    'inferred',
    'unverifiable',
  ]),
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Note = z.infer<typeof Note>;
