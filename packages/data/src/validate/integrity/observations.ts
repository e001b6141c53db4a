import { absoluteValue } from '../../query/value.js';
import type { Unit } from '../../schema/unit.js';
import type { PathSegment } from '../result.js';
import type { IntegrityContext } from './context.js';

const UNITS_OF_KIND: Record<string, readonly Unit[]> = {
  currency: ['CNY'],
  ratio: ['percent'],
  duration: ['day', 'year'],
  area: ['mu'],
  capacity: ['set'],
};
const NON_COUNT_UNITS: ReadonlySet<Unit> = new Set(Object.values(UNITS_OF_KIND).flat());

/** Close enough for figures printed to one decimal place (82.5%) or to cents. */
export const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/**
 * Each observation's references, unit, evidence and printed value, what it is a part of, and the
 * comparisons it states (including a reduction rate that must match its before and after figures).
 */
export function checkObservations(ctx: IntegrityContext): void {
  const { data, ids, report, mustExist, checkEvidence, observationById } = ctx;
  data.observations.forEach((obs, i) => {
    const at = (...rest: PathSegment[]) => ['observations', i, ...rest];
    mustExist('parks', obs.parkId, at('parkId'));
    mustExist('indicators', obs.indicator, at('indicator'));
    const indicator = data.indicators[ids.indicators.get(obs.indicator) ?? -1];
    const allowed = indicator ? UNITS_OF_KIND[indicator.unitKind] : undefined;
    if (indicator && allowed && !allowed.includes(obs.unit))
      report(
        at('unit'),
        `unit "${obs.unit}" does not measure a ${indicator.unitKind} (indicator "${indicator.key}")`,
      );
    if (indicator?.unitKind === 'count' && NON_COUNT_UNITS.has(obs.unit))
      report(at('unit'), `unit "${obs.unit}" is not a count unit (indicator "${indicator.key}")`);
    obs.entityIds.forEach((id, j) => mustExist('entities', id, at('entityIds', j)));
    checkEvidence(obs.evidence, at('evidence'));
    const printed = obs.printed ?? String(obs.value);
    if (!obs.evidence.quote.includes(printed))
      report(at('evidence', 'quote'), `the quote does not contain the printed value "${printed}"`);

    if (obs.partOf !== null) {
      const whole = observationById(obs.partOf);
      if (!whole) mustExist('observations', obs.partOf, at('partOf'));
      else if (whole.id === obs.id) report(at('partOf'), 'an observation cannot be part of itself');
      else if (whole.parkId !== obs.parkId || whole.unit !== obs.unit)
        report(at('partOf'), `"${whole.id}" has another park or unit, so this cannot be a part of it`);
    }
    obs.comparisons.forEach((c, j) => {
      const path = at('comparisons', j, 'observationId');
      const other = observationById(c.observationId);
      if (!other) return mustExist('observations', c.observationId, path);
      if (other.parkId !== obs.parkId) return report(path, `"${other.id}" belongs to another park`);
      if (c.kind === 'growth-since' || c.kind === 'reduction-rate') {
        if (other.unit !== 'percent')
          report(path, `a ${c.kind} must point at a percentage, "${other.id}" is not one`);
      } else if (other.unit !== obs.unit) {
        report(path, `"${other.id}" is measured in ${other.unit}, this figure in ${obs.unit}`);
      } else if (c.kind === 'raised-from' && !(absoluteValue(other) < absoluteValue(obs))) {
        report(path, `raised from ${other.value} to ${obs.value} is not a rise`);
      } else if (c.kind === 'reduced-from' && !(absoluteValue(other) > absoluteValue(obs))) {
        report(path, `reduced from ${other.value} to ${obs.value} is not a reduction`);
      }
    });
    // A stated reduction rate must agree with the before and after figures it summarises.
    const before = obs.comparisons.find((c) => c.kind === 'reduced-from');
    const rate = obs.comparisons.find((c) => c.kind === 'reduction-rate');
    const beforeObs = before && observationById(before.observationId);
    const rateObs = rate && observationById(rate.observationId);
    if (beforeObs && rateObs && rateObs.unit === 'percent') {
      const computed = ((absoluteValue(beforeObs) - absoluteValue(obs)) / absoluteValue(beforeObs)) * 100;
      if (!near(computed, rateObs.value, 0.05))
        report(
          at('comparisons'),
          `${beforeObs.value} → ${obs.value} is ${computed.toFixed(2)}% less, not ${rateObs.value}%`,
        );
    }
  });
}
