/** Every `sourceId` value anywhere inside a record (evidence spans, an article's source). */
function sourceIdsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) sourceIdsIn(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sourceId' && typeof inner === 'string') into.add(inner);
      else sourceIdsIn(inner, into);
    }
  }
}

interface SourcedDataset {
  readonly parks: readonly {
    readonly id: string;
    readonly registry: { readonly citations: Readonly<Record<string, readonly string[]>> };
  }[];
  readonly articles: readonly { readonly parkId: string }[];
  readonly observations: readonly { readonly parkId: string }[];
  readonly claims: readonly { readonly parkId: string }[];
  readonly events: readonly { readonly parkId: string | null }[];
  readonly entities: readonly { readonly parkIds: readonly string[] }[];
}

const cache = new WeakMap<SourcedDataset, Map<string, Set<string>>>();

/**
 * The sources each zone's records rest on, by park id: the citations of its registry facts, and every
 * source its article, figures, events, entities and claims quote. Built once per dataset, on first use.
 */
export function sourcesByPark(dataset: SourcedDataset): ReadonlyMap<string, ReadonlySet<string>> {
  const known = cache.get(dataset);
  if (known) return known;
  const index = new Map(
    dataset.parks.map((p) => [p.id, new Set(Object.values(p.registry.citations).flat())]),
  );
  const add = (parkId: string, record: unknown) => {
    const ids = index.get(parkId);
    if (ids) sourceIdsIn(record, ids);
  };
  for (const r of [...dataset.articles, ...dataset.observations, ...dataset.claims]) add(r.parkId, r);
  for (const e of dataset.events) if (e.parkId !== null) add(e.parkId, e);
  for (const e of dataset.entities) for (const parkId of e.parkIds) add(parkId, e);
  cache.set(dataset, index);
  return index;
}
