import { describe, expect, test } from 'vitest';
import { entityTypeLabels, formatPeriod, labelOf, pick, topicLabels, ui } from '../../src/lib/i18n';

describe('formatPeriod', () => {
  test.each([
    ['2021', '2021年', '2021'],
    ['2021-10', '2021年10月', 'October 2021'],
    ['2020-07-13', '2020年7月13日', '13 July 2020'],
    ['2021-01/2021-10', '2021年1—10月', 'January–October 2021'],
    ['2020-03/2020-09', '2020年3—9月', 'March–September 2020'],
    ['2020/..', '2020年起', 'since 2020'],
    ['2019/2021', '2019年至2021年', '2019 to 2021'],
    ['2020-11/2021-02', '2020年11月至2021年2月', 'November 2020 to February 2021'],
  ])('%s', (period, zh, en) => {
    expect(formatPeriod(period)).toEqual({ zh, en });
  });
});

describe('UI wording', () => {
  test('every UI string has both languages, and they differ where words are involved', () => {
    for (const [key, text] of Object.entries(ui)) {
      expect(text.zh.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(text.zh, key).not.toBe(text.en);
    }
  });

  test('the Chinese side is Chinese and the English side is not', () => {
    const han = /\p{Script=Han}/u;
    for (const [key, text] of Object.entries({ ...ui, ...topicLabels, ...entityTypeLabels })) {
      // These name the other language or give Chinese search examples on purpose.
      if (key === 'otherLanguage' || key === 'searchHint') continue;
      expect(han.test(text.zh), key).toBe(true);
      expect(han.test(text.en), key).toBe(false);
    }
  });

  test('pick and labelOf', () => {
    expect(pick({ zh: '搜索', en: 'Search' }, 'en')).toBe('Search');
    expect(pick({ zh: '搜索', en: 'Search' }, 'zh')).toBe('搜索');
    expect(labelOf(topicLabels, 'rnd')).toEqual({ zh: '研发', en: 'Research and development' });
    expect(labelOf(topicLabels, 'unknown-topic')).toEqual({ zh: 'unknown-topic', en: 'unknown-topic' });
  });
});
