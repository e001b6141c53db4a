// Child of bench/scale.mjs: the size of a Workers bundle that embeds one synthetic corpus, as today's
// worker embeds the package's dataset. The corpus is written as JSON to a temporary folder (never into a
// package), a worker entry over it is bundled with esbuild the way wrangler bundles src/worker.ts (ES module,
// workerd/worker/browser conditions, not minified, wrangler's default), and the bundle is gzipped, which is
// the size Cloudflare's limits apply to. Prints one JSON line. Usage: node scale-bundle.mjs <copies>
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { syntheticDataset } from './synthetic.mjs';

const copies = Number(process.argv[2]);
const app = fileURLToPath(new URL('../src/app.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hitech-scale-bundle-'));
try {
  const json = JSON.stringify(syntheticDataset(copies));
  writeFileSync(join(dir, 'dataset.json'), json);
  writeFileSync(
    join(dir, 'worker.js'),
    [
      "import dataset from './dataset.json';",
      `import { createHandler } from ${JSON.stringify(app)};`,
      'const { fetch } = createHandler(dataset);',
      'export default { fetch };',
    ].join('\n'),
  );
  const start = performance.now();
  const result = await build({
    entryPoints: [join(dir, 'worker.js')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'error',
  });
  const bundleMs = performance.now() - start;
  const bytes = result.outputFiles[0].contents;
  console.log(
    JSON.stringify({
      copies,
      datasetBytes: Buffer.byteLength(json),
      bundleBytes: bytes.byteLength,
      gzipBytes: gzipSync(bytes).byteLength,
      bundleMs,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
