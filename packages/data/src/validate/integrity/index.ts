import type { Dataset } from '../../schema/dataset.js';
import type { Problem } from '../result.js';
import { checkArticles } from './articles.js';
import { checkBreakdowns } from './breakdowns.js';
import { createContext, type IntegrityContext, type IntegrityOptions } from './context.js';
import { checkEntities } from './entities.js';
import { checkEvents } from './events.js';
import { checkObservations } from './observations.js';
import { checkParks } from './parks.js';
import { checkSource } from './source.js';

export type { IntegrityContext, IntegrityOptions } from './context.js';
export { divisionProblems } from './parks.js';

/** The rules between collections, one module per collection; each reports through the context. */
export const INTEGRITY_RULES: readonly ((ctx: IntegrityContext) => void)[] = [
  checkSource,
  checkParks,
  checkArticles,
  checkObservations,
  checkBreakdowns,
  checkEvents,
  checkEntities,
];

/** Every problem between collections that a schema of one record cannot see. */
export function integrityProblems(data: Dataset, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const ctx = createContext(data, options, problems);
  for (const rule of INTEGRITY_RULES) rule(ctx);
  return problems;
}
