import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { periodText, pick, ui } from '../../src/lib/i18n';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe('periods come from @hitech/data/format', () => {
  test.each([
    ['2021', '2021年', '2021'],
    ['2020-07-13', '2020年7月13日', '13 July 2020'],
    ['2021-01/2021-10', '2021年1—10月', 'January–October 2021'],
    ['2020/..', '2020年起', 'since 2020'],
  ])('%s', (period, zh, en) => {
    expect(periodText(period)).toEqual({ zh, en });
  });
});

describe('labels of the data come from the package', () => {
  // The reader's own label maps of the data's enums are gone: a page that shows an enum imports the
  // package's exhaustive map.
  const sources = files(SRC).filter((f) => /\.(ts|svelte)$/.test(f));

  test('no source file of the reader declares a label map of an enum value', () => {
    const enumValues = [
      "'research-institute'",
      "'government-services'",
      "'truncated-text'",
      "'more-than'",
      "'growth-since'",
      "'financial-product'",
      "'cut-word'",
      "'agricultural-demonstration-zone'",
      "'newspaper-page'",
      "'documentNumber'",
    ];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const value of enumValues) expect(text.includes(value), `${file} has ${value}`).toBe(false);
    }
  });

  test('pages that show enums import the package’s maps', () => {
    const uses = (needle: string) =>
      sources.filter((f) => readFileSync(f, 'utf8').includes(needle)).map((f) => f.slice(SRC.length));
    expect(uses("from '@hitech/data/vocabulary'").length).toBeGreaterThan(4);
    for (const name of [
      'STATUS_LABELS',
      'NOTE_KIND_LABELS',
      'EVENT_KIND_LABELS',
      'TOPIC_LABELS',
      'CONFIDENCE_EXPLANATIONS',
      'CLAIM_KIND_LABELS',
      'CITED_FACT_LABELS',
    ]) {
      expect(uses(name).length, name).toBeGreaterThan(0);
    }
    // The reader's old label module and period formatter no longer exist.
    expect(sources.some((f) => f.endsWith('i18n/labels.ts') || f.endsWith('i18n/format.ts'))).toBe(false);
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
    for (const [key, text] of Object.entries(ui)) {
      // These name the other language or give Chinese search examples on purpose.
      if (key === 'otherLanguage' || key === 'searchHint') continue;
      expect(han.test(text.zh), key).toBe(true);
      expect(han.test(text.en), key).toBe(false);
    }
  });

  test('pick', () => {
    expect(pick({ zh: '搜索', en: 'Search' }, 'en')).toBe('Search');
    expect(pick({ zh: '搜索', en: 'Search' }, 'zh')).toBe('搜索');
  });
});
