// Lighthouse (mobile preset: simulated slow 4G and a mid-range phone) against the prerendered
// reader served with brotli from scripts/serve.mjs on a loopback port. Prints the four category
// scores and the JavaScript and CSS a first visit transfers (compressed), for the home page and a
// zone page. Measured, not asserted: the figures go in README.md.
//
//   pnpm --filter @hitech/reader bench        (after a build)
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const out = here('../test-results/lighthouse/');
await mkdir(out, { recursive: true });
const cli = here('../node_modules/lighthouse/cli/index.js');
const pages = [
  ['home', '/'],
  ['zone', '/zones/pingdingshan/'],
];

function run(url, file) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        stdio: 'inherit',
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`lighthouse exited ${code}`)),
    );
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const server = await serve({ port: 0 });
const rows = [];
try {
  for (const [name, path] of pages) {
    const file = `${out}${name}.json`;
    await run(`${server.origin}${path}`, file);
    const lhr = JSON.parse(await readFile(file, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const sum = (type) =>
      requests.filter((r) => r.resourceType === type).reduce((total, r) => total + (r.transferSize ?? 0), 0);
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      'JS (compressed)': kb(sum('Script')),
      'CSS (compressed)': kb(sum('Stylesheet')),
      'HTML (compressed)': kb(sum('Document')),
      LCP: `${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)} ms`,
      TBT: `${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms`,
      CLS: (lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
    });
  }
} finally {
  await server.close();
}

console.log(`\nLighthouse ${rows.length ? 'mobile preset' : ''} on ${server.origin} (brotli)`);
console.table(rows);
console.log(`Reports: ${out}`);
