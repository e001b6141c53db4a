// Prints, in one run: how long it takes to get the dataset (importing the package in a fresh Node
// process, ESM and CJS, against reading and parsing the plain JSON), validating the whole dataset
// (cold, in a fresh process, and warm), and the minified size of typical imports (size-limit).
// Run after `pnpm build`:  pnpm --filter @hitech/data bench
// BENCH_RUNS=n sets the number of fresh processes per case (median); BENCH_NO_SIZES=1 skips size-limit.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const noop = new URL('noop.mjs', import.meta.url).href;

/** Runs `body` in a fresh Node process and returns the milliseconds it prints. */
function fresh(body, type = 'module') {
  const args = [`--input-type=${type}`, '-e', body];
  return Number(execFileSync(process.execPath, args, { cwd: dist, encoding: 'utf8' }).trim());
}
const timed = (setup, body) =>
  `${setup}; const t0 = performance.now(); ${body}; console.log(performance.now() - t0);`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
/** Interleaves the cases run by run, so a busy machine slows every case alike. */
function interleaved(cases) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, run] of Object.entries(cases)) times[k].push(run());
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

const readJson = `JSON.parse(fs.readFileSync('./json/dataset.json', 'utf8'))`;
const t = interleaved({
  esm: () => fresh(timed('', `const m = await import('./index.js'); if (!m.observations.length) throw 0`)),
  cjs: () =>
    fresh(timed('', `const m = require('./index.cjs'); if (!m.observations.length) throw 0`), 'commonjs'),
  json: () => fresh(timed('', `const fs = await import('node:fs'); ${readJson}`)),
  // The floor: Node's ES module loader importing an empty file.
  empty: () => fresh(timed('', `await import('${noop}')`)),
  // The same two with Node's ES module loader already started (by importing node:fs and an empty
  // file module), so only what the package itself costs is timed.
  esmWarm: () =>
    fresh(timed(`await import('node:fs'); await import('${noop}')`, `await import('./index.js')`)),
  jsonWarm: () => fresh(timed(`const fs = await import('node:fs'); await import('${noop}')`, readJson)),
  validateCold: () =>
    fresh(
      timed(
        `const { dataset } = await import('./index.js'); const { validateDataset } = await import('./schema.js')`,
        `if (!validateDataset(dataset).ok) throw 0`,
      ),
    ),
  // What validateDataset's shape check replaces: zod's parse of the whole dataset, first call.
  zodCold: () =>
    fresh(
      timed(
        `const { dataset } = await import('./index.js'); const { Dataset } = await import('./schema.js')`,
        `if (!Dataset.safeParse(dataset, { jitless: true }).success) throw 0`,
      ),
    ),
});

const { dataset } = await import(new URL('index.js', `file://${dist}`).href);
const { validateDataset } = await import(new URL('schema.js', `file://${dist}`).href);
validateDataset(dataset);
const warm = median(
  Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    if (!validateDataset(dataset).ok) throw new Error('the dataset does not validate');
    return performance.now() - t0;
  }),
);

const sizes = process.env.BENCH_NO_SIZES
  ? []
  : JSON.parse(
      execFileSync(fileURLToPath(new URL('../node_modules/.bin/size-limit', import.meta.url)), ['--json'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );

const ms = (n) => `${n.toFixed(2)} ms`;
const row = (label, value) => console.log(`${label.padEnd(48)} ${value}`);
console.log(
  `@hitech/data ${dataset.version.version}: ${dataset.observations.length} observations, median of ${RUNS} runs, Node ${process.version}`,
);
row('import (ESM, fresh process)', ms(t.esm));
row('require (CJS, fresh process)', ms(t.cjs));
row('read + JSON.parse dataset.json (fresh process)', ms(t.json));
row('ratio import / JSON', `${(t.esm / t.json).toFixed(2)}×`);
row('ratio require / JSON', `${(t.cjs / t.json).toFixed(2)}×`);
row('import of an empty ES module (fresh process)', ms(t.empty));
row('import, ES module loader already started', ms(t.esmWarm));
row('read + JSON.parse, loader already started', ms(t.jsonWarm));
row('ratio, loader already started', `${(t.esmWarm / t.jsonWarm).toFixed(2)}×`);
row('validateDataset, first call (cold)', ms(t.validateCold));
row('validateDataset, warm', ms(warm));
row('zod parse of the dataset alone, first call', ms(t.zodCold));
console.log('\nminified bundle (esbuild via size-limit)           bytes   budget');
for (const s of sizes)
  console.log(
    `${s.name.padEnd(54)} ${String(s.size).padStart(7)}  ${String(s.sizeLimit).padStart(7)}${s.passed ? '' : '  OVER'}`,
  );
