import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { observations, parks } from '@hitech/data';
import { describe, expect, test } from 'vitest';
import {
  type Browser,
  expectAccessible,
  phoneContext,
  screenshot,
  servedReader,
  text,
  waitForHydration,
} from './helpers';

// What the build wrote, page by page, checked against what the pages and the sitemap say about it.
const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));

let browser: Browser;
let origin: string;
servedReader((served) => ({ browser, origin } = served));

/** Every prerendered page, as its path (`/en/zones/suqian/`), found by walking build/. */
function prerenderedPages(dir = BUILD, prefix = '/'): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_app' && name !== 'og') found.push(...prerenderedPages(full, `${prefix}${name}/`));
    } else if (name === 'index.html') {
      found.push(prefix);
    }
  }
  return found.sort();
}

const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1] ?? null;
const metaContent = (html: string, key: string) =>
  attr(html, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
const han = /\p{Script=Han}/u;

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('every page in both languages', () => {
  const pages = prerenderedPages();

  test('there is an English page for every Chinese one and the other way round', () => {
    const zh = pages.filter((p) => !p.startsWith('/en/'));
    const en = pages.filter((p) => p.startsWith('/en/'));
    expect(zh.length).toBeGreaterThan(70);
    expect(en.map((p) => p.slice(3))).toEqual(zh);
  });

  test('each page states its language, title, description, canonical and hreflang pair in its HTML', () => {
    const titles = new Map<string, string>();
    for (const path of pages) {
      const html = readFileSync(join(BUILD, path, 'index.html'), 'utf8');
      const english = path.startsWith('/en/');
      const pair = english ? path.slice(3) : `/en${path}`;
      const [zhPath, enPath] = english ? [pair, path] : [path, pair];
      expect(attr(html, /<html lang="([^"]+)"/), path).toBe(english ? 'en' : 'zh-CN');
      const title = attr(html, /<title>([^<]+)<\/title>/);
      expect(title, path).toBeTruthy();
      titles.set(path, title ?? '');
      const description = attr(html, /<meta name="description" content="([^"]+)"/);
      expect(description, path).toBeTruthy();
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      expect(canonical, path).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[.]/g, '\\.')}$`));
      const site = new URL(canonical ?? '').origin;
      expect(attr(html, /<link rel="alternate" hreflang="zh-CN" href="([^"]+)"/), path).toBe(
        `${site}${zhPath}`,
      );
      expect(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/), path).toBe(`${site}${enPath}`);
      expect(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/), path).toBe(
        `${site}${zhPath}`,
      );
      expect(metaContent(html, 'og:url'), path).toBe(canonical);
      expect(metaContent(html, 'og:title'), path).toBeTruthy();
      expect(metaContent(html, 'og:locale'), path).toBe(english ? 'en_US' : 'zh_CN');
      expect(metaContent(html, 'twitter:card'), path).toMatch(/^summary/);
      // Every aria-label is in the page's language.
      const labels = [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(labels.length, path).toBeGreaterThan(0);
      for (const label of labels) expect(han.test(label), `${path}: ${label}`).toBe(!english);
      if (english) expect(han.test(title ?? ''), `${path}: ${title}`).toBe(false);
    }
    for (const path of pages.filter((p) => !p.startsWith('/en/'))) {
      expect(titles.get(path), path).not.toBe(titles.get(`/en${path}`));
    }
  });

  test('the sitemap lists every prerendered page, each with its alternates, and robots.txt names it', async () => {
    const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(locs.sort()).toEqual(pages);
    expect(sitemap.match(/hreflang="zh-CN"/g)).toHaveLength(pages.length);
    expect(sitemap.match(/hreflang="en"/g)).toHaveLength(pages.length);
    const robots = await (await fetch(`${origin}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
    const llms = await fetch(`${origin}/llms.txt`);
    expect(llms.status).toBe(200);
    expect(await llms.text()).toContain('/en/zones/suqian/');
  });

  test('each figure page, reported zone page and the directory has its own 1200×630 PNG share image in its language', async () => {
    // Registry zones share as a summary card without an image (README, "Share images").
    const reported = new Set<string>(parks.filter((p) => p.articleId !== null).map((p) => p.id));
    const zoneOf = (p: string) => /\/zones\/([^/]+)\/$/.exec(p)?.[1];
    const shareable = pages.filter(
      (p) => /\/figures\/[^/]+\/$/.test(p) || /^(\/en)?\/zones\/$/.test(p) || reported.has(zoneOf(p) ?? ''),
    );
    expect(shareable).toHaveLength(2 * (observations.length + reported.size + 1));
    for (const path of pages.filter((p) => zoneOf(p) && !reported.has(zoneOf(p) ?? ''))) {
      const html = readFileSync(join(BUILD, path, 'index.html'), 'utf8');
      expect(metaContent(html, 'og:image'), path).toBeNull();
      expect(metaContent(html, 'twitter:card'), path).toBe('summary');
    }
    const images = new Set<string>();
    for (const path of shareable) {
      const html = readFileSync(join(BUILD, path, 'index.html'), 'utf8');
      const image = metaContent(html, 'og:image');
      expect(image, path).toBeTruthy();
      expect(metaContent(html, 'twitter:image'), path).toBe(image);
      expect(metaContent(html, 'twitter:card'), path).toBe('summary_large_image');
      const imagePath = new URL(image ?? '').pathname;
      expect(imagePath.startsWith(path.startsWith('/en/') ? '/og/en/' : '/og/zh/'), path).toBe(true);
      images.add(imagePath);
      const response = await fetch(`${origin}${imagePath}`);
      expect(response.status, imagePath).toBe(200);
      expect(response.headers.get('content-type'), imagePath).toBe('image/png');
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), imagePath).toEqual({
        width: Number(metaContent(html, 'og:image:width')),
        height: Number(metaContent(html, 'og:image:height')),
      });
      expect(metaContent(html, 'og:image:width')).toBe('1200');
      expect(metaContent(html, 'og:image:height')).toBe('630');
    }
    expect(images.size).toBe(shareable.length);
  });

  test('the figure and data pages carry schema.org data', () => {
    const figure = readFileSync(join(BUILD, 'en/figures/pds-signed-investment-2021/index.html'), 'utf8');
    const observation = JSON.parse(
      attr(figure, /<script type="application\/ld\+json">(.+?)<\/script>/) ?? '{}',
    );
    expect(observation).toMatchObject({ '@type': 'Observation', value: 6_200_000_000 });
    const about = readFileSync(join(BUILD, 'about/index.html'), 'utf8');
    const dataset = JSON.parse(attr(about, /<script type="application\/ld\+json">(.+?)<\/script>/) ?? '{}');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.spatialCoverage).toHaveLength(4);
  });
});

describe('search', () => {
  test('says so plainly when its index cannot be loaded', async () => {
    for (const [path, message] of [
      ['/search/?q=nylon', '搜索索引未能加载'],
      ['/en/search/?q=nylon', 'The search index could not be loaded'],
    ] as const) {
      const context = await phoneContext(browser);
      await context.route('**/search-index.json', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(origin + path);
      await waitForHydration(page);
      const error = page.getByTestId('search-error');
      await expect.poll(() => error.isVisible()).toBe(true);
      expect(await text(error)).toContain(message);
      expect(await page.getByTestId('search-results').getAttribute('aria-busy')).toBe('false');
      await expectAccessible(page, `${path} without its index`);
      await screenshot(page, `13-search-failed-${path.startsWith('/en/') ? 'en' : 'zh'}`);
      await context.close();
    }
  });
});
