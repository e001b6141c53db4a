import { sourceProblems } from '../sources.js';
import type { IntegrityContext } from './context.js';

/** The sources collection: ids, stored texts, the page's own evidence and the entity its editor's note names. */
export function checkSource({ data, options, report, ids }: IntegrityContext): void {
  sourceProblems(data, options, report, (id) => ids.entities.has(id));
}
