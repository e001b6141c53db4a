// Prints how long it takes to get the dataset: importing the package (ESM and CJS) in a fresh Node
// process, validating the whole dataset, and reading the plain JSON file instead, plus their ratio.
// Run after `pnpm build`:  pnpm --filter @hitech/data bench
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Runs `body` in a fresh Node process and returns the milliseconds it reports. */
function timeInFreshProcess(body, type = 'module') {
  const script = `const t0 = performance.now(); ${body}; console.log(performance.now() - t0);`;
  const args = [`--input-type=${type}`, '-e', script];
  return Number(execFileSync(process.execPath, args, { cwd: dist, encoding: 'utf8' }).trim());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const repeat = (fn) => median(Array.from({ length: RUNS }, fn));

const esmImport = repeat(() =>
  timeInFreshProcess(`const m = await import('./index.js'); if (!m.observations.length) throw 0`),
);
const cjsRequire = repeat(() =>
  timeInFreshProcess(`const m = require('./index.cjs'); if (!m.observations.length) throw 0`, 'commonjs'),
);
const jsonRead = repeat(() =>
  timeInFreshProcess(
    `const fs = await import('node:fs'); const d = JSON.parse(fs.readFileSync('./json/dataset.json', 'utf8')); if (!d.observations.length) throw 0`,
  ),
);

const { dataset } = await import(new URL('index.js', `file://${dist}`).href);
const { validateDataset } = await import(new URL('schema.js', `file://${dist}`).href);
validateDataset(dataset); // warm up zod's compiled checks
const validations = Array.from({ length: RUNS }, () => {
  const t0 = performance.now();
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error('the dataset does not validate');
  return performance.now() - t0;
});
const firstValidation = timeInFreshProcess(
  `const { dataset } = await import('./index.js'); const { validateDataset } = await import('./schema.js'); const t = performance.now(); validateDataset(dataset); console.log(performance.now() - t); process.exit(0)`,
);

const ms = (n) => `${n.toFixed(2)} ms`;
console.log(
  `@hitech/data ${dataset.version.version}: ${dataset.observations.length} observations, median of ${RUNS} runs, Node ${process.version}`,
);
console.log(`import (ESM, fresh process)           ${ms(esmImport)}`);
console.log(`require (CJS, fresh process)          ${ms(cjsRequire)}`);
console.log(`read + JSON.parse dataset.json        ${ms(jsonRead)}`);
console.log(`ratio import / JSON                   ${(esmImport / jsonRead).toFixed(2)}×`);
console.log(`validateDataset, first call (cold)    ${ms(firstValidation)}`);
console.log(`validateDataset, warm                 ${ms(median(validations))}`);
