import { describe, expect, test } from 'vitest';
import { basePath, langOfPath, localise, otherLang, shareImagePath } from '../../src/lib/site';

describe('one URL per language', () => {
  test.each([
    ['/', 'zh', '/'],
    ['/zones/suqian/', 'zh', '/zones/suqian/'],
    ['/en/', 'en', '/'],
    ['/en/zones/suqian/', 'en', '/zones/suqian/'],
    // A Chinese page whose path merely starts with "en" is not English.
    ['/entities/', 'zh', '/entities/'],
  ])('%s is %s, page %s', (path, lang, base) => {
    expect(langOfPath(path)).toBe(lang);
    expect(basePath(path)).toBe(base);
  });

  test('localise and basePath are inverse, and the switch goes to the other language', () => {
    for (const path of ['/', '/compare/', '/figures/pds-signed-projects-2021/']) {
      for (const lang of ['zh', 'en'] as const) {
        const there = localise(path, lang);
        expect(langOfPath(there)).toBe(lang);
        expect(basePath(there)).toBe(path);
        expect(langOfPath(localise(path, otherLang(lang)))).toBe(otherLang(lang));
      }
    }
  });

  test('share images are per language', () => {
    expect(shareImagePath('zones', 'suqian', 'en')).toBe('/og/en/zones/suqian.png');
    expect(shareImagePath('figures', 'x', 'zh')).toBe('/og/zh/figures/x.png');
  });
});
