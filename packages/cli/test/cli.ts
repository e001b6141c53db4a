/** Drives the built binary (dist/bin.js) as a subprocess, as a contributor's shell would. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = resolve(PACKAGE_DIR, '../..');
export const BIN = join(PACKAGE_DIR, 'dist/bin.js');
export const FIXTURES = join(PACKAGE_DIR, 'test/fixtures');
export const record = (name: string) => join(FIXTURES, 'records', name);

/** The column page is never in the repository: it sits in ../shared/seed beside the checkout. */
export const SEED_DIR = process.env.HITECH_SEED_DIR ?? resolve(REPO_ROOT, '../shared/seed');
export const PAGE_ID = 'page-b69735abe0be3e0d';
export const PAGE = join(SEED_DIR, '000_b69735abe0be3e0d.txt');
export const pageAvailable = existsSync(PAGE);
export const ci = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
/** Tests that need the page skip without it, except under CI, where they run and fail. */
export const skipWithoutPage = !pageAvailable && !ci;
if (skipWithoutPage) console.warn(`tests that need the column page skip: it is not at ${PAGE}`);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  // biome-ignore lint/suspicious/noExplicitAny: the binary's JSON output, asserted field by field
  json: () => any;
}

export function cli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, CI: '', ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PACKAGE_DIR,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
  };
}

/** A Node stack frame (`    at fn (file.js:12:3)`): bad input must never show one. */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
