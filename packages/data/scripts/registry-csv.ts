import type { Park } from '../src/records.js';

/** Columns of the registry CSV (dist/csv/parks.csv), in order. */
export const REGISTRY_CSV_COLUMNS = [
  'id',
  'nameZh',
  'nameZhShort',
  'nameEn',
  'nameEnBasis',
  'nameEnCited',
  'pinyin',
  'provinceCode',
  'provinceZh',
  'cityCode',
  'cityZh',
  'kind',
  'approved',
  'approvedPrecision',
  'approvedBasis',
  'documentNumber',
  'nbsCode',
  'confidence',
  'sources',
  'reported',
] as const;

const field = (value: string | null | boolean): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The registry as RFC 4180 CSV (UTF-8, CRLF), one zone a row; `sources` lists every cited source id. */
export function registryToCsv(parks: readonly Park[]): string {
  const rows = parks.map((p) => {
    const r = p.registry;
    const sources = [...new Set(Object.values(r.citations).flat())].join(';');
    return [
      p.id,
      p.name.zh,
      p.name.zhShort,
      p.name.en,
      p.name.basis.en,
      p.name.enCited,
      p.name.pinyin,
      p.province.code,
      p.province.zh,
      p.city.code,
      p.city.zh,
      r.kind,
      r.approved,
      r.approvedPrecision,
      r.approvedBasis,
      r.documentNumber,
      r.nbsCode,
      r.confidence,
      sources,
      p.articleId !== null,
    ].map(field);
  });
  return [REGISTRY_CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].map((l) => `${l}\r\n`).join('');
}
