/**
 * Stamps src/data/version.json: `contentHash` is the hash of the data as it is now, `version` is the
 * package's own version (package.json, which only Changesets moves). Run it after editing any record
 * (the build and the tests fail until the hash is stamped); `pnpm version-packages` runs it after
 * `changeset version`, so the dataset's version follows the package's.
 *
 *   pnpm --filter @hitech/data version:data
 *
 * The version bump itself comes from a changeset: `pnpm changeset:data` writes one from `hitech-data diff`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../src/data/index.js';
import { contentHashOf } from './content-hash.js';

const path = fileURLToPath(new URL('../src/data/version.json', import.meta.url));
const pkgPath = fileURLToPath(new URL('../package.json', import.meta.url));
const current = JSON.parse(readFileSync(path, 'utf8')) as { version: string; contentHash: string };
const { version } = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
const contentHash = contentHashOf(dataset);

if (contentHash === current.contentHash && version === current.version) {
  console.log(`version.json unchanged: ${version} ${contentHash}`);
} else {
  writeFileSync(path, `${JSON.stringify({ version, contentHash }, null, 2)}\n`);
  if (version !== current.version)
    console.log(`dataset version ${current.version} → ${version} (package.json)`);
  if (contentHash !== current.contentHash) {
    console.log(`data changed: content hash ${contentHash}`);
    console.log('the version moves with a changeset: run `pnpm changeset:data` at the repository root');
  }
}
