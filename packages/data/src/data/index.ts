import { deepFreeze } from '../freeze.js';
import type {
  Article,
  Dataset,
  DatasetVersion,
  Entity,
  Event,
  Indicator,
  Observation,
  Park,
  Source,
} from '../records.js';
import articlesJson from './articles.json' with { type: 'json' };
import entitiesJson from './entities.json' with { type: 'json' };
import eventsJson from './events.json' with { type: 'json' };
import indicatorsJson from './indicators.json' with { type: 'json' };
import observationsJson from './observations.json' with { type: 'json' };
import parksJson from './parks.json' with { type: 'json' };
import sourceJson from './source.json' with { type: 'json' };
import versionJson from './version.json' with { type: 'json' };

// The records are validated by `validateDataset` at build time and in the tests, so the casts only
// narrow JSON's widened strings to the literal types. Each collection is frozen on its own, and every
// call is pure, so a bundler drops the collections a consumer does not use.
export const source = /* @__PURE__ */ deepFreeze(sourceJson) as Source;
export const parks = /* @__PURE__ */ deepFreeze(parksJson) as readonly Park[];
export const articles = /* @__PURE__ */ deepFreeze(articlesJson) as readonly Article[];
export const indicators = /* @__PURE__ */ deepFreeze(indicatorsJson) as readonly Indicator[];
export const observations = /* @__PURE__ */ deepFreeze(observationsJson) as readonly Observation[];
export const events = /* @__PURE__ */ deepFreeze(eventsJson) as readonly Event[];
export const entities = /* @__PURE__ */ deepFreeze(entitiesJson) as readonly Entity[];
export const version = /* @__PURE__ */ deepFreeze(versionJson) as DatasetVersion;

/** Every collection in one object, with the version that changes whenever a record does. */
export const dataset: Dataset = /* @__PURE__ */ Object.freeze({
  version,
  source,
  parks,
  articles,
  indicators,
  observations,
  events,
  entities,
});
