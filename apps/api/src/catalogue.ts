import { createSearch, type Dataset } from '@hitech/data';

function indexBy<T, K extends keyof T>(records: readonly T[], key: K): (id: string) => T | undefined {
  const index = new Map<unknown, T>(records.map((record) => [record[key], record]));
  return (id) => index.get(id);
}

function firstOf<T>(records: readonly T[], key: (record: T) => string, fallback: string): string {
  const [first] = records;
  return first === undefined ? fallback : key(first);
}

/**
 * One dataset as the routes read it: the records, look-ups by id, the search, and a real id of each
 * collection (the examples of the OpenAPI document). Built once per app.
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
