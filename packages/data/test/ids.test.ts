import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IDS_FILE, idsModule } from '../scripts/generate-ids.js';

describe('src/data/ids.generated.ts', () => {
  it('matches the records (run `pnpm --filter @hitech/data ids:generate` after editing one)', () => {
    expect(readFileSync(IDS_FILE, 'utf8')).toBe(idsModule());
  });
});
