import { absoluteValue } from '../../query/value.js';
import type { Observation } from '../../schema/observation.js';
import type { IntegrityContext } from './context.js';
import { near } from './observations.js';

/** Parts never exceed their whole, and add up to it where the page lists every part. */
export function checkBreakdowns({ data, ids, report, observationById }: IntegrityContext): void {
  const partsOf = new Map<string, Observation[]>();
  for (const obs of data.observations) {
    if (obs.partOf !== null) partsOf.set(obs.partOf, [...(partsOf.get(obs.partOf) ?? []), obs]);
  }
  for (const [wholeId, parts] of partsOf) {
    const whole = observationById(wholeId);
    if (!whole) continue;
    const sum = parts.reduce((total, p) => total + absoluteValue(p), 0);
    const i = ids.observations.get(wholeId) as number;
    const total = absoluteValue(whole);
    if (whole.partsComplete ? !near(sum, total, 1e-6 * total) : sum > total * (1 + 1e-9))
      report(
        ['observations', i, 'partsComplete'],
        `parts (${parts.map((p) => p.id).join(', ')}) add up to ${sum}, the whole is ${total}`,
      );
  }
  data.observations.forEach((obs, i) => {
    if (obs.partsComplete && !partsOf.has(obs.id))
      report(
        ['observations', i, 'partsComplete'],
        'marked as fully broken down, but no observation is part of it',
      );
  });
}
