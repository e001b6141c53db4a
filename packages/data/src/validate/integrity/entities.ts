import type { IntegrityContext } from './context.js';

/** Each entity's zones and evidence. */
export function checkEntities({ data, checkEvidence, mustExist }: IntegrityContext): void {
  data.entities.forEach((entity, i) => {
    entity.parkIds.forEach((id, j) => mustExist('parks', id, ['entities', i, 'parkIds', j]));
    checkEvidence(entity.evidence, ['entities', i, 'evidence']);
  });
}
