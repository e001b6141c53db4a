// Writes the endpoint list of the OpenAPI document to dist/endpoints.{json,js,d.ts}, published as
// `@hitech/api/endpoints`, so other apps (the reader's about page) list the API's endpoints without keeping
// a copy. Run by `build` after tsup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dataset } from '@hitech/data';
import { createApp } from '../src/app.js';

const endpoints = createApp(dataset).endpoints();
const out = new URL('../dist/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = JSON.stringify(endpoints, null, 2);
writeFileSync(new URL('endpoints.json', out), `${json}\n`);
writeFileSync(
  new URL('endpoints.js', out),
  `/** The API's endpoints, from its OpenAPI document. */\nexport const endpoints = ${json};\nexport default endpoints;\n`,
);
writeFileSync(
  new URL('endpoints.d.ts', out),
  `export interface Endpoint {\n  method: 'GET';\n  path: string;\n  operationId: string;\n  summary: string;\n  link: string;\n}\n` +
    `export declare const endpoints: readonly Endpoint[];\nexport default endpoints;\n`,
);
console.log(`dist/endpoints.*: ${endpoints.length} endpoints`);
