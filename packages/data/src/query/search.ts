import type { Dataset } from '../schema/dataset.js';

export type SearchKind = 'park' | 'entity' | 'indicator';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  parkIds: string[];
  title: { zh: string; en: string };
  score: number;
}

interface SearchDocument {
  kind: SearchKind;
  id: string;
  parkIds: string[];
  title: { zh: string; en: string };
  /** [weight, normalised text]: names weigh more than descriptions. */
  fields: [number, string][];
}

/** NFKC folds full-width letters and digits; lower-casing makes English case-blind. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function documentsOf(dataset: Pick<Dataset, 'parks' | 'entities' | 'indicators'>): SearchDocument[] {
  const field = (weight: number, ...texts: (string | undefined)[]): [number, string] => [
    weight,
    normaliseQuery(texts.filter(Boolean).join(' \u0000 ')),
  ];
  return [
    ...dataset.parks.map(
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
    ...dataset.entities.map(
      (e): SearchDocument => ({
        kind: 'entity',
        id: e.id,
        parkIds: e.parkIds,
        title: e.name,
        fields: [field(8, e.name.zh, e.name.en), field(2, e.description?.zh, e.description?.en)],
      }),
    ),
    ...dataset.indicators.map(
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

/** A search over parks, entities and indicators in Chinese and English; build once, query many times. */
export function createSearch(dataset: Pick<Dataset, 'parks' | 'entities' | 'indicators'>) {
  let documents: SearchDocument[] | undefined;
  return function search(query: string, options: { kinds?: SearchKind[] } = {}): SearchHit[] {
    const terms = normaliseQuery(query).split(' ').filter(Boolean);
    if (terms.length === 0) return [];
    documents ??= documentsOf(dataset);
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
      if (score > 0) hits.push({ kind: doc.kind, id: doc.id, parkIds: doc.parkIds, title: doc.title, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  };
}
