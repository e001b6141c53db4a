// Throughput and tail latency of the API on Node against a bare node:http server answering the same bytes.
// Usage: pnpm --filter @hitech/api bench   (BENCH_SECONDS=5 per case by default, BENCH_CONNECTIONS=10,100;
// needs `pnpm build`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTION_LEVELS = (process.env.BENCH_CONNECTIONS ?? '10,100').split(',').map(Number);
// What browsers and most HTTP clients send; the API answers the precomputed brotli body.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const ROUNDS = 5;
const CASES = ['/v1/parks/pingdingshan', '/v1/observations?park=pingdingshan'];
const apiEntry = fileURLToPath(new URL('../dist/node.js', import.meta.url));
const bareEntry = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function startProcess(entry, env, readyPattern, stdin) {
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'inherit'],
  });
  if (stdin !== undefined) child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (readyPattern.test(output)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${entry} exited with ${code}: ${output}`)));
  });
}

function run(url, duration, connections) {
  return new Promise((resolve, reject) => {
    const headers = { 'accept-encoding': ACCEPT_ENCODING };
    autocannon({ url, connections, duration, headers }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/** Total requests over total time, from `ROUNDS` slices; p99 is the median of the slices' p99. */
function summarise(results) {
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  const seconds = results.reduce((sum, r) => sum + r.duration, 0);
  const p99s = results.map((r) => r.latency.p99).sort((a, b) => a - b);
  return { rps: requests / seconds, p99: p99s[Math.floor(p99s.length / 2)] };
}

function check(url, result) {
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result;
}

/** API and bare server measured in alternating slices, so drift in machine load hits both alike. */
async function compare(apiUrl, bareUrl, connections) {
  await run(apiUrl, 1, connections); // warm-up, not reported
  await run(bareUrl, 1, connections);
  const onApi = [];
  const onBare = [];
  const slice = SECONDS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    onApi.push(check(apiUrl, await run(apiUrl, slice, connections)));
    onBare.push(check(bareUrl, await run(bareUrl, slice, connections)));
  }
  return { api: summarise(onApi), bare: summarise(onBare) };
}

function rawGet(url, acceptEncoding = ACCEPT_ENCODING) {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(res.headers).filter(
            ([name]) => !['date', 'connection', 'keep-alive'].includes(name),
          ),
        );
        resolve({ headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function identityBytes(path) {
  return (await rawGet(`http://127.0.0.1:${apiPort}${path}`, 'identity')).body.length;
}

if (!existsSync(apiEntry)) {
  console.error('dist/node.js is missing: run `pnpm --filter @hitech/api build` first.');
  process.exit(1);
}

const apiPort = await freePort();
const api = await startProcess(apiEntry, { PORT: String(apiPort), HOST: '127.0.0.1' }, /API listening on/);
const children = [api];
try {
  // The bare server answers exactly the bytes and headers the API sends for each case.
  const precomputed = {};
  for (const path of CASES) {
    // node:http, not fetch: the bare server must get the compressed bytes exactly as they go on the wire.
    const { headers, body } = await rawGet(`http://127.0.0.1:${apiPort}${path}`);
    precomputed[path] = { headers, body: body.toString('base64'), identityBytes: await identityBytes(path) };
  }
  const barePort = await freePort();
  const bare = await startProcess(
    bareEntry,
    { PORT: String(barePort) },
    /ready/,
    JSON.stringify(precomputed),
  );
  children.push(bare);

  console.log(
    `autocannon, Accept-Encoding: ${ACCEPT_ENCODING}, ${SECONDS} s per case, level and server in ${ROUNDS} ` +
      `alternating slices (after 1 s warm-up), Node ${process.version}, loopback`,
  );
  const rows = [];
  for (const connections of CONNECTION_LEVELS) {
    for (const path of CASES) {
      const { api: onApi, bare: onBare } = await compare(
        `http://127.0.0.1:${apiPort}${path}`,
        `http://127.0.0.1:${barePort}${path}`,
        connections,
      );
      rows.push({
        case: path,
        conns: connections,
        'identity bytes': precomputed[path].identityBytes,
        'wire bytes': Buffer.from(precomputed[path].body, 'base64').length,
        encoding: precomputed[path].headers['content-encoding'] ?? 'identity',
        'API req/s': Math.round(onApi.rps),
        'bare req/s': Math.round(onBare.rps),
        'API/bare': Number((onApi.rps / onBare.rps).toFixed(2)),
        'API p99 ms': onApi.p99,
        'bare p99 ms': onBare.p99,
      });
    }
  }
  console.table(rows);
  const worst = Math.min(...rows.map((r) => r['API/bare']));
  console.log(`Lowest API/bare ratio: ${worst} (target ≥ 0.9)`);
} finally {
  for (const child of children) child.kill('SIGTERM');
}
