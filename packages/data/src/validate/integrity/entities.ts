import type { IntegrityContext } from './context.js';

/** Each entity's evidence. */
export function checkEntities({ data, checkEvidence }: IntegrityContext): void {
  data.entities.forEach((entity, i) => checkEvidence(entity.evidence, ['entities', i, 'evidence']));
}
