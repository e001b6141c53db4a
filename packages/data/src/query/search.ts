import type { Entity, Indicator, Park, ParkId } from '../records.js';
import { normaliseQuery } from './normalise.js';
import { byCodeUnits } from './order.js';

export type SearchKind = 'park' | 'entity' | 'indicator';

export interface SearchHit {
  kind: SearchKind;
  /** A park id, an entity id or an indicator key, by `kind`. */
  id: string;
  parkIds: ParkId[];
  title: { zh: string; en: string };
  score: number;
}

/**
 * Exactly the fields a search reads: what a client downloads to search offline. Any dataset (or
 * `searchSourceOf(dataset)`, which keeps only these fields) fits it.
 */
export interface SearchSource {
  readonly parks: readonly (Pick<
    Park,
    'id' | 'name' | 'city' | 'province' | 'leadingIndustries' | 'summary'
  > & {
    readonly highlights: readonly { readonly zh: string; readonly en: string }[];
  })[];
  readonly entities: readonly Pick<Entity, 'id' | 'name' | 'parkIds' | 'description'>[];
  readonly indicators: readonly Pick<Indicator, 'key' | 'zh' | 'en' | 'description'>[];
}

/** A copy of the fields `createSearch` reads, small enough to ship to a browser as JSON. */
export function searchSourceOf(data: SearchSource): SearchSource {
  return {
    parks: data.parks.map((p) => ({
      id: p.id,
      name: p.name,
      city: p.city,
      province: p.province,
      leadingIndustries: p.leadingIndustries,
      summary: p.summary,
      highlights: p.highlights.map((h) => ({ zh: h.zh, en: h.en })),
    })),
    entities: data.entities.map((e) => ({
      id: e.id,
      name: e.name,
      parkIds: e.parkIds,
      ...(e.description ? { description: e.description } : {}),
    })),
    indicators: data.indicators.map((i) => ({
      key: i.key,
      zh: i.zh,
      en: i.en,
      ...(i.description ? { description: i.description } : {}),
    })),
  };
}

interface SearchDocument {
  kind: SearchKind;
  id: string;
  parkIds: readonly ParkId[];
  title: { readonly zh: string; readonly en: string };
  /** [weight, normalised text]: names weigh more than descriptions. */
  fields: [number, string][];
}

function documentsOf(data: SearchSource): SearchDocument[] {
  const field = (weight: number, ...texts: (string | undefined)[]): [number, string] => [
    weight,
    normaliseQuery(texts.filter(Boolean).join(' \u0000 ')),
  ];
  return [
    ...data.parks.map(
      (p): SearchDocument => ({
        kind: 'park',
        id: p.id,
        parkIds: [p.id],
        title: { zh: p.name.zh, en: p.name.en },
        fields: [
          field(10, p.id, p.name.zh, p.name.zhShort, p.name.en),
          field(9, p.city.zh, p.city.en, p.province.zh, p.province.en),
          field(9, ...p.leadingIndustries.flatMap((i) => [i.zh, i.en])),
          field(2, p.summary.zh, p.summary.en, ...p.highlights.flatMap((h) => [h.zh, h.en])),
        ],
      }),
    ),
    ...data.entities.map(
      (e): SearchDocument => ({
        kind: 'entity',
        id: e.id,
        parkIds: e.parkIds,
        title: e.name,
        fields: [field(8, e.name.zh, e.name.en), field(2, e.description?.zh, e.description?.en)],
      }),
    ),
    ...data.indicators.map(
      (i): SearchDocument => ({
        kind: 'indicator',
        id: i.key,
        parkIds: [],
        title: { zh: i.zh, en: i.en },
        fields: [field(6, i.key, i.zh, i.en), field(1, i.description?.zh, i.description?.en)],
      }),
    ),
  ];
}

/**
 * A search over parks, entities and indicators in Chinese and English; build once, query many times.
 * Hits are ordered by score, then kind, then id (code-unit order, the same in every runtime).
 */
export function createSearch(data: SearchSource) {
  let documents: SearchDocument[] | undefined;
  return function search(query: string, options: { kinds?: readonly SearchKind[] } = {}): SearchHit[] {
    const terms = normaliseQuery(query).split(' ').filter(Boolean);
    if (terms.length === 0) return [];
    documents ??= documentsOf(data);
    const hits: SearchHit[] = [];
    for (const doc of documents) {
      if (options.kinds && !options.kinds.includes(doc.kind)) continue;
      let score = 0;
      for (const term of terms) {
        const best = Math.max(0, ...doc.fields.filter(([, text]) => text.includes(term)).map(([w]) => w));
        if (best === 0) {
          score = 0;
          break;
        }
        score += best;
      }
      if (score > 0)
        hits.push({
          kind: doc.kind,
          id: doc.id,
          parkIds: [...doc.parkIds],
          title: { zh: doc.title.zh, en: doc.title.en },
          score,
        });
    }
    return hits.sort((a, b) => b.score - a.score || byCodeUnits(a.kind, b.kind) || byCodeUnits(a.id, b.id));
  };
}
