// Lighthouse (mobile preset: simulated slow 4G and a mid-range phone) against the prerendered
// reader served with brotli from scripts/serve.mjs on a loopback port. Prints the four category
// scores, LCP, and the JavaScript, CSS and HTML a first visit transfers (compressed), for a home, a
// zone and a figure page in each language. Chinese pages are opened by a Chinese-language browser
// (an English one is taken from / to /en/). Measured, not asserted: the figures go in README.md.
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
  ['home-zh', '/', 'zh-CN'],
  ['zone-zh', '/zones/pingdingshan/', 'zh-CN'],
  ['figure-zh', '/figures/pds-signed-investment-2021/', 'zh-CN'],
  ['home-en', '/en/', 'en-US'],
  ['zone-en', '/en/zones/pingdingshan/', 'en-US'],
  ['figure-en', '/en/figures/pds-signed-investment-2021/', 'en-US'],
  ['directory-zh', '/zones/', 'zh-CN'],
  ['registry-zone-en', '/en/zones/tangshan/', 'en-US'],
];

function run(url, file, lang) {
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
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --lang=${lang} --accept-lang=${lang}`,
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
  for (const [name, path, lang] of pages) {
    const file = `${out}${name}.json`;
    await run(`${server.url}${path}`, file, lang);
    const lhr = JSON.parse(await readFile(file, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const sum = (type) =>
      requests
        // The page's own requests; the service worker's precaching after load is not a first-load cost.
        .filter((r) => r.resourceType === type && (r.sessionTargetType ?? 'page') === 'page')
        .reduce((total, r) => total + (r.transferSize ?? 0), 0);
    rows.push({
      page: lhr.finalDisplayedUrl.replace(server.url, ''),
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
