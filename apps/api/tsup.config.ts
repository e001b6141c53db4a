import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Node server: dependencies stay external and are resolved from node_modules.
    entry: { node: 'src/node.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
  },
  {
    // Workers entry: one self-contained ES module (wrangler bundles src/worker.ts the same way).
    entry: { worker: 'src/worker.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    sourcemap: true,
  },
  {
    // Typed client for consumers, with declarations.
    entry: { client: 'src/client.ts' },
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
  },
]);
