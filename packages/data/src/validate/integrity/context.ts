import type { Evidence } from '../../schema/common.js';
import type { Dataset } from '../../schema/dataset.js';
import type { Observation } from '../../schema/observation.js';
import type { PathSegment, Problem } from '../result.js';
import { evidenceChecker, type SourceTextOptions } from '../sources.js';

/** Source texts by id (see `SourceTextOptions`); quotes are checked against their own source's text. */
export type IntegrityOptions = SourceTextOptions;

/** What every integrity rule gets: the data, the id indexes, and the shared checks. */
export interface IntegrityContext {
  data: Dataset;
  options: IntegrityOptions;
  report(path: PathSegment[], message: string): void;
  /** id → position, per collection (first occurrence). */
  ids: Record<
    'parks' | 'articles' | 'indicators' | 'observations' | 'events' | 'entities',
    Map<string, number>
  >;
  mustExist(collection: keyof IntegrityContext['ids'], id: string, path: PathSegment[]): void;
  checkEvidence(evidence: Evidence, path: PathSegment[]): void;
  observationById(id: string): Observation | undefined;
}

const WHAT: Record<keyof IntegrityContext['ids'], string> = {
  parks: 'park',
  articles: 'article',
  indicators: 'indicator',
  observations: 'observation',
  events: 'event',
  entities: 'entity',
};

export function createContext(
  data: Dataset,
  options: IntegrityOptions,
  problems: Problem[],
): IntegrityContext {
  const report = (path: PathSegment[], message: string) => {
    problems.push({ path, message });
  };
  const idsOf = <T>(name: string, records: readonly T[], key: (r: T) => string) => {
    const seen = new Map<string, number>();
    records.forEach((record, i) => {
      const id = key(record);
      const first = seen.get(id);
      if (first !== undefined) report([name, i], `duplicate id "${id}" (first used at ${name}[${first}])`);
      else seen.set(id, i);
    });
    return seen;
  };
  const ids: IntegrityContext['ids'] = {
    parks: idsOf('parks', data.parks, (r) => r.id),
    articles: idsOf('articles', data.articles, (r) => r.id),
    indicators: idsOf('indicators', data.indicators, (r) => r.key),
    observations: idsOf('observations', data.observations, (r) => r.id),
    events: idsOf('events', data.events, (r) => r.id),
    entities: idsOf('entities', data.entities, (r) => r.id),
  };
  return {
    data,
    options,
    report,
    ids,
    mustExist(collection, id, path) {
      if (!ids[collection].has(id)) report(path, `refers to unknown ${WHAT[collection]} "${id}"`);
    },
    checkEvidence: evidenceChecker(data, options, report),
    observationById: (id) => data.observations[ids.observations.get(id) ?? -1],
  };
}
