import type { Claim } from '../schema/claim.js';
import type { Dataset } from '../schema/dataset.js';
import type { IntegrityOptions } from './integrity/index.js';
import type { PathSegment, Problem } from './result.js';
import { evidenceChecker } from './sources.js';

/** Kinds that rank a zone among others, so they need a scope wider than the zone itself. */
const RANKING_KINDS: readonly Claim['kind'][] = ['first', 'leading', 'designation'];

/**
 * Claims (firsts, rankings, designations, goals): unique ids, a known zone, known entities and
 * observations of the same zone, a scope wider than the zone for a ranking, and evidence on the page.
 */
export function claimProblems(data: Dataset, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path, message });
  const parks = new Set(data.parks.map((p) => p.id));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const observations = new Map(data.observations.map((o) => [o.id, o]));
  const seen = new Map<string, number>();

  const checkEvidence = evidenceChecker(data, options, report);

  data.claims.forEach((claim, i) => {
    const at = (...rest: PathSegment[]) => ['claims', i, ...rest];
    const first = seen.get(claim.id);
    if (first !== undefined) report(at(), `duplicate id "${claim.id}" (first used at claims[${first}])`);
    else seen.set(claim.id, i);
    if (!parks.has(claim.parkId)) report(at('parkId'), `refers to unknown park "${claim.parkId}"`);
    if (RANKING_KINDS.includes(claim.kind) && claim.scopes.includes('zone'))
      report(
        at('scopes'),
        `a "${claim.kind}" claim ranks the zone among others: its scope cannot be the zone`,
      );
    claim.entityIds.forEach((id, j) => {
      const entity = entities.get(id);
      if (!entity) report(at('entityIds', j), `refers to unknown entity "${id}"`);
      else if (!entity.national && !entity.parkIds.includes(claim.parkId))
        report(at('entityIds', j), `entity "${id}" is not tied to "${claim.parkId}" and is not national`);
    });
    claim.observationIds.forEach((id, j) => {
      const obs = observations.get(id);
      if (!obs) report(at('observationIds', j), `refers to unknown observation "${id}"`);
      else if (obs.parkId !== claim.parkId)
        report(at('observationIds', j), `observation "${id}" belongs to "${obs.parkId}"`);
    });
    checkEvidence(claim.evidence, at('evidence'));
  });
  return problems;
}
