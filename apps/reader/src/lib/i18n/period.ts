import { formatPeriod } from '@hitech/data/format';
import type { Bi } from './core';

/** A period in both languages, as `@hitech/data/format` says it (2021年1—10月 / January–October 2021). */
export function periodText(period: string): Bi {
  return { zh: formatPeriod(period, 'zh-CN'), en: formatPeriod(period, 'en') };
}
