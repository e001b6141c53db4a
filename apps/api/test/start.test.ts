/** `pnpm start` runs the built server: a clear start-up line, PORT honoured, clean shutdown. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../dist/node.js', import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

function start(env: Record<string, string>): Promise<{ line: string; output: () => string }> {
  child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; output: ${output}`)), 15_000);
    child?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('API listening on '));
      if (line) {
        clearTimeout(timer);
        resolve({ line, output: () => output });
      }
    });
    child?.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child?.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}; output: ${output}`));
    });
  });
}

describe('the built Node server (dist/node.js)', () => {
  it('exists (run `pnpm build` first; turbo does)', () => {
    expect(existsSync(entry)).toBe(true);
  });

  it('prints where it listens and the docs path, and serves on that port', async () => {
    const { line } = await start({ PORT: '0', HOST: '127.0.0.1' });
    const match = /^API listening on (http:\/\/127\.0\.0\.1:(\d+)) \(docs: \/docs\)$/.exec(line.trim());
    expect(match, line).not.toBeNull();
    const res = await fetch(`${match?.[1]}/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });

  it('refuses an invalid PORT with a clear message', async () => {
    await expect(start({ PORT: 'eighty' })).rejects.toThrow(/PORT must be an integer/);
  });
});
