import { z } from 'zod';
import { Article } from './article.js';
import { Claim } from './claim.js';
import { Entity } from './entity.js';
import { Event } from './event.js';
import { Indicator, IndicatorFamily } from './indicator.js';
import { Observation } from './observation.js';
import { Park } from './park.js';
import { ZoneRegistry } from './registry.js';
import { Source } from './source.js';

export const DatasetVersion = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
});
export type DatasetVersion = z.infer<typeof DatasetVersion>;

export const Dataset = z
  .strictObject({
    version: DatasetVersion,
    sources: z.array(Source).min(1),
    registry: ZoneRegistry,
    parks: z.array(Park),
    articles: z.array(Article),
    indicators: z.array(Indicator),
    observations: z.array(Observation),
    events: z.array(Event),
    entities: z.array(Entity),
    claims: z.array(Claim),
    indicatorFamilies: z.array(IndicatorFamily),
  })
  .meta({ title: 'Dataset', description: 'Every collection of @hitech/data with its version' });

export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
