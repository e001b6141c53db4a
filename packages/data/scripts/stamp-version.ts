/**
 * Records the content hash of the data in src/data/version.json and, when the data changed since the
 * last stamp, bumps the dataset's patch version (or the part named: `major`, `minor`). Run after
 * editing any record:
 *   pnpm --filter @hitech/data version:data          # patch
 *   pnpm --filter @hitech/data version:data major    # a breaking change of the data's shape
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../src/data/index.js';
import { contentHashOf } from './content-hash.js';

const path = fileURLToPath(new URL('../src/data/version.json', import.meta.url));
const current = JSON.parse(readFileSync(path, 'utf8')) as { version: string; contentHash: string };
const contentHash = contentHashOf(dataset);
if (contentHash === current.contentHash) {
  console.log(`data unchanged: ${current.version} ${contentHash}`);
} else {
  const [major, minor, patch] = current.version.split('.').map(Number) as [number, number, number];
  const part = process.argv[2] ?? 'patch';
  if (!['major', 'minor', 'patch'].includes(part)) throw new Error(`unknown version part "${part}"`);
  const version =
    part === 'major'
      ? `${major + 1}.0.0`
      : part === 'minor'
        ? `${major}.${minor + 1}.0`
        : `${major}.${minor}.${patch + 1}`;
  writeFileSync(path, `${JSON.stringify({ version, contentHash }, null, 2)}\n`);
  console.log(`data changed: ${current.version} → ${version} ${contentHash}`);
}
