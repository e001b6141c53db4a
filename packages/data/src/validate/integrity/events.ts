import type { IntegrityContext } from './context.js';

/** Each event's park, entities, observations and evidence. */
export function checkEvents({ data, mustExist, checkEvidence }: IntegrityContext): void {
  data.events.forEach((event, i) => {
    if (event.parkId !== null) mustExist('parks', event.parkId, ['events', i, 'parkId']);
    event.entityIds.forEach((id, j) => mustExist('entities', id, ['events', i, 'entityIds', j]));
    event.observationIds.forEach((id, j) =>
      mustExist('observations', id, ['events', i, 'observationIds', j]),
    );
    checkEvidence(event.evidence, ['events', i, 'evidence']);
  });
}
