import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
mkdirSync(RESULTS, { recursive: true });

export const PHONE = { width: 390, height: 844 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export function phoneContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    // A reader in China unless a test says otherwise (an English browser is taken to /en/).
    locale: 'zh-CN',
    ...options,
  });
}

/** Fails on console errors and uncaught exceptions, which would mean a broken hydration. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** Runs axe-core in the page and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
      (v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }),
    );
  });
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe, `axe on ${label}: ${JSON.stringify(severe, null, 1)}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${RESULTS}${name}.png`, fullPage: true });
}

/** Horizontal overflow of the document, in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Heading levels in document order, skipping hidden ones. */
export function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => (h as HTMLElement).offsetParent !== null || h.getClientRects().length > 0)
      .map((h) => Number(h.tagName.slice(1))),
  );
}

export async function waitForHydration(page: Page) {
  // The page script marks the document once its buttons work.
  await page.waitForFunction(() => document.documentElement.dataset.enhanced === 'true');
}

export type { Browser, BrowserContext, Page };

/** The text a person sees (hidden elements excluded), unlike textContent. */
export function text(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText skips hidden text on purpose
  return locator.innerText();
}

/**
 * Serves the built reader on an ephemeral loopback port and launches one browser for the tests of a file;
 * `ready` gets both once they are up, and both are closed after the file's tests.
 */
export function servedReader(ready: (served: { origin: string; browser: Browser }) => void) {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve({ port: 0 });
    browser = await launch();
    ready({ origin: server.origin, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Goes to a URL and waits until the page's script has run. */
export async function openPage(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
}

/** One h1, first, and no heading level skipped on the way down. */
export async function expectHeadingsInOrder(page: Page, label: string) {
  const levels = await headingLevels(page);
  expect(levels[0], `${label} starts with h1`).toBe(1);
  expect(
    levels.filter((l) => l === 1),
    `${label} has one h1`,
  ).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) {
    expect(
      (levels[i] ?? 0) - (levels[i - 1] ?? 0),
      `${label}: h${levels[i - 1]} → h${levels[i]}`,
    ).toBeLessThanOrEqual(1);
  }
}
