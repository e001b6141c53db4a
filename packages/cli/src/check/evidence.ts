export interface EvidenceAt {
  path: (string | number)[];
  evidence: { sourceId: string; start: number; end: number; quote: string };
}

/** Every evidence object (`{ sourceId, start, end, quote }`) anywhere in a dataset, with its path. */
export function allEvidence(data: unknown): EvidenceAt[] {
  const found: EvidenceAt[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      const r = node as Record<string, unknown>;
      if (
        typeof r.sourceId === 'string' &&
        typeof r.start === 'number' &&
        typeof r.end === 'number' &&
        typeof r.quote === 'string'
      )
        found.push({ path, evidence: r as EvidenceAt['evidence'] });
      else for (const [key, child] of Object.entries(r)) visit(child, [...path, key]);
    }
  };
  visit(data, []);
  return found;
}
