/**
 * Runs after tsup: validates the dataset (the build fails on any problem) and writes the plain files
 * for non-TypeScript users into dist/: JSON of each collection, JSON Schema of each record type, and
 * the observations as CSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataset } from '../src/data/index.js';
import { observationsToCsv } from '../src/query/csv.js';
import * as schemas from '../src/schema/index.js';
import { validateDataset } from '../src/validate/dataset.js';
import { formatPath } from '../src/validate/result.js';
import { contentHashOf } from './content-hash.js';
import { registryToCsv } from './registry-csv.js';
import { readSeeds, requireTexts } from './seed.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { texts, missing } = readSeeds();
for (const m of missing)
  console.warn(`note: the text of source ${m.id} is missing (${m.reason}), so its quotes are not checked`);

const result = validateDataset(dataset, { sourceTexts: texts, requireSourceTexts: requireTexts });
if (!result.ok) {
  for (const p of result.problems) console.error(`${formatPath(p.path)}: ${p.message}`);
  throw new Error(`the dataset has ${result.problems.length} problem(s); the build stops here`);
}
if (contentHashOf(dataset) !== dataset.version.contentHash) {
  throw new Error('the data changed without a new version: run `pnpm --filter @hitech/data version:data`');
}

const write = (path: string, body: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), body);
};
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

write('json/dataset.json', json(dataset));
for (const name of schemas.Dataset.keyof().options) {
  write(`json/${name}.json`, json(dataset[name]));
}

const recordSchemas = {
  source: schemas.Source,
  registry: schemas.ZoneRegistry,
  park: schemas.Park,
  article: schemas.Article,
  indicator: schemas.Indicator,
  observation: schemas.Observation,
  event: schemas.Event,
  entity: schemas.Entity,
  claim: schemas.Claim,
  'indicator-family': schemas.IndicatorFamily,
  dataset: schemas.Dataset,
};
for (const [name, schema] of Object.entries(recordSchemas)) {
  write(
    `json-schema/${name}.schema.json`,
    json(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })),
  );
}

write('csv/observations.csv', observationsToCsv(dataset.observations, dataset.indicators));
write('csv/parks.csv', registryToCsv(dataset.parks));
console.log(
  `dataset ${dataset.version.version}: ${dataset.observations.length} observations written to dist/`,
);
