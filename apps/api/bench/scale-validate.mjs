// Child of bench/scale.mjs: one synthetic corpus, `validateDataset` over it (time and peak RSS), then the
// data-free helpers of @hitech/data over it. Prints one JSON line. Usage: node scale-validate.mjs <copies>
import { createSearch, filterObservations, lookupBy } from '@hitech/data';
import { validateDataset } from '@hitech/data/schema';
import { syntheticDataset, syntheticSourceTexts } from './synthetic.mjs';

const copies = Number(process.argv[2]);
const MB = 1024 * 1024;
const rss = () => Math.round(process.memoryUsage().rss / MB);
const peakRss = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);

/** Mean time of `fn` over `ids`, in microseconds. */
function perCall(ids, fn) {
  const start = performance.now();
  for (const id of ids) fn(id);
  return ((performance.now() - start) * 1000) / ids.length;
}

let start = performance.now();
const data = syntheticDataset(copies);
const generateMs = performance.now() - start;
const sourceTexts = syntheticSourceTexts(data);
globalThis.gc?.();
const rssBefore = rss();

start = performance.now();
const result = validateDataset(data, { sourceTexts, requireSourceTexts: sourceTexts !== undefined });
const validateMs = performance.now() - start;
const validatePeak = peakRss();
if (!result.ok) {
  console.error(result.problems.slice(0, 5));
  throw new Error(`the synthetic ×${copies} dataset does not validate (${result.problems.length} problems)`);
}

// Look-ups and filters: ids spread over the whole corpus (every copy), the same sample at every size.
const sample = (list, n) => Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
const parkIds = sample(data.parks, 1000).map((p) => p.id);
const observedParks = sample([...new Set(data.observations.map((o) => o.parkId))], 200);

start = performance.now();
const parkById = lookupBy(data.parks, 'id');
parkById(parkIds[0]);
const lookupFirstMs = performance.now() - start;
const lookupUs = perCall(parkIds, parkById);
const filterUs = perCall(observedParks, (parkId) =>
  filterObservations(data.observations, { parkId, topic: 'investment' }, data.indicators),
);

const search = createSearch(data);
start = performance.now();
search('尼龙');
const searchFirstMs = performance.now() - start;
const searchMs = perCall(['nylon', '张江', '平顶山', 'investment'], (q) => search(q)) / 1000;

console.log(
  JSON.stringify({
    copies,
    records: Object.fromEntries(
      ['sources', 'parks', 'observations', 'entities'].map((name) => [name, data[name].length]),
    ),
    quotesChecked: sourceTexts !== undefined,
    generateMs,
    rssBefore,
    validateMs,
    validatePeak,
    lookupFirstMs,
    lookupUs,
    filterUs,
    searchFirstMs,
    searchMs,
  }),
);
