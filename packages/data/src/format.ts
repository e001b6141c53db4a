/** `@hitech/data/format`: figures, periods and languages, without records or zod. */
export { type Locale, type LocaleTag, normaliseLocale, textIn } from './query/locale.js';
export { periodBounds, periodStart, periodsOverlap } from './query/period.js';
export { formatPeriod } from './query/period-format.js';
export { absoluteValue, type Figure, formatValue, UNIT_WORDS, unitLabel } from './query/value.js';
