import { deepFreeze } from '../freeze.js';
import type {
  Article,
  Claim,
  Dataset,
  DatasetVersion,
  Entity,
  Event,
  Indicator,
  IndicatorFamily,
  Observation,
  Park,
  Source,
  ZoneRegistry,
} from '../records.js';
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
// narrow JSON's widened strings to the literal types. Each collection is frozen on its own, and every
// call is pure, so a bundler drops the collections a consumer does not use.
export const sources = /* @__PURE__ */ deepFreeze(sourcesJson) as readonly Source[];
export const registry = /* @__PURE__ */ deepFreeze(registryJson) as ZoneRegistry;
export const parks = /* @__PURE__ */ deepFreeze(parksJson) as readonly Park[];
export const articles = /* @__PURE__ */ deepFreeze(articlesJson) as readonly Article[];
export const indicators = /* @__PURE__ */ deepFreeze(indicatorsJson) as readonly Indicator[];
export const observations = /* @__PURE__ */ deepFreeze(observationsJson) as readonly Observation[];
export const events = /* @__PURE__ */ deepFreeze(eventsJson) as readonly Event[];
export const entities = /* @__PURE__ */ deepFreeze(entitiesJson) as readonly Entity[];
export const claims = /* @__PURE__ */ deepFreeze(claimsJson) as readonly Claim[];
export const indicatorFamilies = /* @__PURE__ */ deepFreeze(
  indicatorFamiliesJson,
) as readonly IndicatorFamily[];
export const version = /* @__PURE__ */ deepFreeze(versionJson) as DatasetVersion;

/** Every collection in one object, with the version that changes whenever a record does. */
export const dataset: Dataset = /* @__PURE__ */ Object.freeze({
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
});
