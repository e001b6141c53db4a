/**
 * How long `hitech-data locate` takes through the real binary: start-up alone (`--version`), an exact
 * match, a match across a line break, and the closest-span search (Sellers' edit distance) when nothing
 * matches, on the fixture text and on a synthetic text 1000 times its size (generated here, never saved
 * in the repository). Median of 7 runs. Run: pnpm --filter @hitech/cli bench (after pnpm build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const fixture = fileURLToPath(new URL('../test/fixtures/fixture-bulletin.txt', import.meta.url));
const text = readFileSync(fixture, 'utf8');
const big = join(mkdtempSync(join(tmpdir(), 'hitech-bench-')), 'synthetic.txt');
writeFileSync(
  big,
  Array.from({ length: 1000 }, (_, i) => text.replaceAll('320', String(1000 + i))).join('\n'),
);

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args) {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(runs);
}

const rows = [
  ['start-up (--version)', ['--version']],
  ['fixture, exact', ['locate', fixture, '2099年']],
  ['fixture, across a line break', ['locate', fixture, '星桥实验室']],
  ['fixture, closest spans', ['locate', fixture, '全年接待测试团队230批次']],
  [
    `synthetic ${(readFileSync(big, 'utf8').length / 1000).toFixed(0)}k chars, exact`,
    ['locate', big, '1999批次'],
  ],
  ['synthetic, closest spans', ['locate', big, '全年接待测试团队99999批次']],
];
console.log(`hitech-data locate, median of 7 runs, Node ${process.version}`);
for (const [label, args] of rows) console.log(`${label.padEnd(38)} ${time(args).toFixed(1).padStart(8)} ms`);
