// First-load JavaScript budget, checked after every build (`pnpm build` runs size-limit): for one page of
// each type in each language, the scripts its HTML loads (script src and modulepreload), brotli-compressed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('./build/', import.meta.url));
const PAGES = {
  home: '',
  directory: 'zones/',
  zone: 'zones/suqian/',
  'registry zone': 'zones/tangshan/',
  figure: 'figures/pds-signed-projects-2021/',
  compare: 'compare/',
  search: 'search/',
  about: 'about/',
};

/** The build files of the scripts a prerendered page loads on its first visit. */
function scriptsOf(page) {
  const html = readFileSync(`${build}${page}index.html`, 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(
      /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  return srcs.map((src) => new URL(src, `http://x/${page}`).pathname.slice(1)).map((p) => `build/${p}`);
}

export default Object.entries(PAGES).flatMap(([type, page]) =>
  ['', 'en/'].map((prefix) => ({
    name: `${type} ${prefix ? 'en' : 'zh'} (/${prefix}${page})`,
    path: scriptsOf(`${prefix}${page}`),
    limit: '30 kB',
    brotli: true,
  })),
);
