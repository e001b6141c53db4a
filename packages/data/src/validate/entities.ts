import type { Dataset } from '../schema/dataset.js';
import type { Problem } from './result.js';

/** A national entity belongs to no zone; any other entity names at least one zone it is tied to. */
export function entityZoneProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  data.entities.forEach((entity, i) => {
    if (entity.national && entity.parkIds.length > 0)
      problems.push({
        path: ['entities', i, 'parkIds'],
        message: `"${entity.id}" is national, so it carries no zone ids (has ${entity.parkIds.join(', ')})`,
      });
    if (!entity.national && entity.parkIds.length === 0)
      problems.push({
        path: ['entities', i, 'parkIds'],
        message: `"${entity.id}" names no zone: tie it to one, or mark it national`,
      });
  });
  return problems;
}
