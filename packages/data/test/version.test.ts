import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { contentHashOf } from '../scripts/content-hash.js';
import { dataset } from '../src/data/index.js';
import { copyOfDataset } from './fixtures.js';

describe('dataset version', () => {
  it('records the hash of the data it ships (run `pnpm --filter @hitech/data version:data` after an edit)', () => {
    expect(dataset.version.contentHash).toBe(contentHashOf(dataset));
  });

  it("carries the package's version (run `pnpm --filter @hitech/data version:data` after `changeset version`)", () => {
    expect(dataset.version.version).toBe(pkg.version);
  });

  it('changes when any record changes', () => {
    const edited = copyOfDataset();
    edited.observations[0]!.value += 1;
    expect(contentHashOf(edited)).not.toBe(contentHashOf(dataset));
    const renamed = copyOfDataset();
    renamed.entities[3]!.name.en += ' ';
    expect(contentHashOf(renamed)).not.toBe(contentHashOf(dataset));
  });
});
