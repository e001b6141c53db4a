import type { Article } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import type { Dataset, DatasetVersion } from '../schema/dataset.js';
import type { Entity } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Indicator, IndicatorFamily } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { Park } from '../schema/park.js';
import type { ZoneRegistry } from '../schema/registry.js';
import type { Source } from '../schema/source.js';
import articlesJson from './articles.json' with { type: 'json' };
import claimsJson from './claims.json' with { type: 'json' };
import entitiesJson from './entities.json' with { type: 'json' };
import eventsJson from './events.json' with { type: 'json' };
import indicatorFamiliesJson from './indicator-families.json' with { type: 'json' };
import indicatorsJson from './indicators.json' with { type: 'json' };
import observationsJson from './observations.json' with { type: 'json' };
import parksJson from './parks.json' with { type: 'json' };
import registryJson from './registry.json' with { type: 'json' };
import sourcesJson from './sources.json' with { type: 'json' };
import versionJson from './version.json' with { type: 'json' };

// The records are validated by `validateDataset` at build time and in the tests, so the casts only
// narrow JSON's widened strings to the schema's literal types.
export const sources = sourcesJson as Source[];
export const registry = registryJson as ZoneRegistry;
export const parks = parksJson as Park[];
export const articles = articlesJson as Article[];
export const indicators = indicatorsJson as Indicator[];
export const observations = observationsJson as Observation[];
export const events = eventsJson as Event[];
export const entities = entitiesJson as Entity[];
export const claims = claimsJson as Claim[];
export const indicatorFamilies = indicatorFamiliesJson as IndicatorFamily[];
export const version = versionJson as DatasetVersion;

/** Every collection in one object, with the version that changes whenever a record does. */
export const dataset: Dataset = {
  version,
  sources,
  registry,
  parks,
  articles,
  indicators,
  observations,
  events,
  entities,
  claims,
  indicatorFamilies,
};
