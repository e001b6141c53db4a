import { parks, sources } from '@hitech/data';
import { describe, expect, test } from 'vitest';
import {
  type Browser,
  expectAccessible,
  expectHeadingsInOrder,
  horizontalOverflow,
  openPage,
  type Page,
  phoneContext,
  screenshot,
  servedReader,
  text,
  watchErrors,
} from './helpers';

// The registry in the reader: the directory of every zone, its chart, a registry zone's page, a figure's
// source, search over every zone, and what the service worker stores.
let browser: Browser;
let origin: string;
servedReader((served) => ({ browser, origin } = served));

const open = (page: Page, path: string) => openPage(page, origin + path);

/** A zone the column does not report on, with a dated citation that has a link. */
const registryZone = parks.find(
  (p) =>
    p.articleId === null &&
    p.registry.approved !== null &&
    Object.values(p.registry.citations)
      .flat()
      .some((id) => sources.find((s) => s.id === id)?.url),
);
if (!registryZone) throw new Error('no registry zone with a linked citation');

describe('the registry in the reader', () => {
  test.each(['', '/en'])(
    'the directory (%s) lists every zone by province, with its chart',
    async (prefix) => {
      const context = await phoneContext(browser);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await open(page, `${prefix}/zones/`);
      const listed = await page
        .locator('[data-zone]')
        .evaluateAll((els) =>
          els.map((el) => [
            el.closest('[data-province]')?.getAttribute('data-province'),
            el.getAttribute('data-zone'),
          ]),
        );
      expect(listed).toHaveLength(parks.length);
      for (const [province, id] of listed) {
        expect(parks.find((p) => p.id === id)?.province.code, String(id)).toBe(province);
      }
      // The chart's columns and its table give the same counts, and they add up with the undated zones.
      const columns = await page
        .locator('[data-chart="approvals"] rect[data-count]')
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
      const undated = parks.filter((p) => p.registry.approved === null).length;
      expect(columns.reduce((a, b) => a + b, 0) + undated).toBe(parks.length);
      expect(await page.locator('svg[role="img"] desc').textContent()).toMatch(
        prefix ? /1991: \d+/ : /1991：\d+/,
      );
      await page.getByTestId('approvals-table').locator('..').locator('summary').click();
      const rows = await page.getByTestId('approvals-table').locator('tbody tr').count();
      expect(rows).toBe(columns.length + (undated ? 1 : 0));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectHeadingsInOrder(page, 'directory');
      await expectAccessible(page, `directory ${prefix}`);
      await screenshot(page, `20-directory${prefix.replace('/', '-')}`);
      // A zone of the list opens its page.
      await page.locator(`[data-zone="${registryZone.id}"] a`).click();
      await page.waitForURL(`${origin}${prefix}/zones/${registryZone.id}/`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test.each(['', '/en'])(
    'a registry zone page (%s) shows identity, citations with links and confidence',
    async (prefix) => {
      const context = await phoneContext(browser);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await open(page, `${prefix}/zones/${registryZone.id}/`);
      const en = prefix === '/en';
      expect(await text(page.locator('h1'))).toBe(en ? registryZone.name.enShort : registryZone.name.zhShort);
      const identity = page.getByTestId('zone-identity');
      expect(await text(identity)).toContain(registryZone.name.zh);
      expect(await text(identity)).toContain(registryZone.name.en);
      expect(await text(page.getByTestId('english-name'))).toMatch(
        registryZone.name.basis.en === 'constructed' ? /built by rule|按规则构成/ : /cited source|引用来源/,
      );
      const confidence = await text(page.getByTestId('confidence'));
      expect(confidence.length).toBeGreaterThan(40);
      const cited = new Set(Object.values(registryZone.registry.citations).flat());
      expect(await page.getByTestId('citations').locator('> li').count()).toBe(cited.size);
      const links = await page
        .getByTestId('citations')
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = [...cited].map((id) => sources.find((s) => s.id === id)?.url).filter(Boolean);
      expect(links.sort()).toEqual(expected.sort());
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectHeadingsInOrder(page, 'registry zone');
      await expectAccessible(page, `registry zone ${prefix}`);
      await screenshot(page, `21-registry-zone${prefix.replace('/', '-')}`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('a reported zone keeps its figures and gains its identity and claims', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await open(page, '/en/zones/suqian/');
    expect(await page.locator('[data-figure]').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('claims').locator('> li').count()).toBeGreaterThan(0);
    expect(await text(page.getByTestId('zone-identity'))).toContain('宿迁高新技术产业开发区');
    await expectAccessible(page, 'reported zone with identity');
    await context.close();
  });

  test.each([
    ['', '页面未印出'],
    ['/en', 'Not printed on the page'],
  ])(
    'a figure page (%s) names its source and says what the page does not print',
    async (prefix, notPrinted) => {
      const context = await phoneContext(browser);
      const page = await context.newPage();
      await open(page, `${prefix}/figures/pds-signed-investment-2021/`);
      const source = await text(page.getByTestId('figure-source'));
      expect(source).toContain(
        prefix
          ? 'National High-Tech Zones: High-Quality Development in Action'
          : '国家高新区高质量发展在行动',
      );
      // Title, date and publisher: none printed.
      expect(source.split(notPrinted)).toHaveLength(4);
      expect(source).toContain('2021');
      await context.close();
    },
  );

  test('search finds a registry zone by pinyin and by English name', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    for (const query of [registryZone.name.pinyin.toLowerCase(), registryZone.name.enShort]) {
      await open(page, `/en/search/?q=${encodeURIComponent(query)}`);
      const link = page.locator(`[data-testid="search-results"] a[href="/en/zones/${registryZone.id}/"]`);
      await expect.poll(() => link.count(), { message: query }).toBeGreaterThan(0);
    }
    await context.close();
  });

  test('offline: the directory is stored on install, a registry zone page once visited', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const stored = (await (await fetch(`${origin}/offline-pages.json`)).json()) as string[];
    expect(stored).toContain('/zones/');
    expect(stored).toContain('/en/zones/suqian/');
    expect(stored).not.toContain(`/zones/${registryZone.id}/`);
    await open(page, '/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await open(page, `/en/zones/${registryZone.id}/`);
    await context.setOffline(true);
    await open(page, '/zones/');
    expect(await page.locator('[data-zone]').count()).toBe(parks.length);
    await open(page, `/en/zones/${registryZone.id}/`);
    expect(await text(page.locator('h1'))).toBe(registryZone.name.enShort);
    await context.setOffline(false);
    await context.close();
  });
});
