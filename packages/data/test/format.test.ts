import { describe, expect, it } from 'vitest';
import { formatPeriod, normaliseLocale, textIn } from '../src/format.js';
import { normaliseQuery } from '../src/query/normalise.js';

describe('formatPeriod', () => {
  it.each([
    ['2021', '2021年', '2021'],
    ['2021-10', '2021年10月', 'October 2021'],
    ['2020-07-13', '2020年7月13日', '13 July 2020'],
    ['2021-01/2021-10', '2021年1—10月', 'January–October 2021'],
    ['2020/..', '2020年起', 'since 2020'],
    ['2020-03/2021-09', '2020年3月至2021年9月', 'March 2020 to September 2021'],
    ['2019/2021', '2019年至2021年', '2019 to 2021'],
    ['2020-03-01/2020-09-30', '2020年3月1日至2020年9月30日', '1 March 2020 to 30 September 2020'],
  ])('%s reads %s / %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh-CN')).toBe(zh);
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
});

describe('languages', () => {
  it('maps any Chinese tag to zh-CN and anything else to English', () => {
    expect(['zh', 'zh-CN', 'zh-Hans-CN', 'ZH-tw'].map(normaliseLocale)).toEqual(Array(4).fill('zh-CN'));
    expect(['en', 'en-GB', 'fr', '', 'zhx'].map(normaliseLocale)).toEqual(Array(5).fill('en'));
  });
  it('picks the text of a bilingual label', () => {
    expect(textIn({ zh: '金融', en: 'Finance' }, 'zh-Hans-CN')).toBe('金融');
    expect(textIn({ zh: '金融', en: 'Finance' }, 'en-GB')).toBe('Finance');
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['  Nylon  ', 'nylon'],
    ['ＮＹＬＯＮ　新材料', 'nylon 新材料'],
    ['R&D\tintensity\n', 'r&d intensity'],
    ['１２３', '123'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseQuery(input)).toBe(expected);
  });
});
