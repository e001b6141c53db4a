import { z } from 'zod';
import { Bilingual, DateBasis, Evidence, Id, ParkId, Period } from './common.js';

export const Event = z
  .strictObject({
    id: Id,
    parkId: ParkId.nullable().describe('null for events that concern every zone'),
    date: Period,
    dateBasis: DateBasis,
    kind: z.enum(['policy', 'reform', 'regulation', 'project', 'agreement', 'programme', 'organisation']),
    title: Bilingual,
    entityIds: z.array(Id),
    observationIds: z.array(Id),
    evidence: Evidence,
  })
  .meta({ title: 'Event', description: 'A dated step in the timeline the page gives' });

export type Event = z.infer<typeof Event>;
