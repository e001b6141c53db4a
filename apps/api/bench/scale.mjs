// How cost grows with the data: synthetic corpora at 1×, 10×, 100× and 1000× today's dataset (made in memory
// by bench/synthetic.mjs, never written into a package), each measured in its own child processes so peak RSS
// is that size's alone: validateDataset (time, peak RSS), the helpers' look-ups and filters, the API on Node
// (start-up to the first response, memory, req/s and p99 of a filtered list at 50 connections with
// autocannon on loopback), and the gzipped size of a Workers bundle that embeds the corpus.
// Usage: pnpm --filter @hitech/api bench:scale   (BENCH_SCALES=1,10,100,1000, BENCH_SECONDS=5 per load run)
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const ACCEPT_ENCODING = 'gzip, deflate, br';
const MiB = 1024 * 1024;
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs a child to completion and parses the JSON line it prints last. */
function runJson(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      const line = output.trim().split('\n').at(-1);
      if (code === 0 && line) resolve(JSON.parse(line));
      else reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`));
    });
  });
}

/** The API child, with a request/answer channel over IPC. */
function startApi(copies) {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', here('./scale-api.ts'), String(copies)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const waiting = new Map();
  child.on('message', (message) => {
    waiting.get(message.kind)?.(message);
    waiting.delete(message.kind);
  });
  const next = (kind) =>
    new Promise((resolve, reject) => {
      waiting.set(kind, resolve);
      child.once('exit', (code) => reject(new Error(`the API child exited with ${code}`)));
    });
  const ask = (kind) => {
    const answer = next(kind);
    child.send({ kind });
    return answer;
  };
  return { child, ready: next('ready'), ask };
}

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'accept-encoding': ACCEPT_ENCODING },
        ...options,
      },
      (error, result) => {
        if (error) return reject(error);
        if (result.non2xx > 0 || result.errors > 0)
          return reject(
            new Error(`${options.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`),
          );
        resolve({ rps: result.requests.total / result.duration, p99: result.latency.p99 });
      },
    );
  });
}

/**
 * A filtered list repeated (hot: answered from the response store), and filtered lists never asked before
 * (cold: each request a new zone/topic/status/limit combination, so each runs the route, the index,
 * serialisation and compression).
 */
async function loadRuns(ready) {
  const hot = await cannon({ url: `${ready.url}${ready.hot}` });
  const statuses = ['', '&status=reported', '&status=target', '&status=planned'];
  let n = 0;
  const nextCold = () => {
    const i = n++;
    const f = ready.filtered.length;
    const limit = 1 + (Math.floor(i / f) % 200);
    const status = statuses[Math.floor(i / (f * 200)) % statuses.length];
    return `${ready.filtered[i % f]}&limit=${limit}${status}`;
  };
  const cold = await cannon({
    url: ready.url,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextCold() }) }],
  });
  return { hot, cold, coldDistinct: Math.min(n, ready.filtered.length * 200 * statuses.length) };
}

console.log(
  `Scale bench: Node ${process.version}, autocannon ${CONNECTIONS} connections × ${SECONDS} s per run on ` +
    `loopback, Accept-Encoding: ${ACCEPT_ENCODING}; load average at start ${load()}`,
);
const rows = [];
for (const copies of SCALES) {
  const validation = await runJson(['--expose-gc', here('./scale-validate.mjs'), String(copies)]);
  const api = startApi(copies);
  let measured;
  try {
    const ready = await api.ready;
    const runs = await loadRuns(ready);
    const memory = await api.ask('memory');
    const index = await api.ask('index');
    measured = { ready, runs, memory, index };
    api.ask('stop').catch(() => {});
    await new Promise((resolve) => api.child.once('exit', resolve));
  } finally {
    if (api.child.exitCode === null) api.child.kill('SIGTERM');
  }
  const bundle = await runJson([here('./scale-bundle.mjs'), String(copies)]);
  const row = { copies, validation, ...measured, bundle, load: load() };
  rows.push(row);
  console.log(JSON.stringify(row, (key, value) => (key === 'filtered' ? value.length : value)));
}

const base = rows.find((r) => r.copies === 1);
const fixed = (value, digits = 0) => Number(value.toFixed(digits));
console.table(
  rows.map((r) => ({
    size: `${r.copies}×`,
    observations: r.validation.records.observations,
    parks: r.validation.records.parks,
    'validate ms': fixed(r.validation.validateMs),
    'validate ×1': base ? fixed(r.validation.validateMs / base.validation.validateMs, 1) : '',
    'validate peak MiB': r.validation.validatePeak,
    'parkById µs': fixed(r.validation.lookupUs, 2),
    'filter scan µs': fixed(r.validation.filterUs, 1),
    'filter indexed µs': fixed(r.index.indexedUs, 1),
    'search ms': fixed(r.validation.searchMs, 2),
    'start ms': fixed(r.ready.startMs),
    'start ×1': base ? fixed(r.ready.startMs / base.ready.startMs, 1) : '',
    'warmed ms': fixed(r.ready.warmedMs),
    'RSS MiB': r.memory.rss,
    'peak RSS MiB': r.memory.peakRss,
    'hot req/s': fixed(r.runs.hot.rps),
    'hot p99 ms': r.runs.hot.p99,
    'cold req/s': fixed(r.runs.cold.rps),
    'cold p99 ms': r.runs.cold.p99,
    'bundle gzip MiB': fixed(r.bundle.gzipBytes / MiB, 2),
    load: r.load,
  })),
);
