import type { IntegrityContext } from './context.js';

/** The source's own evidence, and the policy entity its editor's note names. */
export function checkSource({ data, checkEvidence, mustExist }: IntegrityContext): void {
  const { series, editorsNote } = data.source;
  checkEvidence(series.evidence, ['source', 'series', 'evidence']);
  checkEvidence(editorsNote.policy.evidence, ['source', 'editorsNote', 'policy', 'evidence']);
  mustExist('entities', editorsNote.policy.entityId, ['source', 'editorsNote', 'policy', 'entityId']);
  editorsNote.goals.forEach((g, i) =>
    checkEvidence(g.evidence, ['source', 'editorsNote', 'goals', i, 'evidence']),
  );
}
