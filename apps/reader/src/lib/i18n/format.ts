import type { Bi } from './core';

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
];

interface Point {
  y: string;
  m?: number;
  d?: number;
}

function parsePoint(text: string): Point {
  const [y = text, m, d] = text.split('-');
  return { y, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

function zhPoint(p: Point, withYear = true): string {
  const year = withYear ? `${p.y}年` : '';
  if (p.m === undefined) return year;
  return `${year}${p.m}月${p.d === undefined ? '' : `${p.d}日`}`;
}

function enPoint(p: Point, withYear = true): string {
  const year = withYear ? ` ${p.y}` : '';
  if (p.m === undefined) return p.y;
  const month = MONTHS[p.m - 1] ?? String(p.m);
  return p.d === undefined ? `${month}${year}` : `${p.d} ${month}${year}`;
}

/**
 * An ISO 8601 period as a reader says it: `2021-01/2021-10` → 2021年1—10月 / January–October 2021,
 * `2020/..` → 2020年起 / since 2020.
 */
export function formatPeriod(period: string): Bi {
  const [fromText = period, toText] = period.split('/');
  const from = parsePoint(fromText);
  if (toText === undefined) return { zh: zhPoint(from), en: enPoint(from) };
  if (toText === '..') return { zh: `${zhPoint(from)}起`, en: `since ${enPoint(from)}` };
  const to = parsePoint(toText);
  if (
    from.y === to.y &&
    from.m !== undefined &&
    to.m !== undefined &&
    from.d === undefined &&
    to.d === undefined
  ) {
    return {
      zh: `${from.y}年${from.m}—${to.m}月`,
      en: `${enPoint(from, false)}–${enPoint(to, false)} ${from.y}`,
    };
  }
  return { zh: `${zhPoint(from)}至${zhPoint(to)}`, en: `${enPoint(from)} to ${enPoint(to)}` };
}

/** An ISO date as 2020年7月13日 / 13 July 2020. */
export function formatDate(iso: string): Bi {
  return formatPeriod(iso);
}
