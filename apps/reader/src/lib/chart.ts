import { type Lang, pick } from './i18n';
import type { BarDatum } from './types';

/** Width of a bar of `value` when the largest bar is `max` wide at `full` units. */
export function barLength(value: number, max: number, full: number): number {
  if (max <= 0 || value <= 0) return 2;
  return Math.max(2, Math.round((value / max) * full));
}

/** The chart read out as text, for its SVG description. */
export function describeBars(lang: Lang, bars: BarDatum[]): string {
  return bars
    .map((b) => `${pick(b.zone, lang)}${lang === 'en' ? ': ' : '：'}${pick(b.display, lang)}`)
    .join(lang === 'en' ? '; ' : '；');
}
