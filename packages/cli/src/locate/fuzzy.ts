/**
 * Approximate substring search (Sellers, 1980): the substrings of `text` with the smallest edit distance
 * to `pattern`, in O(|pattern| × |text|) time and O(|pattern|) memory. Kept here rather than taken from a
 * library because the edit-distance packages compare whole strings, not a pattern against every
 * substring; packages/cli/README.md records its speed (`pnpm --filter @hitech/cli bench`).
 */
export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

export function closestSubstrings(
  pattern: string,
  text: string,
  options: { limit?: number; maxDistance?: number } = {},
): ApproximateMatch[] {
  const m = pattern.length;
  const limit = options.limit ?? 3;
  const maxDistance = options.maxDistance ?? Math.max(1, Math.floor(m / 2));
  if (m === 0 || text.length === 0) return [];
  // cost[i] / from[i]: best distance of pattern[0, i) against a substring ending at the current text
  // position, and where that substring starts.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  const candidates: ApproximateMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    const nextCost = new Array<number>(m + 1);
    const nextFrom = new Array<number>(m + 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = (cost[i - 1] as number) + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      const skipText = (cost[i] as number) + 1;
      const skipPattern = (nextCost[i - 1] as number) + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1] as number;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i] as number;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1] as number;
      }
    }
    cost = nextCost;
    from = nextFrom;
    const distance = cost[m] as number;
    if (distance <= maxDistance) candidates.push({ start: from[m] as number, end: j, distance });
  }
  // Best first (closest, then the length nearest the pattern's), keeping spans that do not overlap.
  candidates.sort(
    (a, b) =>
      a.distance - b.distance ||
      Math.abs(a.end - a.start - m) - Math.abs(b.end - b.start - m) ||
      a.start - b.start,
  );
  const chosen: ApproximateMatch[] = [];
  for (const c of candidates) {
    if (chosen.length >= limit) break;
    if (c.end > c.start && chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen;
}
