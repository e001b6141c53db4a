/**
 * Fills `start`/`end` of every evidence object in src/data/*.json from its `quote`, using the page in
 * ../shared/seed. A quote found more than once keeps the occurrence nearest its current `start`;
 * a quote not found at all is reported and left unchanged. Run: pnpm --filter @hitech/data evidence:locate
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeed, seedPath } from './seed.js';

const seed = readSeed();
if (seed === null) {
  console.error(`The page is not at ${seedPath()}; set HITECH_SEED_DIR.`);
  process.exit(1);
}
const text: string = seed;
const dataDir = fileURLToPath(new URL('../src/data/', import.meta.url));
let failures = 0;

function occurrences(quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function visit(node: unknown, where: string): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => visit(child, `${where}[${i}]`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.quote === 'string' && 'sourceId' in record) {
    const quote = record.quote;
    const found = occurrences(quote);
    if (found.length === 0) {
      failures++;
      console.error(`${where}: quote not in the page: ${JSON.stringify(quote)}`);
      return;
    }
    const hint = typeof record.start === 'number' ? record.start : 0;
    const start = found.reduce((best, i) => (Math.abs(i - hint) < Math.abs(best - hint) ? i : best));
    if (found.length > 1 && typeof record.start !== 'number')
      console.warn(`${where}: ${JSON.stringify(quote)} occurs at ${found.join(', ')}; took ${start}`);
    record.start = start;
    record.end = start + quote.length;
    return;
  }
  for (const [key, child] of Object.entries(record)) visit(child, `${where}.${key}`);
}

for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  const path = join(dataDir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  visit(data, file);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
if (failures > 0) process.exit(1);
