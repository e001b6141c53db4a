import type { DeepReadonly } from '../records.js';
import type { Indicator } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import { absoluteValue } from './value.js';

/** Columns of the observations CSV, in order. */
export const OBSERVATION_CSV_COLUMNS = [
  'id',
  'parkId',
  'indicator',
  'topic',
  'value',
  'unitMult',
  'unit',
  'absoluteValue',
  'qualifier',
  'status',
  'period',
  'periodBasis',
  'partOf',
  'labelZh',
  'labelEn',
  'evidenceStart',
  'evidenceEnd',
  'evidenceQuote',
] as const;

/** RFC 4180: quote a field when it holds a comma, quote, or line break; double inner quotes. */
function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Observations as RFC 4180 CSV (CRLF line ends, header row), one row per observation. */
export function observationsToCsv(
  observations: readonly DeepReadonly<Observation>[],
  indicators: readonly Pick<Indicator, 'key' | 'topic'>[],
): string {
  const topicOf = new Map(indicators.map((i) => [i.key, i.topic]));
  const rows = observations.map((o) =>
    [
      o.id,
      o.parkId,
      o.indicator,
      topicOf.get(o.indicator),
      o.value,
      o.unitMult,
      o.unit,
      absoluteValue(o),
      o.qualifier,
      o.status,
      o.period,
      o.periodBasis,
      o.partOf,
      o.label.zh,
      o.label.en,
      o.evidence.start,
      o.evidence.end,
      o.evidence.quote,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[OBSERVATION_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
