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
  waitForHydration,
  watchErrors,
} from './helpers';

let browser: Browser;
let origin: string;
servedReader((served) => ({ browser, origin } = served));

const open = (page: Page, path: string) => openPage(page, origin + path);

function visibleText(page: Page, selector: string) {
  return text(page.locator(selector).first());
}

describe('a reader on a phone', () => {
  test('home → zone → figure → compare → search → offline reload', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Home: the column, the opinion and one card per zone.
    await open(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await visibleText(page, 'h1')).toBe('国家高新区高质量发展在行动');
    await expect.poll(() => page.locator('.zone-card').count()).toBe(4);
    for (const name of ['平顶山高新区', '上海张江高新区', '重庆高新区', '宿迁高新区']) {
      expect(await page.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.getByText('国务院关于促进国家高新技术产业开发区高质量发展的若干意见').isVisible()).toBe(
      true,
    );
    expect(await text(page.locator('.zone-card').first())).toContain('47个');
    await expectHeadingsInOrder(page, 'home');
    await expectAccessible(page, 'home');
    await screenshot(page, '01-home');

    // Zone page.
    await page.getByRole('link', { name: '平顶山高新区', exact: true }).click();
    await page.waitForURL(`${origin}/zones/pingdingshan/`);
    expect(await visibleText(page, 'h1')).toBe('平顶山高新区');
    const h2s = await page.locator('h2').allInnerTexts();
    for (const heading of ['概要', '亮点数字', '大事记', '机构与项目', '报道']) {
      expect(
        h2s.some((h) => h.startsWith(heading)),
        heading,
      ).toBe(true);
    }
    const zoneText = await text(page.locator('main'));
    expect(zoneText).toContain('李洋');
    expect(zoneText).toContain('平顶山高新区：“中原煤仓”转型密码');
    expect(zoneText).toContain('62亿元');
    expect(zoneText).toContain('装备制造');
    await expectHeadingsInOrder(page, 'zone');
    await expectAccessible(page, 'zone');
    await screenshot(page, '02-zone');

    // One tap from a figure to where it comes from.
    await page.locator('main a[data-figure="pds-signed-projects-2021"]').first().click();
    await page.waitForURL(`${origin}/figures/pds-signed-projects-2021/`);
    expect(await text(page.getByTestId('figure-value'))).toBe('47个');
    expect(await text(page.getByTestId('figure-period'))).toContain('2021年1—10月');
    expect(await text(page.getByTestId('evidence-quote'))).toBe('主导产业签约项目47个');
    expect(await text(page.getByTestId('evidence-quote').locator('mark'))).toBe('47个');
    expect(await text(page.getByTestId('evidence-source'))).toContain('国家高新区高质量发展在行动');
    expect(await text(page.getByTestId('evidence-source'))).toContain('平顶山高新区：“中原煤仓”转型密码');
    // Nothing for engineers: no internal ids, no character offsets.
    const figureText = await text(page.locator('main'));
    expect(figureText).not.toContain('pds-signed-projects-2021');
    expect(figureText).not.toContain('signed-projects');
    expect(figureText).not.toContain('字符位置');
    expect(figureText).not.toMatch(/\d+[–-]\d+(?!月)/);
    await expectHeadingsInOrder(page, 'figure');
    await expectAccessible(page, 'figure');
    await screenshot(page, '03-figure');

    // Compare view: charts with text alternatives.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '对比' }).click();
    await page.waitForURL(`${origin}/compare/`);
    const charts = page.getByRole('img');
    await expect.poll(() => page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    const investment = page.locator('[data-chart="chart-signed-project-investment"] svg');
    const investmentName = await investment.evaluate((svg) => {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(investmentName).toContain('平顶山高新区：62亿元');
    expect(investmentName).toContain('重庆高新区：超300亿元');
    const widths = await investment
      .locator('rect.chart-bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toHaveLength(2);
    expect(widths[1] ?? 0).toBeGreaterThan((widths[0] ?? 0) * 4);
    // Each chart says, from the data's indicator family, where its members still differ.
    expect(await text(page.getByTestId('family-description').first())).toMatch(/\p{Script=Han}/u);
    expect(await page.getByTestId('family-description').count()).toBe(
      await page.locator('svg[role="img"]').count(),
    );
    expect(await charts.count()).toBeGreaterThan(0);
    await expectHeadingsInOrder(page, 'compare');
    await expectAccessible(page, 'compare');
    await screenshot(page, '04-compare');

    // Search in Chinese and English.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
    await page.waitForURL(`${origin}/search/`);
    const box = page.getByLabel('搜索高新区、机构、产业或指标');
    const results = page.getByTestId('search-results');
    for (const [query, expected] of [
      ['尼龙', '平顶山高新技术产业开发区'],
      ['nylon', '平顶山高新技术产业开发区'],
      ['张江', '上海张江高新技术产业开发区'],
      // Zones by their pinyin or English names.
      ['suqian', '宿迁高新技术产业开发区'],
      ['Zhangjiang', '上海张江高新技术产业开发区'],
    ] as const) {
      await box.fill(query);
      await expect.poll(() => results.locator('a').count(), { message: query }).toBeGreaterThan(0);
      expect(await text(results), query).toContain(expected);
    }
    expect(await text(results.locator('a').first())).toContain('上海张江高新技术产业开发区');
    await box.fill('qqqzzz');
    await expect.poll(() => text(results)).toContain('没有找到结果');
    await box.fill('nylon');
    await box.press('Enter');
    await expect.poll(() => page.url()).toBe(`${origin}/search/?q=nylon`);
    await expectHeadingsInOrder(page, 'search');
    await expectAccessible(page, 'search');
    await screenshot(page, '05-search');
    await results
      .getByRole('link', { name: /平顶山高新技术产业开发区/ })
      .first()
      .click();
    await page.waitForURL(`${origin}/zones/pingdingshan/`);

    // Offline: once the service worker controls the page, a reload works with no network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await waitForHydration(page);
    expect(await visibleText(page, 'h1')).toBe('平顶山高新区');
    const badge = page.getByTestId('offline-badge');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await text(badge)).toContain('离线');
    // A page not visited before is there too: everything was stored on the first visit.
    await page.goto(`${origin}/zones/suqian/`);
    await waitForHydration(page);
    expect(await visibleText(page, 'h1')).toBe('宿迁高新区');
    await page.goto(`${origin}/search/?q=${encodeURIComponent('张江')}`);
    await waitForHydration(page);
    await expect.poll(() => results.locator('a').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'offline search');
    await screenshot(page, '06-offline');
    // Both languages were stored: English pages open and reload offline too.
    await page.goto(`${origin}/en/zones/zhangjiang/`);
    await waitForHydration(page);
    expect(await visibleText(page, 'h1')).toBe('Shanghai Zhangjiang High-Tech Zone');
    await page.reload();
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(badge)).toContain('Offline');
    await page.goto(`${origin}/en/search/?q=suqian`);
    await waitForHydration(page);
    await expect.poll(() => results.locator('a').count()).toBeGreaterThan(0);
    expect(await text(results.locator('a').first())).toContain(
      'Suqian High-Tech Industrial Development Zone',
    );
    await context.setOffline(false);
    await expect.poll(() => badge.isVisible()).toBe(false);

    expect(errors).toEqual([]);
    await context.close();
  });

  test('the language switch goes to the same page in the other language and back', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await open(page, '/zones/chongqing/');
    expect(await visibleText(page, 'h1')).toBe('重庆高新区');
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${origin}/en/zones/chongqing/`);
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await visibleText(page, 'h1')).toBe('Chongqing High-Tech Zone');
    expect(await page.title()).toBe('Chongqing High-Tech Zone · Hi-Tech Zones Reader');
    // Outside the names the registry gives in Chinese (marked lang="zh-CN"), nothing is Chinese.
    const englishText = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const el of body.querySelectorAll('[lang^="zh"]')) el.remove();
      return body.textContent ?? '';
    });
    expect(englishText).not.toContain('重庆高新区');
    expect(englishText).toContain('Chongqing High-Tech Industrial Development Zone');
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${origin}/zones/chongqing/`);
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await visibleText(page, 'h1')).toBe('重庆高新区');
    // The search query goes along.
    await open(page, '/search/?q=nylon');
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${origin}/en/search/?q=nylon`);
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${origin}/search/?q=nylon`);

    await page.goto(`${origin}/en/figures/pds-signed-investment-2021/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForHydration(page);
    expect(await text(page.getByTestId('figure-value'))).toBe('CNY 6.2 billion');
    expect(await text(page.getByTestId('figure-period'))).toContain('January–October 2021');
    expect(await page.title()).toContain('CNY 6.2 billion');
    await expectAccessible(page, 'figure in English');
    await screenshot(page, '07-figure-en');

    for (const path of ['/en/zones/suqian/', '/en/compare/', '/en/search/?q=Zhangjiang', '/en/about/']) {
      await open(page, path);
      await expectAccessible(page, `${path} in English`);
    }
    await screenshot(page, '08-about-en');
    await open(page, '/en/');
    expect(await visibleText(page, 'h1')).toBe(
      'National High-Tech Zones: High-Quality Development in Action',
    );
    await expectAccessible(page, 'home in English');
    await screenshot(page, '09-home-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an English browser on the Chinese front page ends up on English content, and a choice is kept', async () => {
    const context = await phoneContext(browser, { locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin}/`);
    await page.waitForURL(`${origin}/en/`);
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await visibleText(page, 'h1')).toBe(
      'National High-Tech Zones: High-Quality Development in Action',
    );
    // Choosing Chinese is remembered: the front page then stays Chinese for this browser.
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${origin}/`);
    await page.goto(`${origin}/`);
    await waitForHydration(page);
    expect(page.url()).toBe(`${origin}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // A Chinese page shared with an English reader stays the page that was shared.
    const other = await (await phoneContext(browser, { locale: 'en-US' })).newPage();
    await other.goto(`${origin}/zones/suqian/`);
    expect(other.url()).toBe(`${origin}/zones/suqian/`);
    await other.context().close();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a Chinese browser stays on the Chinese front page', async () => {
    const context = await phoneContext(browser, { locale: 'zh-CN' });
    const page = await context.newPage();
    await open(page, '/');
    expect(page.url()).toBe(`${origin}/`);
    expect(await visibleText(page, 'h1')).toBe('国家高新区高质量发展在行动');
    await context.close();
  });

  test('dark mode follows the system and can be switched by hand; text size is the reader’s', async () => {
    const context = await phoneContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await open(page, '/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fontSize = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await background()).toBe('rgb(16, 24, 26)');
    await expectAccessible(page, 'home in dark mode');
    await screenshot(page, '10-home-dark');

    await page.locator('summary').click();
    await page.locator('[data-theme-choice="light"]').click();
    expect(await background()).toBe('rgb(247, 245, 240)');
    expect(await page.locator('[data-theme-choice="light"]').getAttribute('aria-pressed')).toBe('true');

    const before = await fontSize();
    await page.getByTestId('font-larger').click();
    await page.getByTestId('font-larger').click();
    const after = await fontSize();
    expect(after).toBeGreaterThan(before * 1.2);

    await page.reload();
    await waitForHydration(page);
    expect(await background()).toBe('rgb(247, 245, 240)');
    expect(await fontSize()).toBeCloseTo(after, 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, '11-home-large-text');

    await page.locator('summary').click();
    await page.locator('[data-theme-choice="system"]').click();
    expect(await background()).toBe('rgb(16, 24, 26)');
    await context.close();
  });

  test('share uses the Web Share API, and copies the link where there is none', async () => {
    const context = await phoneContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await open(page, '/zones/suqian/');
    await page.getByTestId('share').click();
    const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
    expect(shared?.url).toBe(`${origin}/zones/suqian/`);
    expect(shared?.title).toBe('宿迁高新区');
    await open(page, '/en/zones/suqian/');
    await page.getByTestId('share').click();
    const sharedEn = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
    expect(sharedEn?.url).toBe(`${origin}/en/zones/suqian/`);
    expect(sharedEn?.title).toBe('Suqian High-Tech Zone');

    const plain = await context.newPage();
    await plain.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    await open(plain, '/figures/zj-national-rnd-institutions/');
    await plain.getByTestId('share').click();
    await expect.poll(() => text(plain.locator('.share [role="status"]'))).toBe('链接已复制');
    expect(await plain.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}/figures/zj-national-rnd-institutions/`,
    );
    await context.close();
  });

  test('no page scrolls sideways at 360 px, and controls are big enough to tap', async () => {
    const pages = [
      '/',
      '/zones/pingdingshan/',
      '/zones/zhangjiang/',
      '/zones/chongqing/',
      '/zones/suqian/',
      '/figures/cq-cooperation-investment/',
      '/figures/pds-signed-investment-2021/',
      '/compare/',
      '/search/?q=nylon',
      '/about/',
    ];
    for (const lang of ['zh', 'en']) {
      const context = await phoneContext(browser, { viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      for (const path of pages) {
        await open(page, lang === 'en' ? `/en${path}` : path);
        expect(await horizontalOverflow(page), `${lang} ${path}`).toBeLessThanOrEqual(0);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('.control, nav a, summary, a.figure, a.more, a.hit, #q')]
            .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
            .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        expect(small, `${lang} ${path}`).toEqual([]);
      }
      await screenshot(page, `12-about-360-${lang}`);
      await context.close();
    }
  });

  test('the about page shows how to use the package and the API', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await open(page, '/about/');
    const shown = await text(page.locator('main'));
    expect(shown).toContain("import { parks, observationsOfPark, formatValue } from '@hitech/data'");
    expect(shown).toContain('http://localhost:8787/v1/parks');
    expect(shown).toContain('GET /v1/parks/{id}/observations');
    await expectHeadingsInOrder(page, 'about');
    const dataset = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(dataset ?? '{}')).toMatchObject({ '@type': 'Dataset', version: expect.any(String) });
    await expectAccessible(page, 'about');
    await context.close();
  });

  test('every zone and every figure is prerendered', async () => {
    for (const id of ['pingdingshan', 'zhangjiang', 'chongqing', 'suqian']) {
      const response = await fetch(`${origin}/zones/${id}/`);
      expect(response.status, id).toBe(200);
      expect(await response.text()).toContain('<h1');
    }
    const missing = await fetch(`${origin}/zones/atlantis/`);
    expect(missing.status).toBe(404);
    const compressed = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
  });
});
