/** Prints the registry's counts for the README: pnpm --filter @hitech/data registry:counts */
import { parks, registry } from '../src/data/index.js';

const count = <T>(items: readonly T[], key: (item: T) => string) =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, item) => {
      acc[key(item)] = (acc[key(item)] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

console.log(
  `zones: ${parks.length} (official total ${registry.officialTotal.value} as of ${registry.officialTotal.asOf}; ${registry.addedSince.length} added since, ${registry.missing.length} missing)`,
);
console.log(`with an article in the column: ${parks.filter((p) => p.articleId !== null).length}`);
console.log(`kind: ${count(parks, (p) => p.registry.kind)}`);
console.log(
  `dated: ${parks.filter((p) => p.registry.approved).length}; precision: ${count(parks, (p) => p.registry.approvedPrecision ?? 'undated')}`,
);
console.log(
  `date basis: ${count(
    parks.filter((p) => p.registry.approved),
    (p) => p.registry.approvedBasis ?? '',
  )}`,
);
console.log(`confidence: ${count(parks, (p) => p.registry.confidence)}`);
console.log(
  `document number: ${parks.filter((p) => p.registry.documentNumber).length}; NBS code: ${parks.filter((p) => p.registry.nbsCode).length}`,
);
console.log(
  `English name: ${count(parks, (p) => p.name.basis.en)}; printed by a source: ${parks.filter((p) => p.name.enCited).length}`,
);
