/**
 * Standard tools run on the served document: `@redocly/cli lint` (recommended rules, 0 errors, 0 warnings)
 * and `openapi-typescript`, whose generated client types a small consumer is type-checked against.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dataset } from '@hitech/data';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const run = promisify(execFile);
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

let dir: string;
let documentText: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hitech-api-openapi-'));
  const res = await createApp(dataset).request('/openapi.json');
  documentText = await res.text();
  await writeFile(join(dir, 'openapi.json'), documentText);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the served OpenAPI document and standard tools', () => {
  it('passes `redocly lint` with 0 errors and 0 warnings', async () => {
    const { stdout, stderr } = await run(
      bin('redocly'),
      ['lint', join(dir, 'openapi.json'), '--format=json', '--max-problems=50'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(
      report.problems.map((p) => `${p.ruleId}: ${p.message}`),
      stderr,
    ).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('generates client types with openapi-typescript that a consumer type-checks against', async () => {
    const types = astToString(await openapiTS(JSON.parse(documentText)));
    await writeFile(join(dir, 'api.d.ts'), types);
    await writeFile(
      join(dir, 'consumer.ts'),
      `import type { components, paths } from './api.js';

type Park = components['schemas']['Park'];
type ParkBody = paths['/v1/parks/{id}']['get']['responses'][200]['content']['application/json'];
type ParkQuery = NonNullable<paths['/v1/parks/{id}']['get']['parameters']['query']>;

export function englishName(body: ParkBody): string | undefined {
  // fields= may leave any property out, so the generated type makes the consumer check.
  return body.name?.en;
}
export function fullName(park: Park): string {
  return park.name.en;
}
// @ts-expect-error name is optional in the body: a partial record may lack it
export const unchecked = (body: ParkBody): string => body.name.en;
export const query: ParkQuery = { fields: ['id', 'name'] };
// @ts-expect-error only the record's own fields may be named
export const badQuery: ParkQuery = { fields: ['colour'] };
type SearchQuery = paths['/v1/search']['get']['parameters']['query'];
export const search: SearchQuery = { q: 'nylon', kind: 'park' };
// @ts-expect-error q is required
export const noQ: SearchQuery = { kind: 'park' };
type Problem = components['schemas']['Problem'];
export const problem: Problem = { type: '/problems/not-found', title: 'Not found', status: 404, detail: 'x' };
`,
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const result = await run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
    );
    expect(result.stdout).toBe('');
  });
});
