// Child of bench/scale.mjs: the API on Node over one synthetic corpus. Measures start-up (from
// `startServer`, which builds `createApp(dataset)`, to the first response, a filtered list), reports over IPC,
// then answers the parent's requests for its memory and for the catalogue's index timings.
// Usage (from scale.mjs): node --expose-gc --import tsx scale-api.ts <copies>
import { filterObservations } from '@hitech/data';
import { createCatalogue } from '../src/catalogue.js';
import { startServer } from '../src/server.js';
// @ts-expect-error: a plain ES module of the bench, without declarations
import { syntheticDataset } from './synthetic.mjs';

const copies = Number(process.argv[2]);
const MB = 1024 * 1024;
const memory = () => ({
  rss: Math.round(process.memoryUsage().rss / MB),
  peakRss: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
  heapUsed: Math.round(process.memoryUsage().heapUsed / MB),
});
const send = (message: object) => process.send?.(message);

const data = syntheticDataset(copies) as Parameters<typeof createCatalogue>[0];
(globalThis as { gc?: () => void }).gc?.();
const before = memory();

/** The filtered lists the load runs ask for: every zone with figures, with each topic it has figures in. */
const topicOf = new Map(data.indicators.map((i) => [i.key, i.topic]));
const filtered = [...new Set(data.observations.map((o) => `${o.parkId} ${topicOf.get(o.indicator)}`))].map(
  (pair) => {
    const [park, topic] = pair.split(' ');
    return `/v1/observations?park=${park}&topic=${topic}`;
  },
);
// The hot URL is a zone in the middle of the corpus, so no index or order favours it.
const hot = filtered[Math.floor(filtered.length / 2)] as string;

const start = performance.now();
const server = await startServer({ port: 0, hostname: '127.0.0.1', dataset: data });
const first = await fetch(`${server.url}${hot}`, { headers: { 'accept-encoding': 'br' } });
await first.arrayBuffer();
const startMs = performance.now() - start;
if (first.status !== 200) throw new Error(`${hot} answered ${first.status}`);
const afterStart = memory();
const warmedUrls = await server.warmed;
const warmedMs = performance.now() - start;

send({
  kind: 'ready',
  url: server.url,
  hot,
  filtered,
  startMs,
  warmedMs,
  warmed: warmedUrls.length,
  before,
  afterStart,
});

/** The catalogue's index against a scan, in microseconds per call (on a fresh catalogue). */
function indexTimings() {
  const cat = createCatalogue(data);
  const sample = filtered.filter((_, i) => i % Math.max(1, Math.floor(filtered.length / 200)) === 0);
  const keysOf = (url: string) => {
    const query = new URLSearchParams(url.slice(url.indexOf('?')));
    return { park: query.get('park') ?? undefined, topic: (query.get('topic') ?? undefined) as 'investment' };
  };
  let t = performance.now();
  cat.observationsMatching(keysOf(sample[0] as string));
  const indexFirstMs = performance.now() - t;
  t = performance.now();
  for (const url of sample) {
    const { park, topic } = keysOf(url);
    filterObservations(
      cat.observationsMatching({ park, topic }),
      { parkId: park, topic },
      cat.indicatorsWithTopic(topic),
    );
  }
  const indexedUs = ((performance.now() - t) * 1000) / sample.length;
  t = performance.now();
  cat.parkById(data.parks[0]?.id ?? '');
  const parkByIdFirstMs = performance.now() - t;
  return { indexFirstMs, indexedUs, parkByIdFirstMs };
}

process.on('message', (message: { kind: string }) => {
  if (message.kind === 'memory') send({ kind: 'memory', ...memory() });
  if (message.kind === 'index') send({ kind: 'index', ...indexTimings() });
  if (message.kind === 'stop') server.close().finally(() => process.exit(0));
});
