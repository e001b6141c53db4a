import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputMissing } from './require-input.js';

describe('a missing input', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('fails under CI', () => {
    vi.stubEnv('CI', 'true');
    expect(() => inputMissing('the column page', 'expected at /nowhere')).toThrow(/CI is set/);
  });

  it('skips with a note elsewhere', () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(inputMissing('dist/', 'run `pnpm build` first')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dist/ is missing'));
  });
});
