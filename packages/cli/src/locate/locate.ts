import { closestSubstrings } from './fuzzy.js';
import { normalise, originalSpan } from './normalise.js';

/** How a quote was found: verbatim, or only once white space and character width are ignored. */
export type MatchKind = 'exact' | 'across-breaks';

export interface Span {
  start: number;
  end: number;
  /** The source's own characters at the span: what an evidence `quote` must hold. */
  text: string;
}
export interface Match extends Span {
  kind: MatchKind;
}
export interface Suggestion extends Span {
  distance: number;
  similarity: number;
}
export interface LocateResult {
  quote: string;
  matches: Match[];
  suggestions: Suggestion[];
}

const occurrencesOf = (needle: string, haystack: string): number[] => {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
};

/**
 * Every place a quote occurs in a source text. A quote the source splits across a line or page break
 * (研发机 / 构) is matched with white space ignored on both sides and reported at its real span. With no
 * match at all, the closest spans by edit distance are suggested.
 */
export function locate(source: string, quote: string, limit = 3): LocateResult {
  const span = (start: number, end: number): Span => ({ start, end, text: source.slice(start, end) });
  const exact = occurrencesOf(quote, source).map((start) => ({
    ...span(start, start + quote.length),
    kind: 'exact' as const,
  }));
  if (exact.length > 0) return { quote, matches: exact, suggestions: [] };

  const text = normalise(source);
  const wanted = normalise(quote).text;
  if (wanted.length === 0) return { quote, matches: [], suggestions: [] };
  const loose = occurrencesOf(wanted, text.text).map((i) => {
    const { start, end } = originalSpan(text, i, i + wanted.length);
    return { ...span(start, end), kind: 'across-breaks' as const };
  });
  if (loose.length > 0) return { quote, matches: loose, suggestions: [] };

  const suggestions = closestSubstrings(wanted, text.text, { limit }).map((c) => {
    const { start, end } = originalSpan(text, c.start, c.end);
    const similarity = Math.round((1 - c.distance / wanted.length) * 100) / 100;
    return { ...span(start, end), distance: c.distance, similarity };
  });
  return { quote, matches: [], suggestions };
}
