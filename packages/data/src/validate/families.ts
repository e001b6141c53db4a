import type { Dataset } from '../schema/dataset.js';
import type { PathSegment, Problem } from './result.js';

/**
 * Indicator families say which figures may stand side by side across zones. A family must be known,
 * measure one kind of unit, and be measured in at least two zones (else it compares nothing); an
 * indicator measured in two zones must belong to a family.
 */
export function familyProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path, message });
  const families = new Map<string, number>();
  data.indicatorFamilies.forEach((family, i) => {
    const first = families.get(family.key);
    if (first !== undefined)
      report(
        ['indicatorFamilies', i],
        `duplicate key "${family.key}" (first used at indicatorFamilies[${first}])`,
      );
    else families.set(family.key, i);
  });

  const zonesOf = new Map<string, Set<string>>();
  for (const obs of data.observations) {
    zonesOf.set(obs.indicator, (zonesOf.get(obs.indicator) ?? new Set()).add(obs.parkId));
  }
  const unitKindOf = new Map<string, string>();
  const zonesOfFamily = new Map<string, Set<string>>();
  data.indicators.forEach((indicator, i) => {
    const zones = zonesOf.get(indicator.key) ?? new Set<string>();
    if (indicator.family === null) {
      if (zones.size > 1)
        report(
          ['indicators', i, 'family'],
          `"${indicator.key}" is measured in ${zones.size} zones, so it needs a family`,
        );
      return;
    }
    if (!families.has(indicator.family))
      return report(['indicators', i, 'family'], `refers to unknown indicator family "${indicator.family}"`);
    const unitKind = unitKindOf.get(indicator.family);
    if (unitKind === undefined) unitKindOf.set(indicator.family, indicator.unitKind);
    else if (unitKind !== indicator.unitKind)
      report(
        ['indicators', i, 'family'],
        `family "${indicator.family}" measures ${unitKind}, "${indicator.key}" a ${indicator.unitKind}`,
      );
    const familyZones = zonesOfFamily.get(indicator.family) ?? new Set<string>();
    for (const zone of zones) familyZones.add(zone);
    zonesOfFamily.set(indicator.family, familyZones);
  });
  data.indicatorFamilies.forEach((family, i) => {
    const zones = zonesOfFamily.get(family.key)?.size ?? 0;
    if (zones < 2)
      report(
        ['indicatorFamilies', i],
        `family "${family.key}" is measured in ${zones} zone(s), so it compares nothing`,
      );
  });
  return problems;
}
