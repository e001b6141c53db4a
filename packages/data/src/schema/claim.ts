import { z } from 'zod';
import { Bilingual, Evidence, Id, Note, ParkId } from './common.js';

/**
 * What a claim asserts: `first` (the first of its kind within a scope), `leading` (ahead of others in a
 * scope), `designation` (chosen for a list or title awarded within a scope), `goal` (an aim the page
 * states), `composition` (what a named system is made of).
 */
export const ClaimKind = z.enum(['first', 'leading', 'designation', 'goal', 'composition']);
export type ClaimKind = z.infer<typeof ClaimKind>;

/**
 * Where a claim holds: `world`, `national` (China), `provincial`, `municipal` (a municipality such as
 * 重庆市 or 上海市), `city` (a prefecture-level city such as 宿迁市), `zone` (the zone itself).
 */
export const ClaimScope = z.enum(['world', 'national', 'provincial', 'municipal', 'city', 'zone']);
export type ClaimScope = z.infer<typeof ClaimScope>;

export const Claim = z
  .strictObject({
    id: Id,
    parkId: ParkId.describe('The zone whose report makes the claim'),
    kind: ClaimKind,
    scopes: z.array(ClaimScope).min(1).describe('Every scope the page names for the claim'),
    subject: Bilingual.describe('What is first, leading, designated or aimed at, in this project’s words'),
    entityIds: z.array(Id),
    observationIds: z.array(Id),
    notes: z.array(Note),
    evidence: Evidence,
  })
  .meta({
    title: 'Claim',
    description: 'A ranking, first, designation or goal the page states, with the phrase that states it',
  });

export type Claim = z.infer<typeof Claim>;
