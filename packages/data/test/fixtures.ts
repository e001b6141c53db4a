import { dataset } from '../src/data/index.js';
import type { DeepReadonly } from '../src/records.js';
import type { Dataset } from '../src/schema/dataset.js';

/** A deep, unfrozen copy of the real dataset that a test may break without touching the shared one. */
export function copyOfDataset(): Dataset {
  return structuredClone(dataset) as Dataset;
}

/** Every evidence object anywhere in the dataset, with where it sits. */
export function allEvidence(
  data: DeepReadonly<Dataset>,
): { where: string; evidence: { start: number; end: number; quote: string } }[] {
  const found: { where: string; evidence: { start: number; end: number; quote: string } }[] = [];
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.quote === 'string' && typeof record.start === 'number') {
        found.push({ where, evidence: record as { start: number; end: number; quote: string } });
      } else for (const [key, child] of Object.entries(record)) visit(child, `${where}.${key}`);
    }
  };
  visit(data, 'dataset');
  return found;
}
