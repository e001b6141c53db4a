import type { Indicator, IndicatorFamily, Observation, ObservationId } from '@hitech/data';

/**
 * Which figures the compare view sets side by side. The data says what is comparable: indicators of one
 * `indicatorFamilies` record (`indicator.family`) count the same kind of thing in different zones. The
 * reader only chooses one figure per zone to draw: a whole (not a breakdown), achieved before targets,
 * then the family's members in dataset order. Families found in fewer than two zones are left out.
 */
export interface FamilySelection<F extends Pick<IndicatorFamily, 'key'>> {
  family: F;
  observationIds: ObservationId[];
}

type Member = Pick<Indicator, 'key' | 'family'>;
type Candidate = Pick<Observation, 'id' | 'parkId' | 'indicator' | 'partOf' | 'status'>;

export function compareSelections<F extends Pick<IndicatorFamily, 'key'>>(
  families: readonly F[],
  indicators: readonly Member[],
  observations: readonly Candidate[],
): FamilySelection<F>[] {
  const result: FamilySelection<F>[] = [];
  for (const family of families) {
    const members = indicators.filter((i) => i.family === family.key).map((i) => i.key as string);
    const rank = (o: Candidate) => (o.status === 'reported' ? 0 : 100) + members.indexOf(o.indicator);
    const byPark = new Map<string, Candidate>();
    for (const o of observations) {
      if (o.partOf !== null || !members.includes(o.indicator)) continue;
      const current = byPark.get(o.parkId);
      if (!current || rank(o) < rank(current)) byPark.set(o.parkId, o);
    }
    if (byPark.size > 1) result.push({ family, observationIds: [...byPark.values()].map((o) => o.id) });
  }
  return result;
}
