import { z } from 'zod';
import { Bilingual, Evidence, Id, ParkId } from './common.js';

export const EntityType = z.enum([
  'government-body',
  'university',
  'research-institute',
  'enterprise',
  'policy-document',
  'programme',
  'facility',
  'platform',
  'industry',
  'industrial-park',
  'alliance',
  'financial-product',
  'event',
  'project',
]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z
  .strictObject({
    id: Id,
    type: EntityType,
    name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
    parkIds: z.array(ParkId).describe('Zones the entity belongs to or works with; empty for national ones'),
    national: z
      .literal(true)
      .optional()
      .describe('A body, document or programme of the whole country, which belongs to no zone'),
    description: Bilingual.optional(),
    evidence: Evidence,
  })
  .meta({
    title: 'Entity',
    description: 'An organisation, document, programme, facility or industry the page names',
  });

export type Entity = z.infer<typeof Entity>;
