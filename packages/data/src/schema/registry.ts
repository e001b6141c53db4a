import { z } from 'zod';
import { Bilingual, Id, ParkId, Period } from './common.js';

/**
 * The registry as a whole: how complete it is against the official total (from a cited source), which
 * zones it knows to be missing, where its division codes come from, and the rules by which this project
 * constructs what no source gives.
 */
export const ZoneRegistry = z
  .strictObject({
    compiled: Period.describe('When the registry material was compiled'),
    zones: z.number().int().nonnegative().describe('Number of zones listed (the length of parks)'),
    officialTotal: z
      .strictObject({
        value: z.number().int().positive(),
        asOf: Period,
        sourceId: Id,
      })
      .describe('The latest official count of national zones a cited source gives, and its date'),
    addedSince: z.array(ParkId).describe('Zones listed here that were approved after the official count'),
    missing: z
      .array(z.strictObject({ zh: z.string().min(1), en: z.string().min(1), sourceIds: z.array(Id) }))
      .describe('Zones counted officially that the registry could not identify'),
    divisionCodes: z
      .strictObject({ sourceId: Id, asOf: Period })
      .describe('Source of the province and city codes'),
    rules: z
      .strictObject({ id: Bilingual, shortName: Bilingual, englishName: Bilingual, divisionNames: Bilingual })
      .describe('How the constructed facts are built'),
    notes: z.array(Bilingual),
  })
  .meta({ title: 'ZoneRegistry', description: 'Completeness and rules of the registry of national zones' });

export type ZoneRegistry = z.infer<typeof ZoneRegistry>;
