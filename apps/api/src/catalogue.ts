import { createSearch, type Dataset, type Indicator, type Observation, type Topic } from '@hitech/data';

/** `id → record`, built on the first look-up, so creating an app costs nothing per record. */
function indexBy<T, K extends keyof T>(records: readonly T[], key: K): (id: string) => T | undefined {
  let index: Map<unknown, T> | undefined;
  return (id) => {
    index ??= new Map<unknown, T>(records.map((record) => [record[key], record]));
    return index.get(id);
  };
}

/** `key → records with that key`, each list in dataset order. */
function groupBy<T>(records: readonly T[], keyOf: (record: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

const NONE: readonly never[] = Object.freeze([]);

/** What the observation indexes narrow by; any criterion left out keeps every observation. */
export interface ObservationKeys {
  park?: string | undefined;
  indicator?: string | undefined;
  topic?: Topic | undefined;
}

/**
 * The observations that can match `keys`, read from per-filter indexes (built on first use) instead of a
 * scan: the shortest of the lists the given criteria select, in dataset order. It is a superset of the
 * answer; the caller still applies every criterion (`filterObservations`), so the result is the same as
 * filtering the whole collection, in the same order.
 */
function observationIndexes(dataset: Dataset) {
  let byPark: Map<string, Observation[]> | undefined;
  let byIndicator: Map<string, Observation[]> | undefined;
  let byTopic: Map<string, Observation[]> | undefined;
  return (keys: ObservationKeys): readonly Observation[] => {
    const candidates: (readonly Observation[])[] = [];
    if (keys.park !== undefined) {
      byPark ??= groupBy(dataset.observations, (o) => o.parkId);
      candidates.push(byPark.get(keys.park) ?? NONE);
    }
    if (keys.indicator !== undefined) {
      byIndicator ??= groupBy(dataset.observations, (o) => o.indicator);
      candidates.push(byIndicator.get(keys.indicator) ?? NONE);
    }
    if (keys.topic !== undefined) {
      if (!byTopic) {
        const topicOf = new Map(dataset.indicators.map((i) => [i.key, i.topic]));
        byTopic = groupBy(dataset.observations, (o) => topicOf.get(o.indicator));
      }
      candidates.push(byTopic.get(keys.topic) ?? NONE);
    }
    return candidates.reduce<readonly Observation[]>(
      (shortest, list) => (list.length < shortest.length ? list : shortest),
      dataset.observations,
    );
  };
}

function firstOf<T>(records: readonly T[], key: (record: T) => string, fallback: string): string {
  const [first] = records;
  return first === undefined ? fallback : key(first);
}

/**
 * The indicators of one topic (none without a topic), from an index built on first use: what
 * `filterObservations` needs to filter by topic, without scanning every indicator per request.
 */
function indicatorsByTopic(dataset: Dataset) {
  let byTopic: Map<string, Indicator[]> | undefined;
  return (topic: Topic | undefined): readonly Indicator[] => {
    if (topic === undefined) return NONE;
    byTopic ??= groupBy(dataset.indicators, (i) => i.topic);
    return byTopic.get(topic) ?? NONE;
  };
}

/**
 * One dataset as the routes read it: the records, look-ups by id, indexes per filter, the search, and a
 * real id of each collection (the examples of the OpenAPI document). Built once per app; every index is
 * built on its first use, so start-up does not grow with the data.
 */
export function createCatalogue(dataset: Dataset) {
  return {
    dataset,
    parkById: indexBy(dataset.parks, 'id'),
    articleById: indexBy(dataset.articles, 'id'),
    indicatorByKey: indexBy(dataset.indicators, 'key'),
    observationById: indexBy(dataset.observations, 'id'),
    eventById: indexBy(dataset.events, 'id'),
    entityById: indexBy(dataset.entities, 'id'),
    sourceById: indexBy(dataset.sources, 'id'),
    claimById: indexBy(dataset.claims, 'id'),
    observationsMatching: observationIndexes(dataset),
    indicatorsWithTopic: indicatorsByTopic(dataset),
    search: createSearch(dataset),
    examples: {
      // A zone the figures describe, so the examples of its sub-resources are not empty.
      park: firstOf(
        dataset.observations,
        (o) => o.parkId,
        firstOf(dataset.parks, (p) => p.id, 'park'),
      ),
      article: firstOf(dataset.articles, (a) => a.id, 'article'),
      indicator: firstOf(dataset.indicators, (i) => i.key, 'indicator'),
      observation: firstOf(dataset.observations, (o) => o.id, 'observation'),
      event: firstOf(dataset.events, (e) => e.id, 'event'),
      entity: firstOf(dataset.entities, (e) => e.id, 'entity'),
      source: firstOf(dataset.sources, (s) => s.id, 'source'),
      storedSource: firstOf(
        dataset.sources.filter((s) => s.storage === 'stored'),
        (s) => s.id,
        'source',
      ),
      claim: firstOf(dataset.claims, (c) => c.id, 'claim'),
    },
  };
}

export type Catalogue = ReturnType<typeof createCatalogue>;
