// A synthetic corpus N times the size of today's dataset, made in memory for the scale bench and never
// written into a package. Copy 0 is today's dataset as it ships; copy k (1 ≤ k < N) is a fresh parse of it in
// which every id and every reference to an id gets the suffix `-syn<k>`, and every zone name the suffix
// `（合成k）` / ` (synthetic k)` (names must be unique). References stay inside their copy, so the result
// validates; texts are parsed anew per copy, so each copy holds its own strings, as a real corpus read
// from files would. The one registry record is adjusted to count the zones of all copies.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dataset as shipped } from '@hitech/data';
import { readSourceTexts } from '@hitech/data/node';

import { Dataset } from '@hitech/data/schema';

/** The collections that hold records (arrays), in the schema's order. */
const COLLECTIONS = Dataset.keyof().options.filter((key) => !['version', 'registry'].includes(key));

/** Keys whose string values (or arrays of strings) are ids or references to ids. */
const REFERENCE_KEYS = new Set([
  'id',
  'key',
  'parkId',
  'parkIds',
  'articleId',
  'sourceId',
  'sourceIds',
  'entityId',
  'entityIds',
  'observationId',
  'observationIds',
  'indicator',
  'family',
  'partOf',
  'sameAs',
  'membership',
  'approved',
  'documentNumber',
  'nbsCode',
  'nameEn',
]);

function knownIdsOf(data) {
  const ids = new Set();
  for (const name of COLLECTIONS) for (const record of data[name]) ids.add(record.id ?? record.key);
  return ids;
}

/** Renames, in place, every id-valued reference of `value` that is a known id. */
function suffixReferences(value, known, suffix) {
  if (Array.isArray(value)) {
    for (const item of value)
      if (typeof item === 'object' && item !== null) suffixReferences(item, known, suffix);
    return;
  }
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (typeof field === 'string') {
      if (REFERENCE_KEYS.has(key) && known.has(field)) value[key] = field + suffix;
    } else if (Array.isArray(field)) {
      if (REFERENCE_KEYS.has(key) && field.every((item) => typeof item === 'string'))
        value[key] = field.map((item) => (known.has(item) ? item + suffix : item));
      else suffixReferences(field, known, suffix);
    } else if (typeof field === 'object' && field !== null) {
      suffixReferences(field, known, suffix);
    }
  }
}

function renameZones(parks, k) {
  for (const park of parks) {
    const name = park.name;
    name.zh += `（合成${k}）`;
    name.zhShort += `（合成${k}）`;
    name.en += ` (synthetic ${k})`;
    name.enShort += ` (synthetic ${k})`;
    if (name.enCited !== null) name.enCited += ` (synthetic ${k})`;
  }
}

/**
 * A dataset `copies` times today's: same shape, same rules, `copies`× the records of every collection.
 * `copies = 1` returns a plain (unfrozen) copy of today's dataset.
 */
export function syntheticDataset(copies, base = shipped) {
  const text = Object.fromEntries(COLLECTIONS.map((name) => [name, JSON.stringify(base[name])]));
  const known = knownIdsOf(base);
  const out = Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
  for (let k = 0; k < copies; k++) {
    for (const name of COLLECTIONS) {
      const records = JSON.parse(text[name]);
      if (k > 0) {
        suffixReferences(records, known, `-syn${k}`);
        if (name === 'parks') renameZones(records, k);
      }
      for (const record of records) out[name].push(record);
    }
  }
  const registry = JSON.parse(JSON.stringify(base.registry));
  const zones = out.parks.length;
  const official = zones - registry.addedSince.length + registry.missing.length;
  registry.zones = zones;
  registry.officialTotal.value = official;
  // The registry's total must be one its cited source supports: copy 0's source says so, plainly marked.
  const totalSource = out.sources.find((s) => s.id === registry.officialTotal.sourceId);
  if (totalSource)
    totalSource.supports = {
      zh: `${totalSource.supports.zh}［合成语料：${official}］`,
      en: `${totalSource.supports.en} [synthetic corpus: ${official}]`,
    };
  const contentHash = `sha256-${createHash('sha256').update(`synthetic ×${copies} of ${base.version.contentHash}`).digest('hex')}`;
  return { version: { version: base.version.version, contentHash }, registry, ...out };
}

/**
 * The texts of the stored sources by id (a synthetic source reads as the source it was copied from), when
 * the sources folder (`HITECH_SEED_DIR`, else `/work/shared/seed` next to the repository) holds them; else
 * `undefined`, and validation checks offsets without reading quotes.
 */
export function syntheticSourceTexts(data, base = shipped) {
  const dir =
    process.env.HITECH_SEED_DIR ?? fileURLToPath(new URL('../../../../shared/seed/', import.meta.url));
  const { texts: baseTexts, missing } = readSourceTexts(base.sources, dir);
  if (missing.length > 0) return undefined;
  const texts = {};
  for (const source of data.sources) {
    if (source.storage === 'stored') texts[source.id] = baseTexts[source.id.replace(/-syn\d+$/, '')];
  }
  return texts;
}
