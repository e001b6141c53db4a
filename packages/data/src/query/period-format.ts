import { type LocaleTag, normaliseLocale } from './locale.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface Point {
  year: string;
  month?: number;
  day?: number;
}

function parsePoint(text: string): Point {
  const [year = text, month, day] = text.split('-');
  return {
    year,
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

function zhPoint(p: Point, withYear = true): string {
  const year = withYear ? `${p.year}年` : '';
  if (p.month === undefined) return year;
  return `${year}${p.month}月${p.day === undefined ? '' : `${p.day}日`}`;
}

function enPoint(p: Point, withYear = true): string {
  if (p.month === undefined) return p.year;
  const year = withYear ? ` ${p.year}` : '';
  const month = MONTHS[p.month - 1] ?? String(p.month);
  return p.day === undefined ? `${month}${year}` : `${p.day} ${month}${year}`;
}

/**
 * An ISO 8601 period (or date) as a reader says it:
 *
 * | period            | zh-CN          | en                     |
 * | ----------------- | -------------- | ---------------------- |
 * | `2021`            | 2021年         | 2021                   |
 * | `2020-07-13`      | 2020年7月13日  | 13 July 2020           |
 * | `2021-01/2021-10` | 2021年1—10月   | January–October 2021   |
 * | `2020/..`         | 2020年起       | since 2020             |
 * | `2020-03/2021-09` | 2020年3月至2021年9月 | March 2020 to September 2021 |
 */
export function formatPeriod(period: string, locale: LocaleTag): string {
  const zh = normaliseLocale(locale) === 'zh-CN';
  const [fromText = period, toText] = period.split('/');
  const from = parsePoint(fromText);
  if (toText === undefined) return zh ? zhPoint(from) : enPoint(from);
  if (toText === '..') return zh ? `${zhPoint(from)}起` : `since ${enPoint(from)}`;
  const to = parsePoint(toText);
  const monthsOfOneYear =
    from.year === to.year &&
    from.month !== undefined &&
    to.month !== undefined &&
    from.day === undefined &&
    to.day === undefined;
  if (monthsOfOneYear) {
    return zh
      ? `${from.year}年${from.month}—${to.month}月`
      : `${enPoint(from, false)}–${enPoint(to, false)} ${from.year}`;
  }
  return zh ? `${zhPoint(from)}至${zhPoint(to)}` : `${enPoint(from)} to ${enPoint(to)}`;
}
