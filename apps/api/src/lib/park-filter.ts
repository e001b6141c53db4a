import type { Park } from '@hitech/data';
import { normaliseQuery } from '@hitech/data/query';

/** What `/v1/parks` filters on; every criterion given must hold. */
export interface ParkFilter {
  /** GB/T 2260 code, or part of the Chinese or English name. */
  province?: string | undefined;
  city?: string | undefined;
  /** Entity id, or part of the Chinese or English name of a leading industry. */
  industry?: string | undefined;
  /** First and last approval year (inclusive); zones without a known approval date never match. */
  approvedFrom?: string | undefined;
  approvedTo?: string | undefined;
  confidence?: Park['registry']['confidence'] | undefined;
  kind?: Park['registry']['kind'] | undefined;
  /** Whether the column reports on the zone (it has an article). */
  reported?: boolean | undefined;
}

function matchesDivision(division: Park['province'], wanted: string): boolean {
  return (
    division.code === wanted ||
    normaliseQuery(division.zh).includes(wanted) ||
    normaliseQuery(division.en).includes(wanted)
  );
}

function matchesIndustry(park: Park, wanted: string): boolean {
  return park.leadingIndustries.some(
    (i) =>
      i.entityId === wanted || normaliseQuery(i.zh).includes(wanted) || normaliseQuery(i.en).includes(wanted),
  );
}

function approvedWithin(park: Park, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  const year = park.registry.approved?.slice(0, 4);
  return year !== undefined && (from === undefined || year >= from) && (to === undefined || year <= to);
}

/** The parks matching `filter`, as a new array in dataset order. */
export function filterParks(parks: readonly Park[], filter: ParkFilter): Park[] {
  const province = filter.province === undefined ? undefined : normaliseQuery(filter.province);
  const city = filter.city === undefined ? undefined : normaliseQuery(filter.city);
  const industry = filter.industry === undefined ? undefined : normaliseQuery(filter.industry);
  return parks.filter(
    (p) =>
      (province === undefined || matchesDivision(p.province, province)) &&
      (city === undefined || matchesDivision(p.city, city)) &&
      (industry === undefined || matchesIndustry(p, industry)) &&
      approvedWithin(p, filter.approvedFrom, filter.approvedTo) &&
      (filter.confidence === undefined || p.registry.confidence === filter.confidence) &&
      (filter.kind === undefined || p.registry.kind === filter.kind) &&
      (filter.reported === undefined || (p.articleId !== null) === filter.reported),
  );
}
