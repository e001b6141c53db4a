import { type Lang, pick } from './i18n';
import type { ApprovalsPerYear, BarDatum } from './types';

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

/** Approvals per year read out as text: every year with approvals, then the undated zones. */
export function describeApprovals(lang: Lang, approvals: ApprovalsPerYear, undatedLabel: string): string {
  const sep = lang === 'en' ? ': ' : '：';
  const parts = approvals.years.filter((y) => y.count > 0).map((y) => `${y.year}${sep}${y.count}`);
  if (approvals.undated > 0) parts.push(`${undatedLabel}${sep}${approvals.undated}`);
  return parts.join(lang === 'en' ? '; ' : '；');
}

/** A column per year in a `width` × `height` plot, the tallest column `height` high. */
export function yearColumns(
  approvals: ApprovalsPerYear,
  width: number,
  height: number,
): { year: number; count: number; x: number; width: number; height: number }[] {
  const max = Math.max(1, ...approvals.years.map((y) => y.count));
  const step = width / Math.max(1, approvals.years.length);
  return approvals.years.map((y, i) => ({
    year: y.year,
    count: y.count,
    x: Math.round(i * step * 10) / 10,
    width: Math.max(1, Math.round((step - 1.5) * 10) / 10),
    height: y.count === 0 ? 0 : Math.max(1, Math.round((y.count / max) * height * 10) / 10),
  }));
}
